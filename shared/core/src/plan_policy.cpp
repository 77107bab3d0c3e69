#include <vitae/core/plan_policy.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace vitae::core {

namespace {

// Largest integer a JSON number (an IEEE double) carries exactly everywhere.
constexpr std::int64_t maxJsonInteger = std::int64_t{1} << 53;

// The plan messages, under the one context lupdate files them in and the desktop looks
// them up by (tr() around QT_TRANSLATE_NOOP would hide them from lupdate).
struct PlanMessages {
    Q_DECLARE_TR_FUNCTIONS(vitae::PlanPolicy)
};

// True when `requested` more on top of `used` stays within `limit`. Usage already
// above the limit (a plan downgrade) fits nothing. Never overflows: `used` and
// `requested` are non-negative and `limit - used` is only computed when used <= limit.
bool fits(std::int64_t limit, std::int64_t used, std::int64_t requested) {
    if (used > limit) {
        return false;
    }
    return requested <= limit - used;
}

PlanDecision invalidRequest(std::int64_t used, std::int64_t requested) {
    return {PlanReason::InvalidRequest, std::nullopt, used, requested, {}};
}

// One quota check: allowed when the limit is absent or `requested` fits.
PlanDecision check(PlanReason denial, const Quota& limit, std::int64_t used,
                   std::int64_t requested) {
    if (used < 0 || requested < 0) {
        return invalidRequest(used, requested);
    }
    const bool ok = !limit || fits(*limit, used, requested);
    return {ok ? PlanReason::Allowed : denial, limit, used, requested, {}};
}

Quota remainingOf(const Quota& limit, std::int64_t used) {
    if (!limit) {
        return std::nullopt;
    }
    const std::int64_t counted = std::max<std::int64_t>(used, 0);
    return counted >= *limit ? 0 : *limit - counted;
}

void insertQuota(QJsonObject& json, QLatin1StringView key, const Quota& value) {
    if (value) {
        json.insert(key, QJsonValue(qint64{*value}));
    }
}

QString describeType(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Reads one optional quota: absent or null is unlimited; otherwise a non-negative
// integer no larger than 2^53. Returns false and says why in `error` otherwise.
bool readQuota(const QJsonObject& json, QLatin1StringView key, Quota& out, QString& error) {
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        out = std::nullopt;
        return true;
    }
    const QString name = QString(key);
    if (!value.isDouble()) {
        error = QStringLiteral("\"%1\" must be a non-negative integer or null, not %2")
                    .arg(name, describeType(value));
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number)) {
        error = QStringLiteral("\"%1\" must be an integer, not %2")
                    .arg(name, QString::number(number, 'g', 17));
        return false;
    }
    if (number < 0) {
        error = QStringLiteral("\"%1\" must not be negative, not %2")
                    .arg(name, QString::number(number, 'g', 17));
        return false;
    }
    const qint64 integer = value.toInteger(-1);
    if (integer < 0 || integer > maxJsonInteger) {
        error = QStringLiteral("\"%1\" must be at most 2^53 (%2), not %3")
                    .arg(name, QString::number(maxJsonInteger), QString::number(number, 'g', 17));
        return false;
    }
    out = integer;
    return true;
}

bool readTemplates(const QJsonObject& json, QLatin1StringView key, std::optional<QStringList>& out,
                   QString& error) {
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        out = std::nullopt;
        return true;
    }
    const QString name = QString(key);
    if (!value.isArray()) {
        error = QStringLiteral("\"%1\" must be an array of template ids or null, not %2")
                    .arg(name, describeType(value));
        return false;
    }
    const QJsonArray array = value.toArray();
    QStringList ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString() || item.toString().isEmpty()) {
            error =
                QStringLiteral("\"%1\"[%2] must be a non-empty string, not %3")
                    .arg(name, QString::number(i),
                         item.isString() ? QStringLiteral("an empty string") : describeType(item));
            return false;
        }
        ids.append(item.toString());
    }
    out = std::move(ids);
    return true;
}

