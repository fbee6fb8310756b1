// claimcheck-serve.so: HttpHost served with cpp-httplib's thread pool (see http_host.hpp).
#include "server/http_host.hpp"

#include <httplib.h>

#include <ostream>

#include "cli/cli.hpp"

namespace claimcheck {

namespace {

HttpRequest request_of(const httplib::Request& req) {
    HttpRequest request;
    request.body = req.body;
    request.multipart = req.is_multipart_form_data();
    if (request.multipart && req.has_file("file")) {
        const httplib::MultipartFormData file = req.get_file_value("file");
        request.file = HttpUpload{file.filename, file.content};
    }
    return request;
}

void answer(const HttpResponse& response, httplib::Response& res) {
    for (const auto& [name, value] : response.headers) res.set_header(name, value);
    res.status = response.status;
    res.set_content(response.body, response.content_type);
}

void add_route(httplib::Server& server, const HttpRoute& route) {
    const auto handler = [&route](const httplib::Request& req, httplib::Response& res) {
        HttpResponse response;
        route.handle(request_of(req), response);
        answer(response, res);
    };
    if (route.method == HttpRoute::Method::Get) server.Get(route.path, handler);
    else server.Post(route.path, handler);
}

// Errors the library answers itself get the host's body too; a handler's own error body is kept.
void add_error_handlers(httplib::Server& server, const HttpHost& host) {
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [&host](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            HttpResponse response;
            response.status = res.status;
            host.library_error(response);
            answer(response, res);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler([&host](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        HttpResponse response;
        host.internal_error(response);
        answer(response, res);
    });
}

// httplib's default sets SO_REUSEPORT, which lets a second server share a port in use; only
// SO_REUSEADDR is set, so a taken port is an error the editor sees.
void exclusive_port(socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

}  // namespace

}  // namespace claimcheck

extern "C" int claimcheck_serve_http(const claimcheck::HttpHost& host) {
    using namespace claimcheck;
    httplib::Server server;
    server.set_socket_options(exclusive_port);
    server.set_payload_max_length(host.max_body);
    server.set_read_timeout(host.timeout_seconds, 0);
    server.set_write_timeout(host.timeout_seconds, 0);
    for (const HttpRoute& route : host.routes) add_route(server, route);
    add_error_handlers(server, host);
    const int port = host.port == 0 ? server.bind_to_any_port(host.host)
                                    : (server.bind_to_port(host.host, host.port) ? host.port : -1);
    if (port < 0) {
        *host.err << "claimcheck: error: cannot listen on " << host.host << ":" << host.port
                  << ": the port is in use or the address is not this machine's (try --port 0)\n";
        return kExitError;
    }
    *host.out << "claimcheck: serving on http://" << host.host << ":" << port << std::endl;
    return server.listen_after_bind() ? kExitClean : kExitError;
}
