#include "adapters/log/json_log.h"

#include "adapters/json/json_writer.h"

#include <QJsonDocument>

#include <cstdio>

namespace vitae::server {
namespace {

std::string_view levelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

} // namespace

// Digits written by hand: this runs for every request's log line and every resume's two
// times, where snprintf was a tenth of the cost of the cheapest request.
std::string isoUtcText(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    const auto ms = floor<milliseconds>(time);
    const auto day = floor<days>(ms);
    const year_month_day date{day};
    const hh_mm_ss clock{ms - day};
    std::string text = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](std::size_t end, long long value, int digits) {
        for (int i = 1; i <= digits; ++i, value /= 10)
            text[end - static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(4, int{date.year()}, 4); // years 0 to 9999, as ISO 8601 without an extension
    put(7, unsigned{date.month()}, 2);
    put(10, unsigned{date.day()}, 2);
    put(13, clock.hours().count(), 2);
    put(16, clock.minutes().count(), 2);
    put(19, clock.seconds().count(), 2);
    put(23, clock.subseconds().count(), 3);
    return text;
}

QString isoUtc(std::chrono::system_clock::time_point time) {
    return QString::fromStdString(isoUtcText(time));
}

JsonLog::JsonLog()
    : sink_([](std::string_view line) {
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout);
    }) {}

JsonLog::JsonLog(Sink sink)
    : sink_(std::move(sink)) {}

// Written by hand, not through a QJsonObject: it is one line per request, and building the
// object, formatting the time with QDateTime and serialising cost more than the cheapest
// requests themselves (docs/PERFORMANCE.md, step 4).
void JsonLog::request(const RequestLogEntry& entry) {
    const LogLevel level = entry.status >= 500 ? LogLevel::Error : LogLevel::Info;
    JsonWriter json(256);
    json.beginObject();
    json.key("ts").string(isoUtcText(std::chrono::system_clock::now()));
    json.key("level").string(levelName(level));
    json.key("event").string("request");
    json.key("requestId").string(entry.requestId);
    json.key("userId").optionalString(entry.userId);
    json.key("method").string(entry.method);
    json.key("route").optionalString(entry.route);
    json.key("status").integer(entry.status);
    json.key("durationMs").fixed(entry.durationMs, 3);
    json.endObject();
    writeLine(json.take());
}

void JsonLog::event(LogLevel level, std::string_view event, QJsonObject fields) {
    fields.insert(QStringLiteral("event"),
                  QString::fromUtf8(event.data(), qsizetype(event.size())));
    write(level, std::move(fields));
}

void JsonLog::write(LogLevel level, QJsonObject fields) {
    fields.insert(QStringLiteral("ts"), isoUtc(std::chrono::system_clock::now()));
    const std::string_view levelText = levelName(level);
    fields.insert(QStringLiteral("level"),
                  QLatin1StringView(levelText.data(), static_cast<qsizetype>(levelText.size())));
    writeLine(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
}

void JsonLog::writeLine(std::string line) {
    line += '\n';
    const std::lock_guard lock(mutex_);
    sink_(line);
}

} // namespace vitae::server
