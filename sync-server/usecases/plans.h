// Plans as clients see them: the plans on offer, the templates and whether the caller's plan
// includes each, and an account's usage against its plan's limits for today (UTC). Also how a
// denial of the shared plan policy becomes an error, for every use case that asks it.
#pragma once

#include "domain/errors.h"
#include "domain/plan.h"
#include "usecases/ports.h"

#include <vitae/core/plan_policy.h>
#include <vitae/core/template_catalogue.h>

#include <optional>
#include <vector>

namespace vitae::server {

// Forbidden with the policy's stable code ("plan.resume_limit_reached", ...), its translated
// message and details {limit (null: unlimited), usage, requested, templateId?}.
Error planDenied(const core::PlanDecision& decision);

class ListPlans {
public:
    explicit ListPlans(PlanRepository& plans);
    std::vector<Plan> run();

private:
    PlanRepository& plans_;
};

struct TemplateOffer {
    core::TemplateInfo info;
    std::optional<bool> allowed; // for the caller's plan; absent when nobody is signed in
};

class ListTemplates {
public:
    explicit ListTemplates(PlanRepository& plans);
    // The built-in catalogue, in its order.
    std::vector<TemplateOffer> run(const std::optional<UserId>& user);

private:
    PlanRepository& plans_;
};

struct PlanUsageReport {
    Plan plan;
    core::PlanUsage usage;
    core::PlanRemaining remaining;
    TimePoint resetsAt; // when the daily counters start again: the next 00:00 UTC
};

class GetPlanUsage {
public:
    GetPlanUsage(PlanRepository& plans, ResumeRepository& resumes, UsageCounters& counters,
                 const Clock& clock);
    PlanUsageReport run(const UserId& user);

private:
    PlanRepository& plans_;
    ResumeRepository& resumes_;
    UsageCounters& counters_;
    const Clock& clock_;
};

} // namespace vitae::server
