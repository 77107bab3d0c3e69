// Daily usage counters in PostgreSQL (table daily_usage, one row per account and UTC day).
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgUsageCounters : public UsageCounters {
public:
    explicit PgUsageCounters(ConnectionPool& pool);
    DailyUsage on(const UserId& user, const std::string& utcDay) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
