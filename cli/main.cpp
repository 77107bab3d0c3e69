// vitae-cli: validate, convert and (from step 2) render resumes without a GUI.
#include "cli_commands.h"
#include "render_command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    // Drawing text needs a QGuiApplication (fonts); every other command stays Qt Core only.
    // Headless by default: the offscreen platform needs no display.
    const bool gui = argc > 1 && vitae::cli::commandNeedsGui(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vitae-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = vitae::cli::run(QCoreApplication::arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return code;
}
