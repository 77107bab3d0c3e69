#include "adapters/http/httplib_connections.h"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace vitae::server::http {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

thread_local bool closeRequested = false;

// Waits until `socket` is ready for `events`; false on timeout or error.
bool waitFor(int socket, short events, milliseconds timeout) {
    pollfd fd{socket, events, 0};
    for (;;) {
        const int ready = ::poll(&fd, 1, static_cast<int>(timeout.count()));
        if (ready >= 0 || errno != EINTR)
            return ready > 0;
    }
}

void addressOf(const sockaddr_storage& address, std::string& ip, int& port) {
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (address.ss_family == AF_INET) {
        sockaddr_in v4{};
        std::memcpy(&v4, &address, sizeof v4);
        ::inet_ntop(AF_INET, &v4.sin_addr, text.data(), text.size());
        port = ntohs(v4.sin_port);
    } else if (address.ss_family == AF_INET6) {
        sockaddr_in6 v6{};
        std::memcpy(&v6, &address, sizeof v6);
        ::inet_ntop(AF_INET6, &v6.sin6_addr, text.data(), text.size());
        port = ntohs(v6.sin6_port);
    }
    ip = text.data();
}

// The server's end of one connection as httplib's Stream, for the whole connection: httplib
// 0.11 makes a stream per request and loses what the client sent ahead of it. Output is
// gathered and sent by flush(): httplib writes a response as head, then body, which with
// TCP_NODELAY left as two packets and woke the client twice.
class ConnectionStream final : public httplib::Stream {
public:
    ConnectionStream(int socket, const ConnectionSettings& settings)
        : socket_(socket)
        , settings_(settings) {}

    bool is_readable() const override {
        return hasBufferedInput() || waitFor(socket_, POLLIN, settings_.readTimeout);
    }
    bool is_writable() const override { return waitFor(socket_, POLLOUT, settings_.writeTimeout); }

    ssize_t read(char* data, std::size_t size) override {
        // What the client may be waiting for (100 Continue) goes out before we wait for it.
        if (!flush())
            return -1;
        if (!hasBufferedInput()) {
            const ssize_t received = fill();
            if (received <= 0)
                return received; // 0: the client closed; -1: timeout or error
        }
        const std::size_t count = std::min(size, inputEnd_ - inputStart_);
        std::memcpy(data, input_.data() + inputStart_, count);
        inputStart_ += count;
        return static_cast<ssize_t>(count);
    }

    ssize_t write(const char* data, std::size_t size) override {
        output_.append(data, size);
        if (output_.size() >= kFlushBytes && !flush())
            return -1;
        return static_cast<ssize_t>(size);
    }

    // Asked by httplib for every request; a connection's ends do not move, so asked once.
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        if (remote_.port < 0)
            remote_ = endOf(::getpeername);
        ip = remote_.ip;
        port = remote_.port;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        if (local_.port < 0)
            local_ = endOf(::getsockname);
        ip = local_.ip;
        port = local_.port;
    }
    socket_t socket() const override { return socket_; }

    bool hasBufferedInput() const { return inputStart_ < inputEnd_; }

    bool flush() {
        std::size_t sent = 0;
        while (sent < output_.size()) {
            const ssize_t count =
                ::send(socket_, output_.data() + sent, output_.size() - sent, MSG_NOSIGNAL);
            if (count < 0 && errno == EINTR)
                continue;
            if (count < 0 && errno == EAGAIN && waitFor(socket_, POLLOUT, settings_.writeTimeout))
                continue;
            if (count <= 0) {
                output_.clear();
                return false;
            }
            sent += static_cast<std::size_t>(count);
        }
        output_.clear();
        return true;
    }

    // Waits up to `timeout` for the first byte of another request; false when none came or
    // `stopped` turned true (checked every tenth of a second).
    template <class Stopped>
    bool waitForRequest(milliseconds timeout, Stopped stopped) const {
        const Clock::time_point deadline = Clock::now() + timeout;
        while (!hasBufferedInput()) {
            if (stopped() || Clock::now() >= deadline)
                return false;
            const auto slice = std::min<milliseconds>(
                milliseconds(100), std::chrono::ceil<milliseconds>(deadline - Clock::now()));
            if (waitFor(socket_, POLLIN, slice))
                return true;
        }
        return true;
    }

