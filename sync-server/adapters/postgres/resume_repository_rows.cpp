#include "adapters/postgres/resume_repository_rows.h"

namespace vitae::server::pg {

ResumeSummary summaryAt(const Rows& rows, int row, int column) {
    ResumeSummary summary;
    summary.id = std::string(rows.text(row, column));
    summary.title = std::string(rows.text(row, column + 1));
    if (!rows.isNull(row, column + 2))
        summary.templateId = std::string(rows.text(row, column + 2));
    summary.isDefault = rows.boolean(row, column + 3);
    summary.version = rows.integer(row, column + 4);
    summary.createdAt = fromEpochMillis(rows.integer(row, column + 5));
    summary.updatedAt = fromEpochMillis(rows.integer(row, column + 6));
    return summary;
}

StoredResume resumeAt(const Rows& rows, int row, int column) {
    constexpr int kDataOffset = 7;
    return {summaryAt(rows, row, column),
            ResumeDocument::fromJsonText(std::string(rows.text(row, column + kDataOffset)))};
}

} // namespace vitae::server::pg
