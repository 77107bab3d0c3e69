// `vitae-cli render`: a resume to PDF and page images with the shared renderer, headless.
#pragma once

#include "cli_commands.h"

namespace vitae::cli {

int runRender(const QStringList& arguments, Streams streams);

// True when the command draws text, so main() must create a QGuiApplication (fonts) rather
// than a QCoreApplication.
bool commandNeedsGui(const QString& command);

} // namespace vitae::cli
