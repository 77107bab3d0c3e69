// Plan limits and the decisions they imply. One PlanLimit describes what a
// subscription plan allows (an absent number means unlimited); the decision
// functions say allow or deny with a stable reason and the numbers behind it.
// The server enforces these and the desktop shows them; nobody re-derives a limit.
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace vitae::core {

using Quota = std::optional<std::int64_t>; // absent: unlimited

struct PlanLimit {
    Quota maxResumes;
    Quota maxSectionsPerResume;
    Quota maxExportsPerDay;
    Quota maxUploadBytesPerDay;
    Quota maxBulkApplyRecipientsPerDay;
    Quota exportRetentionDays;
    std::optional<QStringList> allowedTemplates; // absent: every template

    bool operator==(const PlanLimit&) const = default;
};

// What an account has used: resumes it holds, and today's counters (UTC day).
struct PlanUsage {
    std::int64_t resumes = 0;
    std::int64_t exportsToday = 0;
    std::int64_t uploadBytesToday = 0;
    std::int64_t bulkApplyRecipientsToday = 0;

    bool operator==(const PlanUsage&) const = default;
};

// limit - usage, never below zero; absent where the limit is absent.
struct PlanRemaining {
    Quota resumes;
    Quota exportsToday;
    Quota uploadBytesToday;
    Quota bulkApplyRecipientsToday;

    bool operator==(const PlanRemaining&) const = default;
};

PlanRemaining remaining(const PlanLimit& limit, const PlanUsage& usage);

enum class PlanReason {
    Allowed,
    ResumeLimitReached,
    SectionLimitExceeded,
    ExportLimitReached,
    UploadBytesExceeded,
    BulkApplyLimitExceeded,
    TemplateNotAllowed,
    InvalidRequest, // a negative count or size: a caller's bug, refused rather than allowed
};

struct PlanDecision {
    PlanReason reason = PlanReason::Allowed;
    Quota limit;           // the limit that decided; absent when none applied
    std::int64_t used = 0; // usage counted against it before this request
    std::int64_t requested = 0;
    QString subject; // the template id for template decisions

    bool allowed() const { return reason == PlanReason::Allowed; }
    bool operator==(const PlanDecision&) const = default;
};

// "plan.resume_limit_reached", ...: stable names for API errors and logs.
QString reasonCode(PlanReason reason);
QString reasonMessage(const PlanDecision& decision); // translated
// {"code","limit","used","requested","subject"?} for error details.
QJsonObject toJson(const PlanDecision& decision);

PlanDecision decideCreateResume(const PlanLimit& limit, const PlanUsage& usage);
// `shownSections` counts visible, non-empty sections (sections.h); `globalMax` is
// VITAE_MAX_RESUME_SECTIONS. The lower of it and the plan's limit decides.
PlanDecision decideSaveSections(const PlanLimit& limit, std::int64_t shownSections,
                                std::int64_t globalMax);
// One export of `bytes` bytes: counts against exports per day and upload bytes per day.
PlanDecision decideExport(const PlanLimit& limit, const PlanUsage& usage, std::int64_t bytes);
PlanDecision decideBulkApply(const PlanLimit& limit, const PlanUsage& usage,
                             std::int64_t recipients);
PlanDecision decideUseTemplate(const PlanLimit& limit, const QString& templateId);

// Updating a stored resume. After a downgrade nobody is locked out of what they have: an
// update may keep, or lower, a shown-section count already above the cap (only raising the
// count above it is denied; `used` is the stored copy's count), and may keep a template the
// plan no longer includes (only switching to one outside the plan is denied;
// `templatesBefore` are the templates the stored copy uses). Creating a resume is decided by
// decideSaveSections and decideUseTemplate alone.
PlanDecision decideUpdateSections(const PlanLimit& limit, std::int64_t shownBefore,
                                  std::int64_t shownAfter, std::int64_t globalMax);
PlanDecision decideUpdateTemplate(const PlanLimit& limit, const QStringList& templatesBefore,
                                  const QString& templateId);

// JSON shapes of the API: {"maxResumes":3,...,"allowedTemplates":[...]}; absent keys are
// unlimited. Parsing refuses negative numbers and wrong types with a reason.
QJsonObject toJson(const PlanLimit& limit);
std::optional<PlanLimit> planLimitFromJson(const QJsonObject& json, QString* error = nullptr);
QJsonObject toJson(const PlanUsage& usage);
QJsonObject toJson(const PlanRemaining& remaining);

} // namespace vitae::core
