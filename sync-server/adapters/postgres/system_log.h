// The operators' event log: each event becomes a JSON line on stdout (like every other log
// line) and a row of system_logs, which outlives the process and is shared by every server.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server {
class JsonLog;
}

namespace vitae::server::pg {

class PgSystemLog : public SystemEventLog {
public:
    PgSystemLog(ConnectionPool& pool, JsonLog& log);
    // When the row cannot be written (PostgreSQL down, schema not migrated yet), the stdout
    // line still is, followed by a "system_log_write_failed" line saying why.
    void record(const SystemEvent& event) override;

private:
    ConnectionPool& pool_;
    JsonLog& log_;
};

} // namespace vitae::server::pg
