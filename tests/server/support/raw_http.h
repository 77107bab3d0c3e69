// A plain TCP connection that speaks HTTP/1.1 by hand, for what an HTTP client library hides:
// a body sent in pieces, several requests on one connection, the bytes of each answer, and the
// server-side socket of the connection (the server runs in the test's own process).
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <string_view>

namespace vitae::test {

struct RawResponse {
    int status = 0;                                  // 0: the connection ended before a status line
    std::multimap<std::string, std::string> headers; // names lower-cased
    std::string body;

    // The first value of a header (its name lower-cased), or "" when there is none.
    std::string header(const std::string& name) const;
};

class RawHttpConnection {
public:
    // Connects to 127.0.0.1:port; throws std::runtime_error when it cannot. A read that waits
    // 5 s for a byte gives up, as if the connection had ended.
    explicit RawHttpConnection(int port);
    ~RawHttpConnection();
    RawHttpConnection(const RawHttpConnection&) = delete;
    RawHttpConnection& operator=(const RawHttpConnection&) = delete;

    void send(std::string_view bytes);
    // Reads one response: the head, then Content-Length bytes of body.
    RawResponse readResponse();
    // Reads on until the server closes: true for an orderly close (FIN), false for a reset or
    // when more bytes came.
    bool closedCleanly();
    // The descriptor, in this process, of the server's end of this connection; -1 if none.
    int serverSideSocket() const;
    // Returns once the server has accepted the connection and read every byte sent so far,
    // so that what is sent next arrives in a read of its own; throws after 10 s.
    void waitUntilTheServerHasReadEverything() const;

private:
    bool fill();

    int fd_ = -1;
    std::string buffer_;
};

// A loopback socket listening on a free port that accepts nothing: the kernel still completes
// connections to it, which then wait for an answer that never comes.
class SilentListener {
public:
    // Throws std::runtime_error when it cannot listen.
    SilentListener();
    ~SilentListener();
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;

    int port() const { return port_; }
    // True once a connection waits to be accepted.
    bool waitForConnection(std::chrono::milliseconds timeout) const;
    // Frees the port (for a server to listen on) and resets the connections never accepted.
    void close();

private:
    int fd_;
    int port_ = 0;
};

} // namespace vitae::test
