#include "tcp_proxy.h"

#include <arpa/inet.h>
#include <array>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace vitae::test {
namespace {

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

int listenOn(int port, int* boundPort) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address = loopback(port);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, 64) != 0) {
        ::close(fd);
        throw std::runtime_error("TcpProxy: cannot listen on port " + std::to_string(port));
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    *boundPort = ntohs(address.sin_port);
    return fd;
}

bool writeAll(int fd, const char* data, ssize_t size) {
    while (size > 0) {
        const ssize_t written = ::send(fd, data, static_cast<std::size_t>(size), MSG_NOSIGNAL);
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

void pump(int a, int b) {
    std::array<pollfd, 2> fds{{{a, POLLIN, 0}, {b, POLLIN, 0}}};
    std::array<char, 16384> buffer{};
    while (::poll(fds.data(), fds.size(), -1) > 0) {
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents == 0)
                continue;
            const ssize_t got = ::recv(fds[i].fd, buffer.data(), buffer.size(), 0);
            if (got <= 0 || !writeAll(fds[1 - i].fd, buffer.data(), got)) {
                ::shutdown(a, SHUT_RDWR);
                ::shutdown(b, SHUT_RDWR);
                return;
            }
        }
    }
}

} // namespace

TcpProxy::TcpProxy(std::string targetHost, int targetPort)
    : targetHost_(std::move(targetHost))
    , targetPort_(targetPort) {
    ::close(listenOn(0, &port_));
}

TcpProxy::~TcpProxy() {
    stop();
}

void TcpProxy::start() {
    int bound = 0;
    listener_ = listenOn(port_, &bound);
    acceptor_ = std::thread([this] { acceptLoop(); });
}

void TcpProxy::stop() {
    if (listener_ >= 0) {
        ::shutdown(listener_, SHUT_RDWR); // wakes accept()
        acceptor_.join();
        ::close(listener_);
        listener_ = -1;
    }
    const std::lock_guard lock(mutex_);
    for (const auto& link : links_) {
        ::shutdown(link->client, SHUT_RDWR);
        ::shutdown(link->server, SHUT_RDWR);
    }
    for (const auto& link : links_) {
        link->pump.join();
        ::close(link->client);
        ::close(link->server);
    }
    links_.clear();
}

int TcpProxy::connectToTarget() const {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(targetHost_.c_str(), std::to_string(targetPort_).c_str(), &hints, &found) !=
        0)
        return -1;
    int fd = -1;
    for (addrinfo* entry = found; entry != nullptr && fd < 0; entry = entry->ai_next) {
        fd = ::socket(entry->ai_family, entry->ai_socktype, entry->ai_protocol);
        if (fd >= 0 && ::connect(fd, entry->ai_addr, entry->ai_addrlen) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    return fd;
}

void TcpProxy::acceptLoop() {
    for (;;) {
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client < 0)
            return;
        const int server = connectToTarget();
        if (server < 0) {
            ::close(client);
            continue;
        }
        auto link = std::make_unique<Link>();
        link->client = client;
        link->server = server;
        link->pump = std::thread(pump, client, server);
        const std::lock_guard lock(mutex_);
        links_.push_back(std::move(link));
    }
}

} // namespace vitae::test
