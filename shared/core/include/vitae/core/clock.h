// Time as a port: use cases ask a Clock for "now", so tests of expiry, daily counters
// and "most recently updated" set the time instead of sleeping.
#pragma once

#include <QDateTime>

namespace vitae::core {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests, and for replaying logs.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : now_(std::move(start)) {}
    QDateTime now() const override { return now_; }
    void set(QDateTime time) { now_ = std::move(time); }
    void advanceMs(qint64 ms) { now_ = now_.addMSecs(ms); }

private:
    QDateTime now_;
};

} // namespace vitae::core
