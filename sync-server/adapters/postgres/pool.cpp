#include "adapters/postgres/pool.h"

#include <algorithm>

namespace vitae::server::pg {
namespace {

// The connection this thread was lent last. Lending it again when it is idle keeps a request
// thread talking to one PostgreSQL backend, as a client does with its own: the kernel then keeps
// the pair on one core, where a wake-up is cheap and caches stay warm.
thread_local const Connection* lastLent = nullptr;

} // namespace

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

ConnectionPool::Lease ConnectionPool::acquire(std::optional<std::chrono::milliseconds> timeout) {
    // Connecting happens outside the lock: one slow connect must not stall the other threads.
    Lease lease(*this, take(timeout.value_or(settings_.acquireTimeout)));
    lastLent = &*lease;
    if (!lease->ensureConnected())
        throw ServiceUnavailable("cannot reach PostgreSQL: " + lease->lastError());
    return lease;
}

std::unique_ptr<Connection> ConnectionPool::take(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!waiters_.empty())
        return waitForOne(lock, timeout);
    if (!idle_.empty())
        return takeIdle();
    if (created_ < settings_.size) {
        ++created_;
        return std::make_unique<Connection>(settings_.conninfo);
    }
    return waitForOne(lock, timeout);
}

std::unique_ptr<Connection> ConnectionPool::takeIdle() {
    auto chosen = std::find_if(idle_.begin(), idle_.end(),
                               [](const auto& idle) { return idle.get() == lastLent; });
    if (chosen == idle_.end())
        chosen = std::prev(idle_.end()); // the last given back
    std::unique_ptr<Connection> connection = std::move(*chosen);
    idle_.erase(chosen);
    return connection;
}

std::unique_ptr<Connection> ConnectionPool::waitForOne(std::unique_lock<std::mutex>& lock,
                                                       std::chrono::milliseconds timeout) {
    Waiter waiter;
    waiters_.push_back(&waiter);
    if (!waiter.handedOver.wait_for(lock, timeout,
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
