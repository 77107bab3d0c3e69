// The connection pool against a real PostgreSQL: prepared statements, reconnecting after
// PostgreSQL dropped its connections, fast failure while PostgreSQL is down, recovery when it
// comes back, and the acquire timeout.
#include "adapters/postgres/pool.h"
#include "postgres_test.h"
#include "tcp_proxy.h"

#include <QByteArray>
#include <QtGlobal>

#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace vitae::test {
namespace {

using server::ServiceUnavailable;
using server::pg::ConnectionPool;
using server::pg::Retry;

constexpr server::pg::Statement kBackendPid{"test_backend_pid", "SELECT pg_backend_pid()"};

std::int64_t backendPid(ConnectionPool& pool) {
    return pool.run([](server::pg::Connection& c) { return c.exec(kBackendPid).integer(0, 0); },
                    Retry::Once);
}

int postgresPort() {
    const QByteArray port = qgetenv("PGPORT");
    return port.isEmpty() ? 5432 : port.toInt();
}

std::string postgresHost() {
    const QByteArray host = qgetenv("PGHOST");
    return host.isEmpty() || host.startsWith('/') ? std::string("localhost") : host.toStdString();
}

class Pool : public PostgresTest {
protected:
    void terminateBackends() {
        connectToMaintenanceDatabase()->query(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()",
            {databaseName()});
    }
};

// A column read as the wrong type is a bug to report, never a 0 to carry on with.
TEST_F(Pool, RowsReadIntegersStrictlyAndNullAsZero) {
    const auto db = connect();
    const server::pg::Rows rows = db->query("SELECT 42::bigint, NULL::bigint, 'abc', '7x'");
    EXPECT_EQ(rows.integer(0, 0), 42);
    EXPECT_EQ(rows.integer(0, 1), 0);
    EXPECT_THROW((void)rows.integer(0, 2), std::logic_error);
    EXPECT_THROW((void)rows.integer(0, 3), std::logic_error);
}

TEST_F(Pool, ReusesItsConnections) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(1000)});
    EXPECT_EQ(backendPid(pool), backendPid(pool));
}

TEST_F(Pool, ReconnectsAfterPostgresTerminatedItsBackends) {
    ConnectionPool pool({conninfo(), 2, std::chrono::milliseconds(1000)});
    const std::int64_t before = backendPid(pool);
    terminateBackends();
    const std::int64_t after = backendPid(pool); // prepares its statement again, too
    EXPECT_NE(after, before);
    EXPECT_EQ(backendPid(pool), after);
}

TEST_F(Pool, WritesAreNotRetriedButTheNextCallWorks) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(1000)});
    backendPid(pool);
    // Terminated while the lease is held, the connection breaks mid-use.
    EXPECT_THROW(pool.run([&](server::pg::Connection& c) {
        terminateBackends();
        return c.query("SELECT 1").integer(0, 0);
    }),
                 ServiceUnavailable);
    EXPECT_GT(backendPid(pool), 0);
}

TEST_F(Pool, ReadsAreRetriedOnceOnANewConnection) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(1000)});
    backendPid(pool);
    int attempts = 0;
    const std::int64_t answer = pool.run(
        [&](server::pg::Connection& c) {
            if (++attempts == 1)
                terminateBackends(); // the first attempt's link breaks mid-use
            return c.query("SELECT 42").integer(0, 0);
        },
        Retry::Once);
    EXPECT_EQ(answer, 42);
    EXPECT_EQ(attempts, 2);
    // Once: a read whose every attempt loses its link fails like a write.
    attempts = 0;
    EXPECT_THROW(pool.run(
                     [&](server::pg::Connection& c) {
                         ++attempts;
                         terminateBackends();
                         return c.query("SELECT 1").integer(0, 0);
                     },
                     Retry::Once),
                 ServiceUnavailable);
    EXPECT_EQ(attempts, 2);
}

