#include "adapters/log/json_log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace vitae::server {
namespace {

QString levelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QJsonValue optionalString(const std::optional<std::string>& value) {
    return value ? QJsonValue(QString::fromStdString(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString isoUtc(std::chrono::system_clock::time_point time) {
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

JsonLog::JsonLog()
    : sink_([](std::string_view line) {
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout);
    }) {}

JsonLog::JsonLog(Sink sink)
    : sink_(std::move(sink)) {}

void JsonLog::request(const RequestLogEntry& entry) {
    const LogLevel level = entry.status >= 500 ? LogLevel::Error : LogLevel::Info;
    write(level, {{QStringLiteral("event"), QStringLiteral("request")},
                  {QStringLiteral("requestId"), QString::fromStdString(entry.requestId)},
                  {QStringLiteral("userId"), optionalString(entry.userId)},
                  {QStringLiteral("method"), QString::fromStdString(entry.method)},
                  {QStringLiteral("route"), optionalString(entry.route)},
                  {QStringLiteral("status"), entry.status},
                  {QStringLiteral("durationMs"), qRound(entry.durationMs * 1000) / 1000.0}});
}

void JsonLog::event(LogLevel level, std::string_view event, QJsonObject fields) {
    fields.insert(QStringLiteral("event"),
                  QString::fromUtf8(event.data(), qsizetype(event.size())));
    write(level, std::move(fields));
}

void JsonLog::write(LogLevel level, QJsonObject fields) {
    fields.insert(QStringLiteral("ts"), isoUtc(std::chrono::system_clock::now()));
    fields.insert(QStringLiteral("level"), levelName(level));
    QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    line.append('\n');
    const std::lock_guard lock(mutex_);
    sink_(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
}

} // namespace vitae::server
