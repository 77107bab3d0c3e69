// vitae-server stopping on SIGTERM as an orchestrator sends it: the real binary, exit code 0,
// whether the signal comes while it serves or while it is still starting.
#include "postgres_test.h"
#include "raw_http.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace vitae::test {
namespace {

// A port nothing listens on, for the server to take.
int freePort() {
    SilentListener listener;
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
    SilentListener silentDatabase;
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