constexpr QLatin1StringView keyMaxResumes("maxResumes");
constexpr QLatin1StringView keyMaxSectionsPerResume("maxSectionsPerResume");
constexpr QLatin1StringView keyMaxExportsPerDay("maxExportsPerDay");
constexpr QLatin1StringView keyMaxUploadBytesPerDay("maxUploadBytesPerDay");
constexpr QLatin1StringView keyMaxBulkApplyRecipientsPerDay("maxBulkApplyRecipientsPerDay");
constexpr QLatin1StringView keyExportRetentionDays("exportRetentionDays");
constexpr QLatin1StringView keyAllowedTemplates("allowedTemplates");

constexpr QLatin1StringView keyResumes("resumes");
constexpr QLatin1StringView keyExportsToday("exportsToday");
constexpr QLatin1StringView keyUploadBytesToday("uploadBytesToday");
constexpr QLatin1StringView keyBulkApplyRecipientsToday("bulkApplyRecipientsToday");

} // namespace

PlanRemaining remaining(const PlanLimit& limit, const PlanUsage& usage) {
    return {
        remainingOf(limit.maxResumes, usage.resumes),
        remainingOf(limit.maxExportsPerDay, usage.exportsToday),
        remainingOf(limit.maxUploadBytesPerDay, usage.uploadBytesToday),
        remainingOf(limit.maxBulkApplyRecipientsPerDay, usage.bulkApplyRecipientsToday),
    };
}

QString reasonCode(PlanReason reason) {
    switch (reason) {
    case PlanReason::Allowed:
        return QStringLiteral("allowed");
    case PlanReason::ResumeLimitReached:
        return QStringLiteral("plan.resume_limit_reached");
    case PlanReason::SectionLimitExceeded:
        return QStringLiteral("plan.section_limit_exceeded");
    case PlanReason::ExportLimitReached:
        return QStringLiteral("plan.export_limit_reached");
    case PlanReason::UploadBytesExceeded:
        return QStringLiteral("plan.upload_bytes_exceeded");
    case PlanReason::BulkApplyLimitExceeded:
        return QStringLiteral("plan.bulk_apply_limit_exceeded");
    case PlanReason::TemplateNotAllowed:
        return QStringLiteral("plan.template_not_allowed");
    case PlanReason::InvalidRequest:
        return QStringLiteral("plan.invalid_request");
    }
    return QStringLiteral("plan.invalid_request");
}

// A count that chooses a message's plural form ("allows 1 resume"): the limit, clamped to
// what tr()'s %n takes.
namespace {
int pluralCount(std::int64_t count) {
    return static_cast<int>(std::clamp<std::int64_t>(count, 0, std::numeric_limits<int>::max()));
}
} // namespace

QString reasonMessage(const PlanDecision& decision) {
    const QString used = QString::number(decision.used);
    const QString requested = QString::number(decision.requested);
    if (!decision.limit && decision.reason != PlanReason::Allowed &&
        decision.reason != PlanReason::TemplateNotAllowed &&
        decision.reason != PlanReason::InvalidRequest) {
        // A limit reached although the plan sets none: only a decision made by hand.
        return PlanMessages::tr("Your plan sets no limit here; %1 in use.").arg(used);
    }
    const QString limit = decision.limit ? QString::number(*decision.limit) : QString();
    const int n = pluralCount(decision.limit.value_or(0));
    switch (decision.reason) {
    case PlanReason::Allowed:
        return PlanMessages::tr("Your plan allows this.");
    case PlanReason::ResumeLimitReached:
        return PlanMessages::tr("Your plan allows %n resumes and you already have %1.", nullptr, n)
            .arg(used);
    case PlanReason::SectionLimitExceeded:
        return PlanMessages::tr("This resume shows %1 sections, but at most %n are allowed.",
                                nullptr, n)
            .arg(requested);
    case PlanReason::ExportLimitReached:
        return PlanMessages::tr("Your plan allows %n exports per day and "
                                "you have already exported %1 today.",
                                nullptr, n)
            .arg(used);
    case PlanReason::UploadBytesExceeded:
        return PlanMessages::tr("This export of %1 bytes would exceed your plan's daily upload "
                                "limit of %2 bytes; %3 bytes have been used today.")
            .arg(requested, limit, used);
    case PlanReason::BulkApplyLimitExceeded:
        return PlanMessages::tr("Sending to %1 recipients would exceed your plan's daily limit "
                                "of %n recipients; %2 have been used today.",
                                nullptr, n)
            .arg(requested, used);
    case PlanReason::TemplateNotAllowed:
        return PlanMessages::tr("The template \"%1\" is not included in your plan.")
            .arg(decision.subject);
    case PlanReason::InvalidRequest:
        break;
    }
    // Quote the offending number: the request, else the usage, else the limit.
    QString negative = requested;
    if (decision.requested >= 0) {
        negative = decision.used < 0 || !decision.limit ? used : limit;
    }
    return PlanMessages::tr("The request is invalid: a count or size of %1 cannot be "
                            "negative.")
        .arg(negative);
}

