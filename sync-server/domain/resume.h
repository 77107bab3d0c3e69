// A resume as the server keeps it: the content a client writes (a title, a template and the
// JSON Resume document) and what the server adds (the id, the default flag, a version that
// grows with every change, and the times). Also the If-Match precondition writes are held to.
#pragma once

#include "domain/user.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitae::server {

using ResumeId = std::string; // a UUID in canonical lower-case text

// The canonical form of a UUID written as 8-4-4-4-12 hex digits in any case; nothing for any
// other text, so a malformed id never reaches SQL.
std::optional<ResumeId> resumeIdFrom(std::string_view text);

struct ResumeContent {
    std::string title;
    std::optional<std::string> templateId;
    QJsonObject data; // the JSON Resume document; Vitae's extensions under "vitae"

    bool operator==(const ResumeContent&) const = default;
};

struct ResumeSummary {
    ResumeId id;
    std::string title;
    std::optional<std::string> templateId;
    bool isDefault = false;
    std::int64_t version = 1;
    TimePoint createdAt;
    TimePoint updatedAt; // content changes only: making a resume the default does not count

    bool operator==(const ResumeSummary&) const = default;
};

// A stored JSON Resume document as compact JSON text of an object. Reads hand the text to the
// client as PostgreSQL returned it (parsing and writing it again was 85 % of the cost of
// GET /api/resumes/{id}); only what looks inside it parses it.
class ResumeDocument {
public:
    ResumeDocument() = default; // {}
    // Text that is a JSON object already (PostgreSQL's jsonb output): not parsed again.
    static ResumeDocument fromJsonText(std::string text);
    static ResumeDocument fromObject(const QJsonObject& object);

    const std::string& jsonText() const { return text_; }
    QJsonObject object() const;
    // The same content, however it is spelt (key order, spacing, number forms).
    bool operator==(const ResumeDocument& other) const;

private:
    explicit ResumeDocument(std::string text)
        : text_(std::move(text)) {}

    std::string text_ = "{}";
};

struct StoredResume {
    ResumeSummary summary;
    ResumeDocument data;

    ResumeContent content() const { return {summary.title, summary.templateId, data.object()}; }
    bool operator==(const StoredResume&) const = default;
};

// The versions a conditional write may replace, from an If-Match header: a list of entity
// tags, or "*" for any.
struct VersionPrecondition {
    bool anyVersion = false;
    std::vector<std::int64_t> versions;

    bool matches(std::int64_t version) const;
};

} // namespace vitae::server