// A connection given back inside a transaction (work that threw between BEGIN and COMMIT)
// is not lent as it is: the next borrower would run in the abandoned transaction.
TEST_F(Pool, AConnectionGivenBackInsideATransactionIsNotLentAsItIs) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(1000)});
    EXPECT_THROW(pool.run([](server::pg::Connection& c) -> int {
        c.script("BEGIN");
        c.query("CREATE TABLE abandoned (x int)");
        throw std::runtime_error("work failed mid-transaction");
    }),
                 std::runtime_error);
    const std::int64_t tables = pool.run([](server::pg::Connection& c) {
        c.script("BEGIN");
        const std::int64_t count =
            c.query("SELECT count(*) FROM pg_tables WHERE tablename = 'abandoned'").integer(0, 0);
        c.script("COMMIT");
        return count;
    });
    EXPECT_EQ(tables, 0); // the abandoned transaction did not commit, nor did we join it
}

TEST_F(Pool, FailsFastWhilePostgresIsDownAndRecoversWhenItIsBack) {
    TcpProxy proxy(postgresHost(), postgresPort());
    const std::string viaProxy =
        "host=127.0.0.1 port=" + std::to_string(proxy.port()) + " " + conninfo();
    ConnectionPool pool({viaProxy, 2, std::chrono::milliseconds(1000)});
    EXPECT_THROW(backendPid(pool), ServiceUnavailable); // not started yet
    proxy.start();
    const std::int64_t first = backendPid(pool);
    proxy.stop(); // PostgreSQL "restarts": every connection is cut
    EXPECT_THROW(backendPid(pool), ServiceUnavailable);
    proxy.start();
    EXPECT_NE(backendPid(pool), first);
}

TEST_F(Pool, AcquireTimesOutWhenEveryConnectionIsInUse) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(100)});
    auto held = pool.acquire();
    const auto start = std::chrono::steady_clock::now();
    EXPECT_THROW(pool.acquire(), ServiceUnavailable);
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(100));
}

TEST_F(Pool, ConnectionsGoToWaitersInTheOrderTheyCame) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(5000)});
    std::mutex mutex;
    std::vector<std::string> order;
    const auto note = [&](const std::string& who) {
        const std::lock_guard lock(mutex);
        order.push_back(who);
    };
    std::optional<ConnectionPool::Lease> held(pool.acquire());
    std::thread waiter([&] {
        auto lease = pool.acquire();
        note("waiter");
    });
    while (pool.waiting() == 0)
        std::this_thread::yield();
    // Given back and asked for again at once: the thread that was already waiting goes first.
    held.reset();
    {
        auto again = pool.acquire();
        note("again");
    }
    waiter.join();
    EXPECT_EQ(order, (std::vector<std::string>{"waiter", "again"}));
    EXPECT_EQ(pool.waiting(), 0U);
}

TEST_F(Pool, AThreadGetsBackTheConnectionItHadLast) {
    ConnectionPool pool({conninfo(), 2, std::chrono::milliseconds(2000)});
    std::optional<ConnectionPool::Lease> mine(pool.acquire());
    const std::int64_t myBackend = (*mine)->exec(kBackendPid).integer(0, 0);
    std::int64_t otherBackend = 0;
    std::thread other([&] {
        auto lease = pool.acquire(); // the second connection: the first is held here
        otherBackend = lease->exec(kBackendPid).integer(0, 0);
        mine.reset(); // given back first, so the other thread's is the last given back
    });
    other.join();
    ASSERT_NE(otherBackend, myBackend);
    EXPECT_EQ(backendPid(pool), myBackend);
}

TEST_F(Pool, AWaiterThatTimedOutLeavesTheQueue) {
    ConnectionPool pool({conninfo(), 1, std::chrono::milliseconds(50)});
    {
        auto held = pool.acquire();
        EXPECT_THROW(pool.acquire(), ServiceUnavailable);
        EXPECT_EQ(pool.waiting(), 0U);
    }
    EXPECT_GT(backendPid(pool), 0); // what was held went back to the pool, not to the gone waiter
}

} // namespace
} // namespace vitae::test
