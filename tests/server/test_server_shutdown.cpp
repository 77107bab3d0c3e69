// vitae-server stopping on SIGTERM as an orchestrator sends it: the real binary, exit code 0,
// whether the signal comes while it serves or while it is still starting.
#include "postgres_test.h"
#include "raw_http.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>
#include <csignal>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace vitae::test {
namespace {

// A loopback socket listening on a free port; it accepts nothing (the kernel still completes
// connections to it, which then wait for an answer that never comes).
class Listener {
public:
    Listener()
        : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(fd_, 8) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            throw std::runtime_error("cannot listen on a loopback port");
        port_ = ntohs(address.sin_port);
    }
    ~Listener() { close(); }
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    int port() const { return port_; }
    // True once a connection waits to be accepted.
    bool waitForConnection(std::chrono::milliseconds timeout) const {
        pollfd fd{fd_, POLLIN, 0};
        return ::poll(&fd, 1, static_cast<int>(timeout.count())) > 0;
    }
    // Frees the port (for the server to listen on) or resets the connections never accepted.
    void close() {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
    }

private:
    int fd_;
    int port_ = 0;
};

// A port nothing listens on, for the server to take.
int freePort() {
    Listener listener;
    return listener.port();
}

void startServer(QProcess& process, const std::string& databaseUrl, int port) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VITAE_DATABASE_URL"), QString::fromStdString(databaseUrl));
    environment.insert(QStringLiteral("VITAE_HTTP_PORT"), QString::number(port));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(VITAE_SERVER_PATH), {QStringLiteral("serve")});
}

bool answersHealthz(int port) {
    try {
        RawHttpConnection connection(port);
        connection.send("GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        return connection.readResponse().status == 200;
    } catch (const std::runtime_error&) {
        return false;
    }
}

// Waits for the exit; a server still running after `timeout` is killed and reported.
void expectCleanExitWithin(QProcess& process, std::chrono::milliseconds timeout) {
    const bool exited = process.waitForFinished(static_cast<int>(timeout.count()));
    EXPECT_TRUE(exited) << "still running " << timeout.count() << " ms after SIGTERM";
    if (!exited) {
        process.kill();
        process.waitForFinished();
        return;
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
}

class Shutdown : public PostgresTest {};

TEST_F(Shutdown, SigtermWhileServingExitsWithCode0) {
    const int port = freePort();
    QProcess server;
    startServer(server, conninfo(), port);
    ASSERT_TRUE(server.waitForStarted());
    bool serving = false;
    for (int i = 0; i < 300 && !serving; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        serving = answersHealthz(port);
    }
    ASSERT_TRUE(serving);
    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    expectCleanExitWithin(server, std::chrono::seconds(15));
}

// The SIGTERM arrives while the server is still starting (here: waiting for a database that
// never answers), before it listens: it used to be lost, and the server then served for ever.
TEST(ShutdownWhileStarting, SigtermBeforeTheServerListensStillStopsIt) {
    Listener silentDatabase;
    QProcess server;
    startServer(server,
                "host=127.0.0.1 port=" + std::to_string(silentDatabase.port()) +
                    " dbname=vitae user=vitae connect_timeout=2",
                freePort());
    ASSERT_TRUE(server.waitForStarted());
    // The server blocks SIGTERM before it connects to its database: once it is connecting, the
    // signal waits for it instead of killing it.
    ASSERT_TRUE(silentDatabase.waitForConnection(std::chrono::seconds(30)));
    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    expectCleanExitWithin(server, std::chrono::seconds(30));
}

} // namespace
} // namespace vitae::test
