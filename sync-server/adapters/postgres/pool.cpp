#include "adapters/postgres/pool.h"

namespace vitae::server::pg {

ConnectionPool::ConnectionPool(PoolSettings settings)
    : settings_(std::move(settings)) {}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
    : pool_(&pool)
    , connection_(std::move(connection)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_)
    , connection_(std::move(other.connection_)) {}

ConnectionPool::Lease::~Lease() {
    if (connection_)
        pool_->giveBack(std::move(connection_));
}

ConnectionPool::Lease ConnectionPool::acquire() {
    std::unique_ptr<Connection> connection;
    {
        std::unique_lock lock(mutex_);
        const bool ready = available_.wait_for(lock, settings_.acquireTimeout, [this] {
            return !idle_.empty() || created_ < settings_.size;
        });
        if (!ready)
            throw ServiceUnavailable("no PostgreSQL connection became free in time");
        if (!idle_.empty()) {
            connection = std::move(idle_.back());
            idle_.pop_back();
        } else {
            ++created_;
            connection = std::make_unique<Connection>(settings_.conninfo);
        }
    }
    // Connecting happens outside the lock: one slow connect must not stall the other threads.
    Lease lease(*this, std::move(connection));
    if (!lease->ensureConnected())
        throw ServiceUnavailable("cannot reach PostgreSQL: " + lease->lastError());
    return lease;
}

void ConnectionPool::giveBack(std::unique_ptr<Connection> connection) {
    {
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }
    available_.notify_one();
}

} // namespace vitae::server::pg
