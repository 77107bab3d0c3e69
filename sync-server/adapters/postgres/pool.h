// A fixed-size pool of PostgreSQL connections. A thread must hold at most one at a time: two
// threads each holding one and waiting for a second would wait until the timeout. Connections
// are opened lazily and reopened when PostgreSQL restarted, threads get them first come,
// first served, and a request that cannot get a working one in time fails with
// ServiceUnavailable.
#pragma once

#include "adapters/postgres/connection.h"
#include "domain/errors.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace vitae::server::pg {

struct PoolSettings {
    std::string conninfo;
    int size = 16;
    std::chrono::milliseconds acquireTimeout{5000};
};

// Whether work may run a second time after its connection was lost: yes for reads and other
// idempotent work, no for writes (the first try may have committed before the link broke).
enum class Retry { No, Once };

class ConnectionPool {
public:
    explicit ConnectionPool(PoolSettings settings);
    ~ConnectionPool();

    class Lease {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection);
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        Connection& operator*() { return *connection_; }
        Connection* operator->() { return connection_.get(); }

    private:
        ConnectionPool* pool_;
        std::unique_ptr<Connection> connection_;
    };

    // A connected connection; throws ServiceUnavailable after the timeout (the pool's, or
    // `timeout` when given) or when PostgreSQL cannot be reached.
    Lease acquire(std::optional<std::chrono::milliseconds> timeout = std::nullopt);

    // Threads waiting for a connection now: a pool too small for its load shows here first.
    std::size_t waiting();
    std::chrono::milliseconds acquireTimeout() const { return settings_.acquireTimeout; }

    template <class Work>
    auto run(Work&& work, Retry retry = Retry::No,
             std::optional<std::chrono::milliseconds> timeout = std::nullopt) {
        for (int attempt = 0;; ++attempt) {
            Lease lease = acquire(timeout);
            try {
                return work(*lease);
            } catch (const QueryError& error) {
                if (!error.connectionLost())
                    throw;
                if (retry == Retry::No || attempt > 0)
                    throw ServiceUnavailable(std::string("PostgreSQL connection lost: ") +
                                             error.what());
            }
        }
    }

private:
    // A thread waiting for a connection. Connections given back go to waiters in the order
    // they came: with more request threads than connections, a free-for-all let later
    // requests take connection after connection while an unlucky one waited for seconds.
    struct Waiter {
        std::unique_ptr<Connection> connection;
        std::condition_variable handedOver;
    };

    std::unique_ptr<Connection> take(std::chrono::milliseconds timeout);
    // Of the idle connections, the one this thread had last, else the last given back.
    std::unique_ptr<Connection> takeIdle();
    // Queues behind the threads already waiting; throws ServiceUnavailable after the timeout.
    std::unique_ptr<Connection> waitForOne(std::unique_lock<std::mutex>& lock,
                                           std::chrono::milliseconds timeout);
    void giveBack(std::unique_ptr<Connection> connection);

    PoolSettings settings_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Connection>> idle_; // in the order given back
    std::deque<Waiter*> waiters_;
    int created_ = 0;
};

} // namespace vitae::server::pg
