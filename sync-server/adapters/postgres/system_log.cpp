#include "adapters/postgres/system_log.h"

#include "adapters/log/json_log.h"

#include <QJsonDocument>

namespace vitae::server::pg {
namespace {

constexpr Statement kInsert{"system_logs_insert", R"sql(
    INSERT INTO system_logs (level, event, details, user_id) VALUES ($1, $2, $3::jsonb, $4::uuid)
)sql"};

LogLevel logLevel(EventLevel level) {
    switch (level) {
    case EventLevel::Info:
        return LogLevel::Info;
    case EventLevel::Warning:
        return LogLevel::Warning;
    case EventLevel::Error:
        return LogLevel::Error;
    }
    return LogLevel::Info;
}

// The values of system_logs.level's CHECK constraint.
const char* columnLevel(EventLevel level) {
    switch (level) {
    case EventLevel::Info:
        return "info";
    case EventLevel::Warning:
        return "warning";
    case EventLevel::Error:
        return "error";
    }
    return "info";
}

} // namespace

PgSystemLog::PgSystemLog(ConnectionPool& pool, JsonLog& log)
    : pool_(pool)
    , log_(log) {}

void PgSystemLog::record(const SystemEvent& event) {
    QJsonObject line = event.details;
    if (event.userId)
        line.insert(QStringLiteral("userId"), QString::fromStdString(*event.userId));
    log_.event(logLevel(event.level), event.name, line);
    const std::string details =
        QJsonDocument(event.details).toJson(QJsonDocument::Compact).toStdString();
    try {
        // Not retried: a row written twice would say the event happened twice.
        pool_.run([&](Connection& connection) {
            connection.exec(kInsert, {columnLevel(event.level), event.name, details, event.userId});
        });
    } catch (const std::exception& error) {
        log_.event(LogLevel::Warning, "system_log_write_failed",
                   {{QStringLiteral("failedEvent"), QString::fromStdString(event.name)},
                    {QStringLiteral("reason"), QString::fromUtf8(error.what())}});
    }
}

} // namespace vitae::server::pg
