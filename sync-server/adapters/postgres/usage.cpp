#include "adapters/postgres/usage.h"

namespace vitae::server::pg {
namespace {

constexpr Statement kOn{"usage_on", R"sql(
    SELECT exports, upload_bytes, bulk_apply_recipients
    FROM daily_usage
    WHERE user_id = $1 AND day = $2::date
)sql"};

} // namespace

PgUsageCounters::PgUsageCounters(ConnectionPool& pool)
    : pool_(pool) {}

DailyUsage PgUsageCounters::on(const UserId& user, const std::string& utcDay) {
    return pool_.run(
        [&](Connection& connection) {
            const Rows rows = connection.exec(kOn, {user, utcDay});
            if (rows.rows() == 0)
                return DailyUsage{};
            return DailyUsage{rows.integer(0, 0), rows.integer(0, 1), rows.integer(0, 2)};
        },
        Retry::Once);
}

} // namespace vitae::server::pg
