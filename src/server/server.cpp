#include "server/server.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <ostream>
#include <system_error>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "pipeline/pipeline.hpp"
#include "report/html_parts.hpp"
#include "server/api.hpp"
#include "server/http_host.hpp"
#include "server/page.hpp"

namespace claimcheck {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
// The page loads only its own files and talks only to its own server.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

std::string_view content_type_for(std::string_view name) {
    if (name.ends_with(".html")) return "text/html; charset=utf-8";
    if (name.ends_with(".css")) return "text/css; charset=utf-8";
    if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
    return "application/octet-stream";
}

void send(HttpResponse& res, std::string body, std::string content_type) {
    res.body = std::move(body);
    res.content_type = std::move(content_type);
}

void send_error(HttpResponse& res, int status, std::string_view message) {
    res.status = status;
    send(res, error_json(message), kJson);
}

// The message for a status the library set itself, before any handler ran.
std::string_view default_message(int status, const ServeOptions& options, std::string& buffer) {
    switch (status) {
    case 413:
        buffer = "the request is larger than " + std::to_string(options.max_body) +
                 " bytes: send a shorter draft, or start the server with a larger --max-body";
        return buffer;
    case 400: return "the request could not be read (a malformed upload or body?): send JSON or a multipart upload in the field \"file\"";
    case 404: return "no such page: the page is at /, the API at /api/check, /api/rules and /healthz";
    default: return "the request failed: try again";
    }
}

Draft draft_of(const HttpRequest& req) {
    if (!req.multipart) return draft_from_json(req.body);
    if (!req.file)
        throw ApiError(400, "the upload has no part named \"file\": send the draft as form field \"file\"");
    return draft_from_upload(req.file->filename, req.file->content);
}

void handle_check(const Engine& engine, const ServeOptions& options, const HttpRequest& req, HttpResponse& res) {
    try {
        send(res, check_draft(engine, draft_of(req), options.max_draft), kJson);
    } catch (const ApiError& error) {
        send_error(res, error.status(), error.what());
    }
}

HttpRoute get(std::string path, HttpHandler handle) {
    return HttpRoute{HttpRoute::Method::Get, std::move(path), std::move(handle)};
}

HttpRoute file_route(const std::string& route, EmbeddedFile file) {
    return get(route, [file](const HttpRequest&, HttpResponse& res) {
        res.headers.emplace_back("Content-Security-Policy", kPagePolicy);
        send(res, std::string(file.text), std::string(content_type_for(file.name)));
    });
}

// The API, the page's files, and the HTML report's style sheet, whose highlight classes it reuses.
std::vector<HttpRoute> routes(const Engine& engine, const ServeOptions& options) {
    std::vector<HttpRoute> out;
    out.push_back(HttpRoute{HttpRoute::Method::Post, "/api/check", [&engine, &options](const HttpRequest& req, HttpResponse& res) {
                                handle_check(engine, options, req, res);
                            }});
    const std::string rules = rules_json(engine.pack());
    out.push_back(get("/api/rules", [rules](const HttpRequest&, HttpResponse& res) { send(res, rules, kJson); }));
    out.push_back(get("/healthz", [](const HttpRequest&, HttpResponse& res) { send(res, "{\"status\":\"ok\"}", kJson); }));
    for (const EmbeddedFile& file : embedded_page_files())
        out.push_back(file_route(file.name == "index.html" ? "/" : "/" + std::string(file.name), file));
    out.push_back(file_route("/report.css", EmbeddedFile{"report.css", html::page_style()}));
    return out;
}

HttpHost http_host(const Engine& engine, const ServeOptions& options, std::ostream& out, std::ostream& err) {
    HttpHost host;
    host.host = options.host;
    host.port = options.port;
    host.max_body = options.max_body;
    host.timeout_seconds = options.timeout_seconds;
    host.routes = routes(engine, options);
    // Errors the library answers itself (413 over --max-body, 400 for a malformed upload, 404)
    // get a JSON message too.
    host.library_error = [&options](HttpResponse& res) {
        std::string buffer;
        send_error(res, res.status, default_message(res.status, options, buffer));
    };
    host.internal_error = [](HttpResponse& res) {
        send_error(res, 500, "the draft could not be checked (an internal error): please report it with the draft");
    };
    host.out = &out;
    host.err = &err;
    return host;
}

// The module sits beside the program (the build writes both to one folder).
std::filesystem::path serve_module_path() {
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    return (error ? std::filesystem::path(".") : program.parent_path()) / kServeModuleName;
}

}  // namespace

CLI::App* add_serve_command(CLI::App& app, ServeOptions& options) {
    auto* serve = app.add_subcommand("serve", "Local web page for editors: paste a draft, see who says what");
    serve->add_option("--host", options.host, "Address to listen on (default 127.0.0.1: this machine only)");
    serve->add_option("--port", options.port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
    serve->add_option("--max-body", options.max_body, "Largest request in bytes (default 5 MB)")
        ->check(CLI::PositiveNumber);
    serve->add_option("--max-draft", options.max_draft,
                      "Longest draft one request checks, in bytes (default 1 MB: about a second of work)")
        ->check(CLI::PositiveNumber);
    serve->add_option("--timeout", options.timeout_seconds,
                      "Seconds a client may take to send a request or read the answer (default 10)")
        ->check(CLI::Range(1, 3600));
    return serve;
}

int run_serve(const Engine& engine, const ServeOptions& options, std::ostream& out, std::ostream& err) {
    const std::filesystem::path module = serve_module_path();
    void* library = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    void* entry = library ? dlsym(library, kServeHttpSymbol) : nullptr;
    if (!entry) {
        err << "claimcheck: error: cannot load " << module.string() << " (" << dlerror()
            << "): `serve` needs the module built beside the program; build it again\n";
        return kExitError;
    }
    return reinterpret_cast<ServeHttp*>(entry)(http_host(engine, options, out, err));
}

}  // namespace claimcheck
