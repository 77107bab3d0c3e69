// The server's log: one JSON object per line on stdout, one per request and one per event,
// so that log shippers need no parsing rules. Lines are written whole under a lock.
#pragma once

#include <QJsonObject>

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace vitae::server {

enum class LogLevel { Debug, Info, Warning, Error };

struct RequestLogEntry {
    std::string requestId;
    std::optional<std::string> userId;
    std::string method;
    std::optional<std::string> route; // the pattern ("/api/users/me"); absent when none matched
    int status = 0;
    double durationMs = 0;
};

class JsonLog {
public:
    using Sink = std::function<void(std::string_view line)>;
    // Writes to stdout, flushing each line.
    JsonLog();
    explicit JsonLog(Sink sink);

    void request(const RequestLogEntry& entry);
    void event(LogLevel level, std::string_view event, QJsonObject fields = {});

private:
    void write(LogLevel level, QJsonObject fields);
    void writeLine(std::string line);

    Sink sink_;
    std::mutex mutex_;
};

// "2025-01-31T12:00:00.000Z"
QString isoUtc(std::chrono::system_clock::time_point time);
std::string isoUtcText(std::chrono::system_clock::time_point time);

} // namespace vitae::server
