// How a resumes row comes out of SQL, shared by the repository and the change log. Every
// statement that reads resumes selects, in this order:
//   id::text, title, template_id, is_default, version,
//   (extract(epoch FROM created_at) * 1000)::bigint,
//   (extract(epoch FROM updated_at) * 1000)::bigint[, data::text]
#pragma once

#include "adapters/postgres/connection.h"
#include "domain/resume.h"

namespace vitae::server::pg {

// The seven summary columns starting at `column` of `row`.
ResumeSummary summaryAt(const Rows& rows, int row, int column = 0);
// The summary columns followed by data::text.
StoredResume resumeAt(const Rows& rows, int row, int column = 0);

} // namespace vitae::server::pg
