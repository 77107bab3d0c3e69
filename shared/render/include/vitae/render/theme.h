// How a template looks: typography, colours, spacing and page, one built-in theme per
// catalogue template and a JSON theme file that overrides any of it without code.
#pragma once

#include <vitae/core/template_catalogue.h>

#include <QByteArrayView>
#include <QColor>
#include <QJsonObject>
#include <QString>

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