private:
    static constexpr std::size_t kFlushBytes = std::size_t{64} * 1024;

    struct End {
        std::string ip;
        int port = -1;
    };

    template <class Query>
    End endOf(Query query) const {
        End end;
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (query(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            addressOf(address, end.ip, end.port);
        return end;
    }

    // What has arrived, without waiting; then, if nothing had, waiting up to the read timeout.
    ssize_t fill() {
        ssize_t count = receive(MSG_DONTWAIT);
        if (count < 0 && errno == EAGAIN)
            count = waitFor(socket_, POLLIN, settings_.readTimeout) ? receive(0) : -1;
        inputStart_ = 0;
        inputEnd_ = count > 0 ? static_cast<std::size_t>(count) : 0;
        return count;
    }

    ssize_t receive(int flags) {
        for (;;) {
            const ssize_t count = ::recv(socket_, input_.data(), input_.size(), flags);
            if (count >= 0 || errno != EINTR)
                return count;
        }
    }

    int socket_;
    const ConnectionSettings& settings_;
    mutable End remote_;
    mutable End local_;
    std::array<char, 4096> input_{};
    std::size_t inputStart_ = 0;
    std::size_t inputEnd_ = 0;
    std::string output_;
};

// Closing a socket with unread input makes the kernel send a reset, which can destroy the last
// answer before the client reads it. So: say we are done writing, read and drop what the
// client still sends (until it closes, goes quiet, or sends too much), then close.
void closeGracefully(int socket, std::size_t lingerBytes) {
    ::shutdown(socket, SHUT_WR);
    std::array<char, 4096> dropped{};
    std::size_t total = 0;
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(1);
    while (total <= lingerBytes && Clock::now() < deadline &&
           waitFor(socket, POLLIN, milliseconds(50))) {
        const ssize_t count = ::recv(socket, dropped.data(), dropped.size(), 0);
        if (count <= 0)
            break;
        total += static_cast<std::size_t>(count);
    }
    ::close(socket);
}

} // namespace

ConnectionServer::ConnectionServer(ConnectionSettings settings)
    : settings_(settings) {}

void ConnectionServer::closeAfterThisResponse() {
    closeRequested = true;
}

bool ConnectionServer::widenListenBacklog() {
    const socket_t listening = svr_sock_;
    return listening != INVALID_SOCKET && ::listen(listening, SOMAXCONN) == 0;
}

void ConnectionServer::stopListening() {
    const socket_t listening = svr_sock_.exchange(INVALID_SOCKET);
    if (listening == INVALID_SOCKET)
        return;
    ::shutdown(listening, SHUT_RDWR); // wakes a thread blocked in accept()
    ::close(listening);
}

// httplib 0.11's loop, kept in its terms (keep_alive_max_count_, svr_sock_ turning invalid on
// stop()) but with our keep-alive in milliseconds, over one ConnectionStream.
bool ConnectionServer::process_and_close_socket(socket_t socket) {
    ConnectionStream stream(socket, settings_);
    const milliseconds keepAlive = settings_.keepAlive;
    const auto stopped = [this] { return svr_sock_ == INVALID_SOCKET; };
    bool ok = false;
    for (std::size_t left = keep_alive_max_count_;
         left > 0 && !stopped() && stream.waitForRequest(keepAlive, stopped); --left) {
        closeRequested = false;
        bool clientCloses = false;
        ok = process_request(stream, left == 1, clientCloses, nullptr);
        ok = stream.flush() && ok;
        if (!ok || clientCloses || closeRequested)
            break;
    }
    closeGracefully(socket, settings_.lingerBytes);
    return ok;
}

} // namespace vitae::server::http