QJsonObject toJson(const PlanDecision& decision) {
    QJsonObject json;
    json.insert(QLatin1StringView("code"), reasonCode(decision.reason));
    insertQuota(json, QLatin1StringView("limit"), decision.limit);
    json.insert(QLatin1StringView("used"), QJsonValue(qint64{decision.used}));
    json.insert(QLatin1StringView("requested"), QJsonValue(qint64{decision.requested}));
    if (!decision.subject.isEmpty()) {
        json.insert(QLatin1StringView("subject"), decision.subject);
    }
    return json;
}

PlanDecision decideCreateResume(const PlanLimit& limit, const PlanUsage& usage) {
    return check(PlanReason::ResumeLimitReached, limit.maxResumes, usage.resumes, 1);
}

PlanDecision decideSaveSections(const PlanLimit& limit, std::int64_t shownSections,
                                std::int64_t globalMax) {
    if (shownSections < 0) {
        return invalidRequest(shownSections, shownSections);
    }
    if (globalMax < 0) { // a misconfigured caller: refused, with the bad limit to quote
        return {PlanReason::InvalidRequest, globalMax, shownSections, shownSections, {}};
    }
    const std::int64_t effective =
        limit.maxSectionsPerResume ? std::min(globalMax, *limit.maxSectionsPerResume) : globalMax;
    const PlanReason reason =
        shownSections > effective ? PlanReason::SectionLimitExceeded : PlanReason::Allowed;
    return {reason, effective, shownSections, shownSections, {}};
}

PlanDecision decideExport(const PlanLimit& limit, const PlanUsage& usage, std::int64_t bytes) {
    if (usage.exportsToday < 0) {
        return invalidRequest(usage.exportsToday, 1);
    }
    if (bytes < 0 || usage.uploadBytesToday < 0) {
        return invalidRequest(usage.uploadBytesToday, bytes);
    }
    PlanDecision count =
        check(PlanReason::ExportLimitReached, limit.maxExportsPerDay, usage.exportsToday, 1);
    if (!count.allowed()) {
        return count;
    }
    PlanDecision size = check(PlanReason::UploadBytesExceeded, limit.maxUploadBytesPerDay,
                              usage.uploadBytesToday, bytes);
    if (!size.allowed()) {
        return size;
    }
    // Allowed: report the count check, the one every export is counted against.
    return count;
}

PlanDecision decideBulkApply(const PlanLimit& limit, const PlanUsage& usage,
                             std::int64_t recipients) {
    return check(PlanReason::BulkApplyLimitExceeded, limit.maxBulkApplyRecipientsPerDay,
                 usage.bulkApplyRecipientsToday, recipients);
}

