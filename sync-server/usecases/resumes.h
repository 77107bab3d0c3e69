// The resume use cases: list, read, create, replace, delete and make default. Their rules come
// from shared/core (resumes_content.h for what may be stored, the plan policy for how many,
// core/library_rules.h for which one is the default); the repository makes each write one
// transaction with the account's library locked, logged for sync in that transaction.
#pragma once

#include "domain/errors.h"
#include "domain/resume.h"
#include "usecases/ports.h"
#include "usecases/resumes_content.h"

#include <optional>
#include <string>
#include <vector>

namespace vitae::server {

// A conditional write's answer. On a stale If-Match (PreconditionFailed, code
// "version_mismatch") `current` holds the server's copy, for the client to merge with.
template <class T>
struct GuardedWrite {
    Result<T> result;
    std::optional<StoredResume> current = std::nullopt;
};

class ListResumes {
public:
    explicit ListResumes(ResumeRepository& resumes);
    // Live resumes, most recently updated first.
    std::vector<ResumeSummary> run(const UserId& user);
    std::vector<StoredResume> runWithData(const UserId& user);

private:
    ResumeRepository& resumes_;
};

class GetResume {
public:
    explicit GetResume(ResumeRepository& resumes);
    // NotFound for a malformed, unknown, deleted or another account's id: all look alike.
    Result<StoredResume> run(const UserId& user, const std::string& id);

private:
    ResumeRepository& resumes_;
};

struct CreatedResume {
    StoredResume resume;
    bool created = true; // false: a retry of a create that had succeeded
};

class CreateResume {
public:
    CreateResume(ResumeRepository& resumes, PlanRepository& plans, const Clock& clock,
                 ResumeRules rules);
    // A draft with the id of this account's live resume and the same content is a retry: the
    // existing resume, created false. Conflict for an id in use otherwise (another account's,
    // a deleted one, other content). Forbidden (plan.*) or ValidationFailed (acceptContent).
    // The account's first resume becomes its default.
    Result<CreatedResume> run(const UserId& user, const ResumeDraft& draft);

private:
    ResumeRepository& resumes_;
    PlanRepository& plans_;
    const Clock& clock_;
    ResumeRules rules_;
};

class UpdateResume {
public:
    UpdateResume(ResumeRepository& resumes, PlanRepository& plans, const Clock& clock,
                 ResumeRules rules);
    // PreconditionRequired without If-Match; NotFound; PreconditionFailed when stale; the
    // errors of acceptContent, judged against the stored copy (a downgraded account keeps what
    // it has); else the resume at its next version.
    GuardedWrite<StoredResume> run(const UserId& user, const std::string& id,
                                   const std::optional<VersionPrecondition>& precondition,
                                   const ResumeDraft& draft);

private:
    ResumeRepository& resumes_;
    PlanRepository& plans_;
    const Clock& clock_;
    ResumeRules rules_;
};

class DeleteResume {
public:
    DeleteResume(ResumeRepository& resumes, const Clock& clock);
    // Soft delete; the If-Match is optional here. A deleted default hands its place to the
    // most recently updated remaining resume.
    GuardedWrite<Done> run(const UserId& user, const std::string& id,
                           const std::optional<VersionPrecondition>& precondition);

private:
    ResumeRepository& resumes_;
    const Clock& clock_;
};

class MakeDefaultResume {
public:
    explicit MakeDefaultResume(ResumeRepository& resumes);
    // The resume as the account's only default; making the default the default changes nothing.
    Result<StoredResume> run(const UserId& user, const std::string& id);

private:
    ResumeRepository& resumes_;
};

} // namespace vitae::server
