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
    // Connecting happens outside the lock: one slow connect must not stall the other threads.
    Lease lease(*this, take());
    if (!lease->ensureConnected())
        throw ServiceUnavailable("cannot reach PostgreSQL: " + lease->lastError());
    return lease;
}

std::unique_ptr<Connection> ConnectionPool::take() {
    std::unique_lock lock(mutex_);
    if (waiters_.empty()) {
        if (!idle_.empty()) {
            std::unique_ptr<Connection> connection = std::move(idle_.back());
            idle_.pop_back();
            return connection;
        }
        if (created_ < settings_.size) {
            ++created_;
            return std::make_unique<Connection>(settings_.conninfo);
        }
    }
    Waiter waiter;
    waiters_.push_back(&waiter);
    if (!waiter.handedOver.wait_for(lock, settings_.acquireTimeout,
                                    [&waiter] { return waiter.connection != nullptr; })) {
        std::erase(waiters_, &waiter);
        throw ServiceUnavailable("no PostgreSQL connection became free in time");
    }
    return std::move(waiter.connection);
}

std::size_t ConnectionPool::waiting() {
    const std::lock_guard lock(mutex_);
    return waiters_.size();
}

void ConnectionPool::giveBack(std::unique_ptr<Connection> connection) {
    const std::lock_guard lock(mutex_);
    if (waiters_.empty()) {
        idle_.push_back(std::move(connection));
        return;
    }
    Waiter* next = waiters_.front();
    waiters_.pop_front();
    next->connection = std::move(connection);
    // Notified under the lock: a waiter that timed out has left the queue under it too, so
    // `next` is still waiting and alive.
    next->handedOver.notify_one();
}

} // namespace vitae::server::pg
