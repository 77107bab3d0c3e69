// Moving resumes in and out of the library as JSON Resume files, and onto paper:
// import keeps the file's bytes exactly, export writes what the editor holds.
#pragma once

#include <vitae/core/finding.h>
#include <vitae/core/resume.h>
#include <vitae/desktop/local_store.h>
#include <vitae/render/layout.h>

#include <QString>

#include <optional>

class QPrinter;

namespace vitae::desktop {

struct ImportOutcome {
    std::optional<StoredResume> resume; // absent: nothing was added
    core::Findings findings;            // import's and validation's, to show the user
    QString error;                      // why nothing was added, when it wasn't
};

// A JSON Resume file read for import, not added yet: the resume the library would create
// from it, so the caller can add it its own way (the library window, as an undoable command).
struct ImportedFile {
    std::optional<NewResume> resume; // absent: the file cannot be imported
    core::Findings findings;         // as in ImportOutcome
    QString error;                   // why it cannot be, when it cannot
};

// Reads the JSON Resume file at `path` as importResumeFile() does, without adding it.
ImportedFile readResumeFile(const QString& path);

// Adds the JSON Resume file at `path` to the library. Files that are not JSON objects are
// refused with their findings; tolerable problems are returned as findings and the
// resume is added anyway, its document stored byte for byte as read.
ImportOutcome importResumeFile(LocalStore& store, const QString& path);

// Writes the resume as JSON Resume (Vitae's data under "vitae"); atomic.
bool exportResumeFile(const core::Resume& resume, const QString& path, QString* error = nullptr);

// Prints the resume with the shared renderer: what the preview shows, page for page.
bool printResume(const core::Resume& resume, QPrinter& printer, QString* error = nullptr,
                 const render::RenderOptions& options = {});

} // namespace vitae::desktop
