// Strings the desktop builds at run time, listed here so lupdate finds them. This file is
// scanned by lupdate (desktop/CMakeLists.txt), never compiled. tests/desktop/
// test_translations.cpp fails when a form label or a template is missing from this list.
#include <QtGlobal>

// Form labels: section_form.cpp makes them from the model's JSON keys ("startDate" →
// "Start date") and translates them under "vitae::desktop::fields".
[[maybe_unused]] static const char* const kFieldLabels[] = {
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Address"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Area"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Awarder"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "City"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Country code"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Courses"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Date"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Description"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Email"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "End date"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Entity"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Fluency"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Highlights"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Image"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Institution"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Issuer"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Keywords"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Label"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Language"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Level"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Location"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Name"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Network"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Organization"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Phone"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Position"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Postal code"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Publisher"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Reference"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Region"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Release date"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Roles"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Score"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Start date"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Study type"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Subtitle"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Summary"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Title"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Type"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Url"),
    QT_TRANSLATE_NOOP("vitae::desktop::fields", "Username"),
};

// Template names and descriptions from resources/templates/catalogue.json, translated by
// translations.h's templateName() and templateDescription().
[[maybe_unused]] static const char* const kTemplates[] = {
    QT_TRANSLATE_NOOP("vitae::templates", "Classic"),
    QT_TRANSLATE_NOOP("vitae::templates",
                      "One column, serif headings, generous spacing. Reads well on paper and in "
                      "any applicant tracking system."),
    QT_TRANSLATE_NOOP("vitae::templates", "Modern"),
    QT_TRANSLATE_NOOP("vitae::templates",
                      "A coloured sidebar for contact details, skills and languages beside the "
                      "main column of experience."),
    QT_TRANSLATE_NOOP("vitae::templates", "Compact"),
    QT_TRANSLATE_NOOP("vitae::templates",
                      "Tight type and small margins to fit an experienced career on one page."),
};
