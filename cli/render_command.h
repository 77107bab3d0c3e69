// `vitae-cli render`: a resume to PDF and page images with the shared renderer, headless;
// and `vitae-cli import`: a JSON Resume file made a Vitae resume drawn with a chosen template.
#pragma once

#include "cli_commands.h"

namespace vitae::cli {

int runRender(const QStringList& arguments, Streams streams);

// `import FILE -o OUT [--template T]`: the same JSON with Vitae's extension ("vitae") added
// and its template set (--template, else the file's own, else the default); what Vitae does
// not know is kept. The findings are printed; the file is written even with errors, as
// the editor shows and fixes them.
int runImport(const QStringList& arguments, Streams streams);

// True when the command draws text, so main() must create a QGuiApplication (fonts) rather
// than a QCoreApplication.
bool commandNeedsGui(const QString& command);

} // namespace vitae::cli
