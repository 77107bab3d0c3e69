// cpp-httplib's server with each connection handled by us (http_server.cpp's only engine):
// one input buffer for the whole connection, a response sent in one write, and a close that
// never resets the connection under the last answer. httplib 0.11 does none of the three.
#pragma once

#include <chrono>
#include <cstddef>
#include <httplib.h>

namespace vitae::server::http {

struct ConnectionSettings {
    std::chrono::milliseconds readTimeout{5000};
    std::chrono::milliseconds writeTimeout{5000};
    // How long an idle connection waits for its next request (httplib 0.11 counts whole seconds).
    std::chrono::milliseconds keepAlive{2000};
    // The most a closing connection reads and drops from a client still sending.
    std::size_t lingerBytes = std::size_t{2} * 1024 * 1024;
};

class ConnectionServer final : public httplib::Server {
public:
    explicit ConnectionServer(ConnectionSettings settings);

    // For a handler whose answer leaves the request's body partly unread: the connection
    // closes after this response instead of reading the rest as the next request.
    static void closeAfterThisResponse();

    // httplib 0.11 listens with a backlog of 5: a burst of new connections overflows it, the
    // kernel drops their SYNs and each client retries a whole second later. Called once
    // bound, this asks for the kernel's most (net.core.somaxconn); false on failure.
    bool widenListenBacklog();

    // Closes the listening socket: listen_after_bind() returns (or, not started yet, returns at
    // once). httplib 0.11's stop() does nothing before listen_after_bind() runs, so a stop asked
    // for during start was lost and the server then served for ever.
    void stopListening();

private:
    // httplib calls this on a worker thread for every accepted socket (a private virtual of
    // httplib::Server, overridden): the keep-alive loop over httplib's process_request().
    bool process_and_close_socket(socket_t socket) override;

    ConnectionSettings settings_;
};

} // namespace vitae::server::http
