// The commands of vitae-cli. Each takes its own arguments (after the command name)
// and returns the process exit code; output goes to the given streams so tests
// and the desktop's "open in terminal" helpers can capture it.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace vitae::cli {

enum ExitCode : int {
    Success = 0,
    ResumeHasErrors = 1, // the input was read, and it has error findings
    UsageError = 2,      // bad arguments or configuration
    IoError = 3,         // a file could not be read or written
};

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

int runValidate(const QStringList& arguments, Streams streams);
int runExport(const QStringList& arguments, Streams streams);
int runTemplates(const QStringList& arguments, Streams streams);

// Dispatches `vitae-cli COMMAND ARGS...`; `arguments` excludes the program name.
int run(const QStringList& arguments, Streams streams);

} // namespace vitae::cli
