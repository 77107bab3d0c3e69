#include "usecases/plans.h"

namespace vitae::server {

Error planDenied(const core::PlanDecision& decision) {
    QJsonObject details{{QStringLiteral("limit"), decision.limit
                                                      ? QJsonValue(qint64{*decision.limit})
                                                      : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("usage"), qint64{decision.used}},
                        {QStringLiteral("requested"), qint64{decision.requested}}};
    if (!decision.subject.isEmpty())
        details.insert(QStringLiteral("templateId"), decision.subject);
    return {ErrorKind::Forbidden, core::reasonMessage(decision).toStdString(), details,
            core::reasonCode(decision.reason).toStdString()};
}

ListPlans::ListPlans(PlanRepository& plans)
    : plans_(plans) {}

std::vector<Plan> ListPlans::run() {
    return plans_.all();
}

ListTemplates::ListTemplates(PlanRepository& plans)
    : plans_(plans) {}

std::vector<TemplateOffer> ListTemplates::run(const std::optional<UserId>& user) {
    const std::optional<Plan> plan = user ? std::optional(plans_.planOf(*user)) : std::nullopt;
    std::vector<TemplateOffer> offers;
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates()) {
        std::optional<bool> allowed;
        if (plan)
            allowed = core::decideUseTemplate(plan->limits, info.id).allowed();
        offers.push_back({info, allowed});
    }
    return offers;
}

GetPlanUsage::GetPlanUsage(PlanRepository& plans, ResumeRepository& resumes,
                           UsageCounters& counters, const Clock& clock)
    : plans_(plans)
    , resumes_(resumes)
    , counters_(counters)
    , clock_(clock) {}

PlanUsageReport GetPlanUsage::run(const UserId& user) {
    const TimePoint now = clock_.now();
    Plan plan = plans_.planOf(user);
    const DailyUsage today = counters_.on(user, utcDay(now));
    const core::PlanUsage usage{resumes_.countLive(user), today.exports, today.uploadBytes,
                                today.bulkApplyRecipients};
    const core::PlanRemaining remaining = core::remaining(plan.limits, usage);
    return {std::move(plan), usage, remaining, nextUtcMidnight(now)};
}

} // namespace vitae::server
