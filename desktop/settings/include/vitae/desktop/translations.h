// The languages the desktop speaks and how one is chosen and loaded: the language chosen in
// the preferences, else the first of the system's user-interface languages we have, else
// English. Also the translation of words that come from data files (template names).
#pragma once

#include <vitae/core/template_catalogue.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace vitae::desktop {

struct Language {
    QString code;       // "de": the suffix of translations/vitae_de.ts
    QString nativeName; // "Deutsch": never translated, so everyone finds their own
};

// Every language with a translation, English (the source) first.
const QList<Language>& languages();
bool isAvailableLanguage(QStringView code);

// The language to show: `chosen` when we have it, else the first of `systemLanguages`
// (BCP 47 names such as "de-AT", most preferred first) we have, else "en".
QString resolveLanguage(const QString& chosen, const QStringList& systemLanguages);

// Replaces the installed translations (ours, and Qt's own for standard dialogs when the
// system has them) with those of `code`; Qt then sends every widget a LanguageChange event.
// False, with English left showing, when ours cannot be loaded.
bool installLanguage(const QString& code);
// The language installed last ("" before the first installLanguage()).
QString installedLanguage();
// What the app does at start: installs the language the settings choose, or the system's.
QString installPreferredLanguage();

// A catalogue template's name and description in the current language.
QString templateName(const core::TemplateInfo& info);
QString templateDescription(const core::TemplateInfo& info);

} // namespace vitae::desktop
