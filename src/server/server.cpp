#include "server/server.hpp"

#include <httplib.h>

#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "pipeline/pipeline.hpp"
#include "report/html_parts.hpp"
#include "server/api.hpp"
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

void send_error(httplib::Response& res, int status, std::string_view message) {
    res.status = status;
    res.set_content(error_json(message), kJson);
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

Draft draft_of(const httplib::Request& req) {
    if (!req.is_multipart_form_data()) return draft_from_json(req.body);
    if (!req.has_file("file"))
        throw ApiError(400, "the upload has no part named \"file\": send the draft as form field \"file\"");
    const httplib::MultipartFormData file = req.get_file_value("file");
    return draft_from_upload(file.filename, file.content);
}

void handle_check(const Engine& engine, const ServeOptions& options, const httplib::Request& req,
                  httplib::Response& res) {
    try {
        res.set_content(check_draft(engine, draft_of(req), options.max_draft), kJson);
    } catch (const ApiError& error) {
        send_error(res, error.status(), error.what());
    }
}

void serve_file(httplib::Server& server, const std::string& route, EmbeddedFile file) {
    server.Get(route, [file](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Security-Policy", kPagePolicy);
        res.set_content(std::string(file.text), std::string(content_type_for(file.name)));
    });
}

// The page's files, and the HTML report's style sheet, whose highlight classes it reuses.
void serve_page(httplib::Server& server) {
    for (const EmbeddedFile& file : embedded_page_files())
        serve_file(server, file.name == "index.html" ? "/" : "/" + std::string(file.name), file);
    serve_file(server, "/report.css", EmbeddedFile{"report.css", html::page_style()});
}

void add_routes(httplib::Server& server, const Engine& engine, const ServeOptions& options) {
    server.Post("/api/check", [&engine, &options](const httplib::Request& req, httplib::Response& res) {
        handle_check(engine, options, req, res);
    });
    const std::string rules = rules_json(engine.pack());
    server.Get("/api/rules", [rules](const httplib::Request&, httplib::Response& res) { res.set_content(rules, kJson); });
    server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("{\"status\":\"ok\"}", kJson);
    });
    serve_page(server);
}

// Errors the library answers itself (413 over --max-body, 400 for a malformed upload, 404) get a
// JSON message too; a handler's own error body is kept.
void add_error_handlers(httplib::Server& server, const ServeOptions& options) {
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [&options](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            std::string buffer;
            send_error(res, res.status, default_message(res.status, options, buffer));
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send_error(res, 500, "the draft could not be checked (an internal error): please report it with the draft");
    });
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

// httplib's default sets SO_REUSEPORT, which lets a second server share a port in use; only
// SO_REUSEADDR is set, so a taken port is an error the editor sees.
static void exclusive_port(socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

int run_serve(const Engine& engine, const ServeOptions& options, std::ostream& out, std::ostream& err) {
    httplib::Server server;
    server.set_socket_options(exclusive_port);
    server.set_payload_max_length(options.max_body);
    server.set_read_timeout(options.timeout_seconds, 0);
    server.set_write_timeout(options.timeout_seconds, 0);
    add_routes(server, engine, options);
    add_error_handlers(server, options);
    const int port = options.port == 0 ? server.bind_to_any_port(options.host)
                                       : (server.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) {
        err << "claimcheck: error: cannot listen on " << options.host << ":" << options.port
            << ": the port is in use or the address is not this machine's (try --port 0)\n";
        return kExitError;
    }
    out << "claimcheck: serving on http://" << options.host << ":" << port << std::endl;
    return server.listen_after_bind() ? kExitClean : kExitError;
}

}  // namespace claimcheck
