// The HTTP server: routes of our own ("/api/resumes/{id}") over cpp-httplib, which no other
// file sees. It owns the behaviour every endpoint shares: the JSON error envelope for every
// 4xx/5xx, a request id on every response, the body cap, a guard that turns any exception into
// a bare 500, the thread pool and keep-alive sizing, and one JSON log line per request.
#pragma once

#include "adapters/http/http_types.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace vitae::server {
class JsonLog;
}

namespace vitae::server::http {

struct HttpSettings {
    std::string host = "127.0.0.1";
    int port = 8080; // 0: any free port (see bind())
    // Each keep-alive connection holds a thread while it is open: size above the expected
    // clients, with headroom for health checks.
    int threads = 32;
    std::size_t maxBodyBytes = std::size_t{2} * 1024 * 1024;
    std::chrono::milliseconds readTimeout{5000};
    std::chrono::milliseconds writeTimeout{5000};
    std::chrono::milliseconds keepAlive{2000}; // how long an idle connection stays open
    // Peers whose X-Forwarded-For names the client (the login throttle counts per client).
    TrustedProxies trustedProxies{};
};

class HttpServer {
public:
    HttpServer(HttpSettings settings, JsonLog& log);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Registers a handler; "{name}" segments match one path segment into pathParams.
    void route(Method method, std::string pattern, Handler handler);
    std::vector<std::pair<Method, std::string>> routes() const;

    // Opens the listening socket and returns its port; throws std::runtime_error on failure.
    int bind();
    // Serves on the bound socket until stop(); blocks. Returns at once after a stop().
    void run();
    bool isRunning() const;
    // Stops serving, or keeps run() from starting: safe at any moment, from any thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace vitae::server::http
