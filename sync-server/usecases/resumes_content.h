// Whether a resume a client sends may be stored, decided by shared/core: the plan policy for
// shown sections and templates, then the shared validation of the document (errors block,
// warnings do not), the title checked by the rule for a one-line field, and the template id
// against the catalogue. Also refused: text PostgreSQL's jsonb cannot hold (U+0000 and
// unpaired surrogates), even in properties the model does not know.
#pragma once

#include "domain/errors.h"
#include "domain/resume.h"

#include <vitae/core/limits.h>
#include <vitae/core/plan_policy.h>

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>

namespace vitae::server {

struct ResumeRules {
    int maxResumeSections = core::limits::defaultMaxResumeSections; // VITAE_MAX_RESUME_SECTIONS
};

// What a client sends to create or replace a resume, its JSON types already checked.
struct ResumeDraft {
    std::optional<std::string> id; // create only: a UUID the client chose
    std::string title;
    std::optional<std::string> templateId; // absent: the document's vitae.templateId, if any
    QJsonObject data;
};

// What the resume an update replaces already has, for the plan policy's downgrade rule
// (core::decideUpdateSections, decideUpdateTemplate): an update may keep it even where the
// plan no longer allows it.
struct ReplacedContent {
    std::int64_t shownSections = 0;
    QStringList templates; // its templateId and its document's vitae.templateId
};
ReplacedContent replacedContentOf(const ResumeContent& stored);

// Forbidden (a plan.* code) or ValidationFailed with details {fields, findings}: `fields` are
// {pointer, code, message, params?} into the request body, `findings` the shared core's
// findings with paths into `data`. Otherwise the content to store. `replacing` is absent for
// a create, which the plan's limits decide alone.
Result<ResumeContent> acceptContent(const ResumeDraft& draft, const core::PlanLimit& limits,
                                    const ResumeRules& rules,
                                    const std::optional<ReplacedContent>& replacing = {});

// Where U+0000 or half of a surrogate pair sits in `text` (PostgreSQL's text and jsonb hold
// neither), or -1.
qsizetype firstUnstorableCharacter(const QString& text);

// One {pointer, code, message} entry of details.fields.
QJsonObject fieldProblem(const QString& pointer, const QString& code, const QString& message,
                         const QJsonObject& params = {});

// ValidationFailed for request fields alone (wrong JSON types), in the same details shape.
Error invalidFields(const QJsonArray& fields);

} // namespace vitae::server
