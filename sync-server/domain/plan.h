// A subscription plan as the server offers it: a code, a name and the shared core's
// PlanLimit; an account's counters for one UTC day; and the day arithmetic they reset by.
#pragma once

#include "domain/user.h"

#include <vitae/core/plan_policy.h>

#include <cstdint>
#include <string>

namespace vitae::server {

struct Plan {
    std::string code; // "free", "pro"
    std::string name;
    core::PlanLimit limits;

    bool operator==(const Plan&) const = default;
};

// What an account used on one UTC day (exports, uploads and bulk applications count here).
struct DailyUsage {
    std::int64_t exports = 0;
    std::int64_t uploadBytes = 0;
    std::int64_t bulkApplyRecipients = 0;

    bool operator==(const DailyUsage&) const = default;
};

// "2025-01-31": the UTC day `time` falls on, the key of daily counters.
std::string utcDay(TimePoint time);
// 00:00 UTC of the day after `time`'s: when today's counters stop counting.
TimePoint nextUtcMidnight(TimePoint time);

} // namespace vitae::server
