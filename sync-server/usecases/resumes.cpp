#include "usecases/resumes.h"

#include "usecases/plans.h"

#include <vitae/core/library_rules.h>
#include <vitae/core/plan_policy.h>

namespace vitae::server {
namespace {

Error notFound() {
    return {ErrorKind::NotFound, "No such resume."};
}

// Whoever holds the id (another account, a deleted resume), the answer is the same.
Error idInUse() {
    return {ErrorKind::Conflict,
            "A resume with this id exists already with other content; choose another id."};
}

Error versionMismatch() {
    return {ErrorKind::PreconditionFailed,
            "The resume has changed since the version named in If-Match; the current copy is "
            "in details.current.",
            {},
            "version_mismatch"};
}

Error preconditionRequired() {
    return {ErrorKind::PreconditionRequired,
            "Send If-Match with the ETag of the version this replaces."};
}

} // namespace

ListResumes::ListResumes(ResumeRepository& resumes)
    : resumes_(resumes) {}

std::vector<ResumeSummary> ListResumes::run(const UserId& user) {
    return resumes_.listLive(user);
}

std::vector<StoredResume> ListResumes::runWithData(const UserId& user) {
    return resumes_.listLiveWithData(user);
}

GetResume::GetResume(ResumeRepository& resumes)
    : resumes_(resumes) {}

Result<StoredResume> GetResume::run(const UserId& user, const std::string& id) {
    const std::optional<ResumeId> resumeId = resumeIdFrom(id);
    if (!resumeId)
        return notFound();
    std::optional<StoredResume> resume = resumes_.findLive(user, *resumeId);
    if (!resume)
        return notFound();
    return std::move(*resume);
}

CreateResume::CreateResume(ResumeRepository& resumes, PlanRepository& plans, const Clock& clock,
                           ResumeRules rules)
    : resumes_(resumes)
    , plans_(plans)
    , clock_(clock)
    , rules_(rules) {}

Result<CreatedResume> CreateResume::run(const UserId& user, const ResumeDraft& draft) {
    const Plan plan = plans_.planOf(user);
    const Result<ResumeContent> content = acceptContent(draft, plan.limits, rules_);
    if (!content)
        return content.error();
    const std::optional<ResumeId> id = draft.id ? resumeIdFrom(*draft.id) : std::nullopt;
    const TimePoint now = clock_.now();
    std::optional<CreatedResume> created;
    const Result<Done> written =
        resumes_.write(user, [&](LibraryTransaction& library) -> Result<Done> {
            if (id) {
                if (std::optional<StoredResume> existing = library.findLive(*id)) {
                    if (existing->content() != content.value())
                        return idInUse();
                    created = CreatedResume{std::move(*existing), false};
                    return Done{};
                }
            }
            const QList<core::LibraryEntry> live = library.liveEntries();
            core::PlanUsage usage;
            usage.resumes = live.size();
            const core::PlanDecision decision = core::decideCreateResume(plan.limits, usage);
            if (!decision.allowed())
                return planDenied(decision);
            std::optional<StoredResume> inserted =
                library.insert(id, content.value(), core::becomesDefaultOnCreate(live.size()), now);
            if (!inserted)
                return idInUse();
            created = CreatedResume{std::move(*inserted), true};
            return Done{};
        });
    if (!written)
        return written.error();
    return std::move(*created);
}

UpdateResume::UpdateResume(ResumeRepository& resumes, PlanRepository& plans, const Clock& clock,
                           ResumeRules rules)
    : resumes_(resumes)
    , plans_(plans)
    , clock_(clock)
    , rules_(rules) {}

GuardedWrite<StoredResume> UpdateResume::run(const UserId& user, const std::string& id,
                                             const std::optional<VersionPrecondition>& precondition,
                                             const ResumeDraft& draft) {
    if (!precondition)
        return {preconditionRequired()};
    const std::optional<ResumeId> resumeId = resumeIdFrom(id);
    if (!resumeId)
        return {notFound()};
    const Plan plan = plans_.planOf(user);
    const TimePoint now = clock_.now();
    std::optional<StoredResume> updated;
    std::optional<StoredResume> current;
    const Result<Done> written =
        resumes_.write(user, [&](LibraryTransaction& library) -> Result<Done> {
            std::optional<StoredResume> existing = library.findLive(*resumeId);
            if (!existing)
                return notFound();
            if (!precondition->matches(existing->summary.version)) {
                current = std::move(existing);
                return versionMismatch();
            }
            // Judged against the copy it replaces, locked here: after a downgrade an update may
            // keep what the plan no longer allows (plan_policy.h).
            const Result<ResumeContent> content =
                acceptContent(draft, plan.limits, rules_, replacedContentOf(existing->content()));
            if (!content)
                return content.error();
            updated = library.replaceContent(*resumeId, content.value(), now);
            return Done{};
        });
    if (!written)
        return {written.error(), std::move(current)};
    return {std::move(*updated)};
}

DeleteResume::DeleteResume(ResumeRepository& resumes, const Clock& clock)
    : resumes_(resumes)
    , clock_(clock) {}

GuardedWrite<Done> DeleteResume::run(const UserId& user, const std::string& id,
                                     const std::optional<VersionPrecondition>& precondition) {
    const std::optional<ResumeId> resumeId = resumeIdFrom(id);
    if (!resumeId)
        return {notFound()};
    const TimePoint now = clock_.now();
    std::optional<StoredResume> current;
    const Result<Done> written =
        resumes_.write(user, [&](LibraryTransaction& library) -> Result<Done> {
            std::optional<StoredResume> existing = library.findLive(*resumeId);
            if (!existing)
                return notFound();
            if (precondition && !precondition->matches(existing->summary.version)) {
                current = std::move(existing);
                return versionMismatch();
            }
            // Chosen while the deleted resume still counts as live, as the rule expects.
            const std::optional<QString> successor = core::defaultAfterDeleting(
                library.liveEntries(), QString::fromStdString(*resumeId));
            library.markDeleted(*resumeId, now);
            if (successor)
                library.setDefault(successor->toStdString(), true);
            return Done{};
        });
    return {written, std::move(current)};
}

MakeDefaultResume::MakeDefaultResume(ResumeRepository& resumes)
    : resumes_(resumes) {}

Result<StoredResume> MakeDefaultResume::run(const UserId& user, const std::string& id) {
    const std::optional<ResumeId> resumeId = resumeIdFrom(id);
    if (!resumeId)
        return notFound();
    std::optional<StoredResume> result;
    const Result<Done> written =
        resumes_.write(user, [&](LibraryTransaction& library) -> Result<Done> {
            std::optional<StoredResume> target = library.findLive(*resumeId);
            if (!target)
                return notFound();
            if (target->summary.isDefault) {
                result = std::move(target);
                return Done{};
            }
            // The old default goes first: the database allows one live default at any moment.
            for (const core::LibraryEntry& entry : library.liveEntries()) {
                if (entry.isDefault)
                    library.setDefault(entry.id.toStdString(), false);
            }
            result = library.setDefault(*resumeId, true);
            return Done{};
        });
    if (!written)
        return written.error();
    return std::move(*result);
}

} // namespace vitae::server
