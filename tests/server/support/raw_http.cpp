#include "raw_http.h"

#include <arpa/inet.h>
#include <array>
#include <cctype>
#include <filesystem>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
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

std::string lowerCase(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return std::string(text);
}

// Both ends of a TCP connection as seen from one side: (local port, peer port).
bool endsOf(int fd, int* localPort, int* peerPort) {
    sockaddr_in local{};
    sockaddr_in peer{};
    socklen_t localLength = sizeof local;
    socklen_t peerLength = sizeof peer;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) != 0 ||
        ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerLength) != 0 ||
        local.sin_family != AF_INET)
        return false;
    *localPort = ntohs(local.sin_port);
    *peerPort = ntohs(peer.sin_port);
    return true;
}

} // namespace

RawHttpConnection::RawHttpConnection(int port)
    : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    const sockaddr_in address = loopback(port);
    // A server that never answers fails the test (a read gives up) instead of hanging it.
    const timeval readTimeout{5, 0};
    if (fd_ < 0 ||
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &readTimeout, sizeof readTimeout) != 0 ||
        ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        if (fd_ >= 0)
            ::close(fd_);
        throw std::runtime_error("cannot connect to port " + std::to_string(port));
    }
}

RawHttpConnection::~RawHttpConnection() {
    ::close(fd_);
}

void RawHttpConnection::send(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (written <= 0)
            throw std::runtime_error("the connection refused more bytes");
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

bool RawHttpConnection::fill() {
    std::array<char, 4096> chunk{};
    const ssize_t got = ::recv(fd_, chunk.data(), chunk.size(), 0);
    if (got <= 0)
        return false;
    buffer_.append(chunk.data(), static_cast<std::size_t>(got));
    return true;
}

RawResponse RawHttpConnection::readResponse() {
    RawResponse response;
    std::size_t headEnd = 0;
    while ((headEnd = buffer_.find("\r\n\r\n")) == std::string::npos) {
        if (!fill())
            return response;
    }
    const std::string head = buffer_.substr(0, headEnd);
    buffer_.erase(0, headEnd + 4);

    std::size_t lineEnd = head.find("\r\n");
    const std::string statusLine = head.substr(0, lineEnd);
    if (statusLine.size() < 12 || statusLine.compare(0, 5, "HTTP/") != 0)
        return response;
    response.status = std::stoi(statusLine.substr(9, 3));
    while (lineEnd != std::string::npos) {
        const std::size_t start = lineEnd + 2;
        lineEnd = head.find("\r\n", start);
        const std::string line = head.substr(start, lineEnd - start);
        const std::size_t colon = line.find(':');
        if (colon != std::string::npos)
            response.headers.emplace(lowerCase(line.substr(0, colon)),
                                     trimmed(std::string_view(line).substr(colon + 1)));
    }
    const std::string length = response.header("content-length");
    const std::size_t bodySize = length.empty() ? 0 : std::stoul(length);
    while (buffer_.size() < bodySize) {
        if (!fill())
            break;
    }
    response.body = buffer_.substr(0, bodySize);
    buffer_.erase(0, response.body.size());
    return response;
}

std::string RawResponse::header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
}

bool RawHttpConnection::closedCleanly() {
    if (!buffer_.empty())
        return false;
    std::array<char, 4096> chunk{};
    return ::recv(fd_, chunk.data(), chunk.size(), 0) == 0;
}

int RawHttpConnection::serverSideSocket() const {
    int localPort = 0;
    int peerPort = 0;
    if (!endsOf(fd_, &localPort, &peerPort))
        return -1;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        const int fd = std::stoi(entry.path().filename().string());
        int otherLocal = 0;
        int otherPeer = 0;
        if (fd != fd_ && endsOf(fd, &otherLocal, &otherPeer) && otherLocal == peerPort &&
            otherPeer == localPort)
            return fd;
    }
    return -1;
}

void RawHttpConnection::waitUntilTheServerHasReadEverything() const {
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const int server = serverSideSocket();
        int unread = -1;
        if (server >= 0 && ::ioctl(server, SIOCINQ, &unread) == 0 && unread == 0)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    throw std::runtime_error("the server did not read what was sent");
}

SilentListener::SilentListener()
    : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(fd_, 8) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        close();
        throw std::runtime_error("cannot listen on a loopback port");
    }
    port_ = ntohs(address.sin_port);
}

SilentListener::~SilentListener() {
    close();
}

bool SilentListener::waitForConnection(std::chrono::milliseconds timeout) const {
    pollfd fd{fd_, POLLIN, 0};
    return ::poll(&fd, 1, static_cast<int>(timeout.count())) > 0;
}

void SilentListener::close() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

} // namespace vitae::test
