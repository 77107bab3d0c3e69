// A running vitae-server whose PostgreSQL goes away keeps its process and answers again by
// itself, seen from a real HTTP client on GET /api/users/me: after PostgreSQL terminated every
// backend (pg_terminate_backend), and after a "restart" (a TCP proxy in front of PostgreSQL
// cut and restored), also while requests are in flight. The pool's own reconnection is
// covered in test_server_pool.cpp; this is the same promise end to end.
#include "adapters/log/json_log.h"
#include "app/application.h"
#include "postgres_test.h"
#include "tcp_proxy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <httplib.h>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace vitae::test {
namespace {

using namespace std::chrono_literals;

int postgresPort() {
    const int port = qEnvironmentVariableIntValue("PGPORT");
    return port > 0 ? port : 5432;
}

std::string postgresHost() {
    const QByteArray host = qgetenv("PGHOST");
    return host.isEmpty() || host.startsWith('/') ? std::string("localhost") : host.toStdString();
}

QJsonObject json(const std::string& body) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

class Recovery : public PostgresTest {
protected:
    void TearDown() override {
        app.reset();
        PostgresTest::TearDown();
    }

    void startServer(const std::string& databaseUrl) {
        server::config::ServerConfig config;
        config.databaseUrl = databaseUrl;
        config.httpPort = 0;
        config.httpThreads = 16;
        config.databasePoolSize = 4;
        config.databaseAcquireTimeout = 2000ms;
        config.passwordHashCost = server::config::PasswordHashCost::Interactive;
        app = std::make_unique<server::Application>(config, log);
        port = app->start();
        app->migrate();
    }

    std::unique_ptr<httplib::Client> client() const {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
        c->set_read_timeout(10, 0);
        return c;
    }

    // Registers and logs in; the bearer token.
    std::string signUp() {
        const std::string credentials =
            R"({"email":"ada@example.com","password":"analytical engine"})";
        auto c = client();
        const auto registered = c->Post("/api/auth/register", credentials, "application/json");
        EXPECT_TRUE(registered && registered->status == 201);
        const auto login = c->Post("/api/auth/login", credentials, "application/json");
        if (!login || login->status != 200)
            return {};
        return json(login->body).value(QStringLiteral("token")).toString().toStdString();
    }

    int me(httplib::Client& c, const std::string& token) const {
        const auto result = c.Get("/api/users/me", {{"Authorization", "Bearer " + token}});
        return result ? result->status : -1;
    }

    // `clients` requests at once, each on a connection of its own, so the server's workers
    // use several pooled PostgreSQL connections; their statuses.
    std::vector<int> concurrentMe(const std::string& token, int clients) {
        std::vector<int> statuses(static_cast<std::size_t>(clients), 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < clients; ++i) {
            threads.emplace_back([&, i] {
                auto c = client();
                statuses[static_cast<std::size_t>(i)] = me(*c, token);
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        return statuses;
    }

    server::JsonLog log{[](std::string_view) {}};
    std::unique_ptr<server::Application> app;
    int port = 0;
};

TEST_F(Recovery, MeAnswersAfterPostgresTerminatedEveryBackendOfTheServer) {
    startServer(conninfo());
    const std::string token = signUp();
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(concurrentMe(token, 8), std::vector<int>(8, 200)); // several pooled connections

    const auto terminated = connectToMaintenanceDatabase()->query(
        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
        "WHERE datname = $1 AND pid <> pg_backend_pid()",
        {databaseName()});
    ASSERT_GE(terminated.integer(0, 0), 1);

    EXPECT_EQ(concurrentMe(token, 8), std::vector<int>(8, 200));
    auto c = client();
    EXPECT_EQ(me(*c, token), 200);
}

TEST_F(Recovery, MeAnswersAgainWhenPostgresIsBackWithoutAServerRestart) {
    TcpProxy proxy(postgresHost(), postgresPort());
    proxy.start();
    startServer("host=127.0.0.1 port=" + std::to_string(proxy.port()) + " " + conninfo());
    const std::string token = signUp();
    ASSERT_FALSE(token.empty());
    auto c = client();
    ASSERT_EQ(me(*c, token), 200);

    proxy.stop(); // PostgreSQL goes down: every connection is cut
    const auto down = c->Get("/api/users/me", {{"Authorization", "Bearer " + token}});
    ASSERT_TRUE(down);
    EXPECT_EQ(down->status, 503);
    EXPECT_EQ(json(down->body)
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("service_unavailable"));

    proxy.start(); // and is back, on the same address
    EXPECT_EQ(me(*c, token), 200);
    EXPECT_EQ(concurrentMe(token, 8), std::vector<int>(8, 200));
}

// While PostgreSQL goes and comes back under load, a request may be refused for the moment
// (503) but never fails otherwise, and everything works afterwards.
TEST_F(Recovery, RequestsInFlightDuringAnOutageGet200Or503AndNothingElse) {
    TcpProxy proxy(postgresHost(), postgresPort());
    proxy.start();
    startServer("host=127.0.0.1 port=" + std::to_string(proxy.port()) + " " + conninfo());
    const std::string token = signUp();
    ASSERT_FALSE(token.empty());

    std::atomic<bool> running{true};
    std::mutex mutex;
    std::map<int, int> statusCounts;
    std::vector<std::thread> load;
    for (int i = 0; i < 4; ++i) {
        load.emplace_back([&] {
            auto c = client();
            while (running) {
                const int status = me(*c, token);
                const std::lock_guard lock(mutex);
                ++statusCounts[status];
            }
        });
    }
    for (int cycle = 0; cycle < 3; ++cycle) {
        std::this_thread::sleep_for(200ms);
        proxy.stop();
        std::this_thread::sleep_for(200ms);
        proxy.start();
    }
    std::this_thread::sleep_for(200ms);
    running = false;
    for (std::thread& thread : load)
        thread.join();

    for (const auto& [status, times] : statusCounts)
        EXPECT_TRUE(status == 200 || status == 503) << times << " answers with status " << status;
    EXPECT_GT(statusCounts[200], 0);
    EXPECT_EQ(concurrentMe(token, 8), std::vector<int>(8, 200));
}

} // namespace
} // namespace vitae::test
