// The templates a resume can be drawn with, read from resources/templates/catalogue.json
// (compiled in as :/vitae/templates/catalogue.json). The catalogue says what a template
// needs of a resume; how it looks is the renderer's business.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vitae::core {

enum class PageSize { A4, Letter };

struct PageMargins {
    double topMm = 18, rightMm = 18, bottomMm = 18, leftMm = 18;
    bool operator==(const PageMargins&) const = default;
};

struct TemplateInfo {
    QString id;
    QString name;
    QString description;
    QString layout;               // "single-column", "sidebar", ...: chosen by the renderer
    QStringList requiredSections; // section keys that must be shown and non-empty
    PageSize defaultPageSize = PageSize::A4;
    PageMargins margins;
    bool operator==(const TemplateInfo&) const = default;
};

class TemplateCatalogue {
public:
    // Parses a catalogue document; on failure returns nothing and says why in `error`.
    static std::optional<TemplateCatalogue> parse(QByteArrayView json, QString* error = nullptr);
    // The catalogue shipped with this build. Parsed once; a broken file is a build defect.
    static const TemplateCatalogue& builtin();

    const QList<TemplateInfo>& templates() const { return templates_; }
    const TemplateInfo* find(QStringView id) const;
    // The template a resume without a template id is drawn with.
    const TemplateInfo& defaultTemplate() const { return templates_.front(); }

private:
    QList<TemplateInfo> templates_;
};

QString pageSizeName(PageSize size); // "A4", "Letter"
std::optional<PageSize> pageSizeFromName(QStringView name);

} // namespace vitae::core
