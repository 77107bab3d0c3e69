// A TCP forwarder from a loopback port to PostgreSQL that a test switches off and on. Off,
// the port refuses connections and every forwarded connection is cut: to the server it looks
// exactly like PostgreSQL stopping (or not started yet) and starting again.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vitae::test {

class TcpProxy {
public:
    // Reserves a free loopback port; the proxy starts switched off.
    TcpProxy(std::string targetHost, int targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy&) = delete;
    TcpProxy& operator=(const TcpProxy&) = delete;

    int port() const { return port_; }
    void start();
    void stop();

private:
    struct Link {
        int client = -1;
        int server = -1;
        std::thread pump;
    };
    void acceptLoop();
    int connectToTarget() const;

    std::string targetHost_;
    int targetPort_;
    int port_ = 0;
    int listener_ = -1;
    std::thread acceptor_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Link>> links_;
};

} // namespace vitae::test
