#include "usecases/resumes_content.h"

#include "usecases/plans.h"

#include <vitae/core/finding.h>
#include <vitae/core/json_resume.h>
#include <vitae/core/library_rules.h>
#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace vitae::server {
namespace {

QJsonObject findingProblem(const QString& pointer, const core::Finding& finding) {
    return fieldProblem(pointer, core::codeName(finding.code), core::message(finding),
                        finding.params);
}

// The shared rule (core/library_rules.h), so the desktop's title field and the server agree.
void checkTitle(const std::string& title, QJsonArray& fields) {
    for (const core::Finding& finding : core::titleFindings(QString::fromStdString(title)))
        fields.append(findingProblem(QStringLiteral("/title"), finding));
}

void checkTemplateId(const std::optional<std::string>& templateId, QJsonArray& fields) {
    if (!templateId)
        return;
    const QString id = QString::fromStdString(*templateId);
    if (core::TemplateCatalogue::builtin().find(id) != nullptr)
        return;
    fields.append(findingProblem(QStringLiteral("/templateId"),
                                 core::Finding{core::FindingCode::TemplateUnknown,
                                               core::Severity::Error,
                                               QStringLiteral("/templateId"),
                                               {{QStringLiteral("templateId"), id}}}));
}

// A resume has one template: the envelope's templateId and the document's vitae.templateId
// (which validation judges the sections by) may each be left out, but never disagree.
void checkTemplateAgrees(const std::optional<std::string>& templateId,
                         const std::optional<std::string>& inDocument, QJsonArray& fields) {
    if (!templateId || !inDocument || *templateId == *inDocument)
        return;
    fields.append(fieldProblem(
        QStringLiteral("/templateId"), QStringLiteral("template.mismatch"),
        QStringLiteral("templateId \"%1\" differs from the document's vitae.templateId \"%2\"; "
                       "send one of them, or the same in both.")
            .arg(QString::fromStdString(*templateId), QString::fromStdString(*inDocument))));
}

void checkId(const std::optional<std::string>& id, QJsonArray& fields) {
    if (!id || resumeIdFrom(*id))
        return;
    fields.append(fieldProblem(QStringLiteral("/id"), QStringLiteral("id.invalid"),
                               QStringLiteral("The id must be a UUID such as "
                                              "\"0b6f2e4c-8d0a-4f5e-9a73-3c1d2e5f6a7b\".")));
}

class StorableTextCheck {
public:
    explicit StorableTextCheck(core::Findings& findings)
        : findings_(findings) {
        for (const core::Finding& finding : findings) {
            if (finding.severity == core::Severity::Error)
                reported_.insert(finding.path); // already refused there
        }
    }

    void walk(const QJsonValue& value, const QString& path) {
        if (value.isString()) {
            check(value.toString(), path);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), core::appendPointer(path, i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString child = core::appendPointer(path, it.key());
                check(it.key(), child);
                walk(it.value(), child);
            }
        }
    }

private:
    void check(const QString& text, const QString& path) {
        const qsizetype position = firstUnstorableCharacter(text);
        if (position < 0 || reported_.contains(path))
            return;
        reported_.insert(path);
        findings_.append({core::FindingCode::TextInvalidCharacters,
                          core::Severity::Error,
                          path,
                          {{QStringLiteral("position"), static_cast<qint64>(position)}}});
    }

    core::Findings& findings_;
    QSet<QString> reported_;
};

std::optional<std::string> templateInDocument(const core::Resume& resume) {
    if (!resume.vitae || !resume.vitae->templateId)
        return std::nullopt;
    return resume.vitae->templateId->toStdString();
}

// The template ids the content uses: its own and the document's, when they differ.
std::vector<std::string> templatesUsed(const std::optional<std::string>& templateId,
                                       const std::optional<std::string>& inDocument) {
    std::vector<std::string> used;
    if (templateId)
        used.push_back(*templateId);
    if (inDocument && inDocument != templateId)
        used.push_back(*inDocument);
    return used;
}