PlanDecision decideUseTemplate(const PlanLimit& limit, const QString& templateId) {
    const bool ok = !limit.allowedTemplates || limit.allowedTemplates->contains(templateId);
    return {ok ? PlanReason::Allowed : PlanReason::TemplateNotAllowed, std::nullopt, 0, 0,
            templateId};
}

PlanDecision decideUpdateSections(const PlanLimit& limit, std::int64_t shownBefore,
                                  std::int64_t shownAfter, std::int64_t globalMax) {
    if (shownBefore < 0) {
        return invalidRequest(shownBefore, shownAfter);
    }
    PlanDecision decision = decideSaveSections(limit, shownAfter, globalMax);
    decision.used = shownBefore;
    if (decision.reason == PlanReason::SectionLimitExceeded && shownAfter <= shownBefore) {
        decision.reason = PlanReason::Allowed; // kept or lowered, not raised
    }
    return decision;
}

PlanDecision decideUpdateTemplate(const PlanLimit& limit, const QStringList& templatesBefore,
                                  const QString& templateId) {
    PlanDecision decision = decideUseTemplate(limit, templateId);
    if (!decision.allowed() && templatesBefore.contains(templateId)) {
        decision.reason = PlanReason::Allowed; // kept, not switched to
    }
    return decision;
}

QJsonObject toJson(const PlanLimit& limit) {
    QJsonObject json;
    insertQuota(json, keyMaxResumes, limit.maxResumes);
    insertQuota(json, keyMaxSectionsPerResume, limit.maxSectionsPerResume);
    insertQuota(json, keyMaxExportsPerDay, limit.maxExportsPerDay);
    insertQuota(json, keyMaxUploadBytesPerDay, limit.maxUploadBytesPerDay);
    insertQuota(json, keyMaxBulkApplyRecipientsPerDay, limit.maxBulkApplyRecipientsPerDay);
    insertQuota(json, keyExportRetentionDays, limit.exportRetentionDays);
    if (limit.allowedTemplates) {
        json.insert(keyAllowedTemplates, QJsonArray::fromStringList(*limit.allowedTemplates));
    }
    return json;
}

std::optional<PlanLimit> planLimitFromJson(const QJsonObject& json, QString* error) {
    PlanLimit limit;
    QString reason;
    const bool ok = readQuota(json, keyMaxResumes, limit.maxResumes, reason) &&
                    readQuota(json, keyMaxSectionsPerResume, limit.maxSectionsPerResume, reason) &&
                    readQuota(json, keyMaxExportsPerDay, limit.maxExportsPerDay, reason) &&
                    readQuota(json, keyMaxUploadBytesPerDay, limit.maxUploadBytesPerDay, reason) &&
                    readQuota(json, keyMaxBulkApplyRecipientsPerDay,
                              limit.maxBulkApplyRecipientsPerDay, reason) &&
                    readQuota(json, keyExportRetentionDays, limit.exportRetentionDays, reason) &&
                    readTemplates(json, keyAllowedTemplates, limit.allowedTemplates, reason);
    if (!ok) {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    }
    return limit;
}

QJsonObject toJson(const PlanUsage& usage) {
    QJsonObject json;
    json.insert(keyResumes, QJsonValue(qint64{usage.resumes}));
    json.insert(keyExportsToday, QJsonValue(qint64{usage.exportsToday}));
    json.insert(keyUploadBytesToday, QJsonValue(qint64{usage.uploadBytesToday}));
    json.insert(keyBulkApplyRecipientsToday, QJsonValue(qint64{usage.bulkApplyRecipientsToday}));
    return json;
}

QJsonObject toJson(const PlanRemaining& remaining) {
    QJsonObject json;
    insertQuota(json, keyResumes, remaining.resumes);
    insertQuota(json, keyExportsToday, remaining.exportsToday);
    insertQuota(json, keyUploadBytesToday, remaining.uploadBytesToday);
    insertQuota(json, keyBulkApplyRecipientsToday, remaining.bulkApplyRecipientsToday);
    return json;
}

} // namespace vitae::core
