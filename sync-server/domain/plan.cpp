#include "domain/plan.h"

#include <chrono>
#include <cstdio>

namespace vitae::server {

std::string utcDay(TimePoint time) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(time)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

TimePoint nextUtcMidnight(TimePoint time) {
    return std::chrono::floor<std::chrono::days>(time) + std::chrono::days(1);
}

} // namespace vitae::server
