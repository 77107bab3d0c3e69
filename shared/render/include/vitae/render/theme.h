// How a template looks: typography, colours, spacing and page, one built-in theme per
// catalogue template and a JSON theme file that overrides any of it without code.
#pragma once

#include <vitae/core/template_catalogue.h>

#include <QByteArrayView>
#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitae::render {

// The typography of one kind of text.
struct TextStyle {
    QString family = QStringLiteral("DejaVu Sans");
    double sizePt = 10;
    int weight = 400; // CSS-like 100..900 (QFont::Weight values)
    bool italic = false;
    QColor color = QColor(0x22, 0x22, 0x22);
    bool uppercase = false;
    bool operator==(const TextStyle&) const = default;
};

// A coloured column on the page's trailing side (right, or left for a right-to-left resume)
// in the "modern" template: the contact details, profiles and the sections it names are laid
// out there, the rest in the main column. Off when `widthMm` is 0.
//
// Why one text size and tight spacing: text extractors (poppler's pdftotext, and the ATS
// pipelines built on it) group lines into blocks when their sizes match within 5 % and their
// baselines are at most 1.5 sizes apart. A sidebar that is one such block per page reads as a
// whole after the main column; several smaller blocks beside the main column are read as a
// table, row by row, interleaving both columns. The layout therefore caps the gaps between
// sidebar lines, and `heading` should keep the size of `text`.
struct Sidebar {
    double widthMm = 0;   // from the page's edge, background included
    double paddingMm = 8; // inside the background, either side of the text
    double gapMm = 8;     // between the background and the main column
    QColor background = QColor(0xe9, 0xf2, 0xf4);
    QStringList sections; // section keys drawn in the sidebar ("skills", "custom:tools", ...)
    TextStyle text;       // everything in the sidebar but its headings
    TextStyle heading;
    QColor headingBand; // a bar behind each heading (no rule); invalid = a rule as elsewhere
    double lineHeight = 1.2;

    bool enabled() const { return widthMm > 0; }
    bool operator==(const Sidebar&) const = default;
};

struct Theme {
    QString id; // the catalogue template id it belongs to
    core::PageSize pageSize = core::PageSize::A4;
    core::PageMargins margins;

    TextStyle name, label, contact, sectionHeading, entryTitle, entryMeta, body, pageNumber;
    QColor accent = QColor(0x1f, 0x4e, 0x79); // links and heading rules
    QColor ruleColor = QColor(0xb0, 0xb0, 0xb0);

    double lineHeight = 1.15;     // multiple of the font's own line height
    double headerSpacingPt = 10;  // below the name/contact header
    double sectionSpacingPt = 12; // above a section heading
    double headingRulePt = 0.75;  // rule under a section heading; 0 = none
    double headingGapPt = 4;      // between heading and first entry
    double entrySpacingPt = 7;    // between entries of a section
    double paragraphSpacingPt = 2;
    double bulletIndentPt = 10;
    QString bullet = QStringLiteral("\u2022");
    bool pageNumbers = true;
    Sidebar sidebar;

    bool operator==(const Theme&) const = default;

    // The built-in theme of a catalogue template ("classic", "modern", "compact"); the
    // classic theme for an unknown id. Page size and margins come from the catalogue.
    static Theme builtin(QStringView templateId);
    // A theme file applied over `base`: every key optional, unknown keys are errors so a typo
    // does not pass silently. On error returns nothing and says why (with the key) in `error`.
    static std::optional<Theme> fromJson(QByteArrayView json, const Theme& base,
                                         QString* error = nullptr);
    static std::optional<Theme> fromJson(const QJsonObject& json, const Theme& base,
                                         QString* error = nullptr);
    QJsonObject toJson() const;
};

} // namespace vitae::render