std::optional<Error> planVerdict(const core::Resume& resume, const std::vector<std::string>& used,
                                 const core::PlanLimit& limits, const ResumeRules& rules,
                                 const std::optional<ReplacedContent>& replacing) {
    const std::int64_t shown = core::countShownSections(resume);
    const core::PlanDecision sections =
        replacing ? core::decideUpdateSections(limits, replacing->shownSections, shown,
                                               rules.maxResumeSections)
                  : core::decideSaveSections(limits, shown, rules.maxResumeSections);
    if (!sections.allowed())
        return planDenied(sections);
    for (const std::string& text : used) {
        const QString id = QString::fromStdString(text);
        const core::PlanDecision decision =
            replacing ? core::decideUpdateTemplate(limits, replacing->templates, id)
                      : core::decideUseTemplate(limits, id);
        if (!decision.allowed())
            return planDenied(decision);
    }
    return std::nullopt;
}

// The section count is the plan policy's question, answered above; the validation's own
// count check must not take back what the policy lets an update keep after a downgrade.
int validationSectionCap(const ResumeRules& rules,
                         const std::optional<ReplacedContent>& replacing) {
    if (!replacing)
        return rules.maxResumeSections;
    const std::int64_t kept =
        std::min<std::int64_t>(replacing->shownSections, std::numeric_limits<int>::max());
    return std::max(rules.maxResumeSections, static_cast<int>(kept));
}

QJsonArray findingsJson(const core::Findings& findings) {
    QJsonArray array;
    for (const core::Finding& finding : findings)
        array.append(core::toJson(finding));
    return array;
}

Error validationFailed(const QJsonArray& fields, const core::Findings& findings) {
    return {ErrorKind::ValidationFailed, "The resume is not valid; see details.",
            QJsonObject{{QStringLiteral("fields"), fields},
                        {QStringLiteral("findings"), findingsJson(findings)}}};
}

} // namespace

qsizetype firstUnstorableCharacter(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return i;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return i;
    }
    return -1;
}

QJsonObject fieldProblem(const QString& pointer, const QString& code, const QString& message,
                         const QJsonObject& params) {
    QJsonObject problem{{QStringLiteral("pointer"), pointer},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("message"), message}};
    if (!params.isEmpty())
        problem.insert(QStringLiteral("params"), params);
    return problem;
}

Error invalidFields(const QJsonArray& fields) {
    return validationFailed(fields, {});
}

ReplacedContent replacedContentOf(const ResumeContent& stored) {
    const core::ImportResult imported = core::importJsonResume(stored.data);
    ReplacedContent replaced{core::countShownSections(imported.resume), {}};
    for (const std::string& id :
         templatesUsed(stored.templateId, templateInDocument(imported.resume)))
        replaced.templates.append(QString::fromStdString(id));
    return replaced;
}

Result<ResumeContent> acceptContent(const ResumeDraft& draft, const core::PlanLimit& limits,
                                    const ResumeRules& rules,
                                    const std::optional<ReplacedContent>& replacing) {
    const core::ImportResult imported = core::importJsonResume(draft.data);
    const std::optional<std::string> inDocument = templateInDocument(imported.resume);
    const std::optional<std::string> templateId = draft.templateId ? draft.templateId : inDocument;
    // The plan speaks first: a quota is no reason to fix a document, and the section count
    // is the plan's question (403), not the document's (validation would say 422).
    if (auto denied = planVerdict(imported.resume, templatesUsed(templateId, inDocument), limits,
                                  rules, replacing))
        return std::move(*denied);

    QJsonArray fields;
    checkId(draft.id, fields);
    checkTitle(draft.title, fields);
    checkTemplateId(draft.templateId, fields);
    checkTemplateAgrees(draft.templateId, inDocument, fields);
    core::ValidationOptions options;
    options.maxResumeSections = validationSectionCap(rules, replacing);
    core::Findings findings = imported.findings + core::validate(imported.resume, options);
    StorableTextCheck(findings).walk(draft.data, QString());
    if (!fields.isEmpty() || core::hasErrors(findings))
        return validationFailed(fields, findings);
    return ResumeContent{draft.title, templateId, draft.data};
}

} // namespace vitae::server
