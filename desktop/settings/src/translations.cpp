#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace vitae::desktop {
namespace {

// Where desktop/CMakeLists.txt puts the compiled translations (qt_add_translations).
constexpr auto kResourceDir = QLatin1StringView(":/vitae/i18n");

// The translators this module installed, replaced as a pair on every change.
struct Installed {
    QTranslator* ours = nullptr;
    QTranslator* qt = nullptr;
    QString code;
};

Installed& installed() {
    static Installed current;
    return current;
}

void uninstall(QTranslator*& translator) {
    if (translator == nullptr)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

// "de-AT" and "de_AT" → "de".
QString languagePart(const QString& name) {
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

const QList<Language>& languages() {
    static const QList<Language> all{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    return all;
}

bool isAvailableLanguage(QStringView code) {
    return std::any_of(languages().begin(), languages().end(),
                       [&](const Language& language) { return language.code == code; });
}

QString resolveLanguage(const QString& chosen, const QStringList& systemLanguages) {
    if (isAvailableLanguage(chosen))
        return chosen;
    for (const QString& name : systemLanguages) {
        QString code = languagePart(name);
        if (isAvailableLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installLanguage(const QString& code) {
    Installed& current = installed();
    uninstall(current.ours);
    uninstall(current.qt);
    current.code = QStringLiteral("en");
    auto ours = std::make_unique<QTranslator>();
    if (!isAvailableLanguage(code) ||
        !ours->load(QStringLiteral("vitae_%1").arg(code), kResourceDir))
        return false;
    current.ours = ours.release();
    QCoreApplication::installTranslator(current.ours);
    current.code = code;
    // Dates and numbers speak the language too; the system's locale is kept when it already
    // does, so its region stays (Austrian dates for de_AT).
    const QLocale system = QLocale::system();
    QLocale::setDefault(languagePart(system.name()) == code ? system : QLocale(code));
    // Qt's own words (Cancel, the file dialog) from the system's Qt translations, if present.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        current.qt = qt.release();
        QCoreApplication::installTranslator(current.qt);
    }
    return true;
}

QString installedLanguage() {
    return installed().code;
}

QString installPreferredLanguage() {
    const QString code = resolveLanguage(Settings::instance().value(setting::language),
                                         QLocale::system().uiLanguages());
    installLanguage(code);
    return installedLanguage();
}

QString templateName(const core::TemplateInfo& info) {
    return QCoreApplication::translate("vitae::templates", info.name.toUtf8().constData());
}

QString templateDescription(const core::TemplateInfo& info) {
    return QCoreApplication::translate("vitae::templates", info.description.toUtf8().constData());
}

} // namespace vitae::desktop
