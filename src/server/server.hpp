// `claimcheck serve`: the local web page for editors (DESIGN.md) and its JSON API, on
// cpp-httplib's thread pool. Every request shares one Engine (its check() is const).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace claimcheck {

class Engine;

struct ServeOptions {
    std::string host = "127.0.0.1";  // loopback: a draft is not for the whole network
    int port = 8080;                 // 0: any free port (printed on start)
    std::size_t max_body = 5 * 1024 * 1024;
    // The longest draft one request checks, so that one request stays within a few seconds.
    std::size_t max_draft = 1024 * 1024;
    // How long a client may take to send its request or read the answer, so that a slow or stalled
    // client cannot hold one of the pool's threads.
    int timeout_seconds = 10;
};

// Adds `serve` and its options to `app`.
CLI::App* add_serve_command(CLI::App& app, ServeOptions& options);

// Serves until the process is stopped; prints "claimcheck: serving on http://HOST:PORT" on
// `out` once listening. Returns kExitError when the address cannot be bound.
int run_serve(const Engine& engine, const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace claimcheck
