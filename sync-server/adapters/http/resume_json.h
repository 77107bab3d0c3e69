// Resumes on the wire: the Resume object {id, title, templateId, isDefault, version,
// createdAt, updatedAt, data}, its ETag ("<version>", strong), the If-Match header read as a
// version precondition, and create/replace bodies read into drafts.
#pragma once

#include "adapters/http/http_types.h"
#include "adapters/json/json_writer.h"
#include "domain/resume.h"
#include "usecases/resumes_content.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>

namespace vitae::server::http {

// Without "data", as GET /api/resumes lists them.
void writeSummary(JsonWriter& json, const ResumeSummary& summary);
// The stored document goes out as the text PostgreSQL returned, unparsed.
void writeResume(JsonWriter& json, const StoredResume& resume);
std::string resumeJsonText(const StoredResume& resume);
// The same object parsed, for a place inside a QJsonObject (an error's details).
QJsonObject resumeJson(const StoredResume& resume);

std::string etagOf(std::int64_t version);

// Absent without an If-Match header. "*" matches any version; weak or malformed tags match
// none (If-Match compares strongly), so they answer 412, never a blind overwrite.
std::optional<VersionPrecondition> ifMatchOf(const Request& request);

enum class DraftId { Accepted, Ignored };

// {id?, title, templateId?, data}: 415/400 as json_body.h; ValidationFailed with
// details.fields for members of the wrong JSON type or missing. "id" is read only when
// Accepted (create).
Result<ResumeDraft> draftFrom(const Request& request, DraftId id);

} // namespace vitae::server::http
