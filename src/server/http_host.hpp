// The HTTP side of `claimcheck serve`, built as a module of its own (claimcheck-serve.so, beside
// the program) that only `serve` loads. Debian's cpp-httplib is built with OpenSSL: linked into
// the program, it made every command load libssl and initialise OpenSSL before main, about 3 ms
// of the 30 a one-paragraph check takes. This interface names no httplib type, so the program
// needs none of it; the module needs nothing of the engine (the routes carry the work).
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

struct HttpUpload {
    std::string filename;
    std::string content;
};

struct HttpRequest {
    std::string body;
    bool multipart = false;            // multipart/form-data
    std::optional<HttpUpload> file;    // its part named "file", when there is one
};

struct HttpResponse {
    int status = 200;
    std::string body;
    std::string content_type;
    std::vector<std::pair<std::string, std::string>> headers;
};

using HttpHandler = std::function<void(const HttpRequest&, HttpResponse&)>;

struct HttpRoute {
    enum class Method { Get, Post };
    Method method;
    std::string path;
    HttpHandler handle;
};

struct HttpHost {
    std::string host;
    int port = 0;  // 0: any free port
    std::size_t max_body = 0;
    int timeout_seconds = 0;
    std::vector<HttpRoute> routes;
    // Fills the body of an error the library answers itself (response.status is set: 413, 400,
    // 404 …), and of a handler that threw.
    std::function<void(HttpResponse&)> library_error;
    std::function<void(HttpResponse&)> internal_error;
    std::ostream* out = nullptr;  // "serving on …"
    std::ostream* err = nullptr;  // a port that cannot be bound
};

// The module's one entry point: serves until the process is stopped. Returns the exit status
// (kExitError when the address cannot be bound).
using ServeHttp = int(const HttpHost& host);
constexpr const char* kServeHttpSymbol = "claimcheck_serve_http";
constexpr const char* kServeModuleName = "claimcheck-serve.so";

}  // namespace claimcheck
