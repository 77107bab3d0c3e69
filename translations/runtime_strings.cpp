// Strings the desktop builds at run time, listed here so lupdate finds them. This file is
// scanned by lupdate (desktop/CMakeLists.txt), never compiled. tests/desktop/
// test_translations.cpp fails when a template is missing from this list. (Form labels live
// in desktop/ui/src/field_labels.cpp, the table the forms take them from.)
#include <QtGlobal>

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
