#include <vitae/render/theme.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <functional>
#include <utility>

namespace vitae::render {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vitae::render", text);
}

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");

TextStyle style(const QString& family, double sizePt, int weight = 400, QColor color = {},
                bool italic = false) {
    TextStyle s;
    s.family = family;
    s.sizePt = sizePt;
    s.weight = weight;
    s.italic = italic;
    if (color.isValid())
        s.color = color;
    return s;
}

void applyCatalogue(Theme& theme, QStringView templateId) {
    const core::TemplateInfo* info = core::TemplateCatalogue::builtin().find(templateId);
    if (!info)
        info = &core::TemplateCatalogue::builtin().defaultTemplate();
    theme.id = info->id;
    theme.pageSize = info->defaultPageSize;
    theme.margins = info->margins;
}

Theme classic() {
    Theme t;
    const QColor ink(0x1a, 0x1a, 0x1a), muted(0x55, 0x55, 0x55);
    t.accent = QColor(0x1f, 0x3a, 0x5f);
    t.name = style(kSerif, 22, 700, ink);
    t.label = style(kSerif, 12, 400, muted);
    t.contact = style(kSans, 8.5, 400, muted);
    t.sectionHeading = style(kSerif, 12.5, 700, t.accent);
    t.entryTitle = style(kSerif, 10.5, 700, ink);
    t.entryMeta = style(kSans, 8.5, 400, muted, true);
    t.body = style(kSerif, 9.5, 400, ink);
    t.pageNumber = style(kSans, 8, 400, muted);
    return t;
}

Theme modern() {
    Theme t;
    const QColor ink(0x20, 0x24, 0x2a), muted(0x5f, 0x66, 0x70);
    t.accent = QColor(0x0b, 0x72, 0x85);
    t.name = style(kSans, 24, 700, t.accent);
    t.label = style(kSans, 11.5, 400, ink);
    t.contact = style(kSans, 8.5, 400, muted);
    t.sectionHeading = style(kSans, 11.5, 700, t.accent);
    t.entryTitle = style(kSans, 10, 700, ink);
    t.entryMeta = style(kSans, 8.5, 400, muted);
    t.body = style(kSans, 9, 400, ink);
    t.pageNumber = style(kSans, 8, 400, muted);
    t.ruleColor = t.accent;
    t.headingRulePt = 1.5;
    t.lineHeight = 1.2;
    // Short, list-like sections go beside the experience; a pale tint of the accent keeps
    // dark text readable and prints without much ink.
    t.sidebar.widthMm = 68;
    t.sidebar.paddingMm = 8;
    t.sidebar.gapMm = 8;
    t.sidebar.background = QColor(0xe6, 0xf1, 0xf3);
    t.sidebar.sections = {QStringLiteral("skills"), QStringLiteral("languages"),
                          QStringLiteral("interests")};
    // Sections in the sidebar are told apart by white headings on accent bands, not by
    // space, which the sidebar cannot have much of (see Sidebar in theme.h).
    t.sidebar.text = style(kSans, 8.5, 400, ink);
    t.sidebar.heading = style(kSans, 8.5, 700, Qt::white);
    t.sidebar.heading.uppercase = true;
    t.sidebar.headingBand = t.accent;
    t.sidebar.lineHeight = 1.2;
    return t;
}

Theme compact() {
    Theme t;
    const QColor ink(0x11, 0x11, 0x11), muted(0x4a, 0x4a, 0x4a);
    t.name = style(kSans, 16, 700, ink);
    t.label = style(kSans, 10, 400, muted);
    t.contact = style(kSans, 7.5, 400, muted);
    t.sectionHeading = style(kSans, 10, 700, ink);
    t.entryTitle = style(kSans, 8.5, 700, ink);
    t.entryMeta = style(kSans, 7.5, 400, muted, true);
    t.body = style(kSans, 8, 400, ink);
    t.pageNumber = style(kSans, 7, 400, muted);
    t.lineHeight = 1.05;
    t.headerSpacingPt = 6;
    t.sectionSpacingPt = 7;
    t.headingGapPt = 2;
    t.entrySpacingPt = 4;
    t.paragraphSpacingPt = 1;
    t.bulletIndentPt = 8;
    t.headingRulePt = 0.5;
    return t;
}

// A strict reader of theme JSON: each getter checks the type and records the first error
// with the key's path; unknown keys are errors.
class Reader {
public:
    explicit Reader(QString* error)
        : error_(error) {}
    bool failed() const { return failed_; }

    void fail(const QString& path, const QString& what) {
        if (failed_)
            return;
        failed_ = true;
        if (error_)
            *error_ = QStringLiteral("%1: %2").arg(path, what);
    }

    void checkKeys(const QJsonObject& object, const QString& path,
                   std::initializer_list<QLatin1StringView> known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (QLatin1StringView key : known)
                found |= it.key() == key;
            if (!found)
                fail(join(path, it.key()), tr("unknown key"));
        }
    }

    void number(const QJsonObject& object, const QString& path, QLatin1StringView key, double& out,
                double min, double max) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
            fail(join(path, key), tr("expected a number from %1 to %2")
                                      .arg(QString::number(min), QString::number(max)));
            return;
        }
        out = value.toDouble();
    }

    void integer(const QJsonObject& object, const QString& path, QLatin1StringView key, int& out,
                 int min, int max) {
        double value = out;
        number(object, path, key, value, min, max);
        out = static_cast<int>(value);
    }

    void boolean(const QJsonObject& object, const QString& path, QLatin1StringView key, bool& out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool())
            fail(join(path, key), tr("expected true or false"));
        else
            out = value.toBool();
    }

    void string(const QJsonObject& object, const QString& path, QLatin1StringView key, QString& out,
                bool allowEmpty = false) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString() || (!allowEmpty && value.toString().trimmed().isEmpty()))
            fail(join(path, key), tr("expected a non-empty string"));
        else
            out = value.toString();
    }

    void color(const QJsonObject& object, const QString& path, QLatin1StringView key, QColor& out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        const QColor parsed = value.isString() ? QColor::fromString(value.toString()) : QColor();
        if (!parsed.isValid())
            fail(join(path, key), tr("expected a colour such as \"#1f3a5f\""));
        else
            out = parsed;
    }

    void stringList(const QJsonObject& object, const QString& path, QLatin1StringView key,
                    QStringList& out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                list.append(item.toString());
        }
        if (!value.isArray() || list.size() != array.size())
            fail(join(path, key), tr("expected an array of non-empty strings"));
        else
            out = list;
    }

    // A colour, or null for none.
    void optionalColor(const QJsonObject& object, const QString& path, QLatin1StringView key,
                       QColor& out) {
        if (object.value(key).isNull())
            out = QColor();
        else
            color(object, path, key, out);
    }

    // Calls `read` with the object under `key` when it is present and an object.
    void object(const QJsonObject& parent, const QString& path, QLatin1StringView key,
                const std::function<void(const QJsonObject&, const QString&)>& read) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            fail(join(path, key), tr("expected an object"));
            return;
        }
        read(value.toObject(), join(path, key));
    }

    static QString join(const QString& path, QStringView key) {
        return path + QLatin1Char('/') + key;
    }
    static QString join(const QString& path, QLatin1StringView key) {
        return path + QLatin1Char('/') + key;
    }

private:
    QString* error_;
    bool failed_ = false;
};

void readStyle(Reader& r, const QJsonObject& o, const QString& path, TextStyle& s) {
    r.checkKeys(o, path,
                {QLatin1StringView("family"), QLatin1StringView("sizePt"),
                 QLatin1StringView("weight"), QLatin1StringView("italic"),
                 QLatin1StringView("color"), QLatin1StringView("uppercase")});
    r.string(o, path, QLatin1StringView("family"), s.family);
    r.number(o, path, QLatin1StringView("sizePt"), s.sizePt, 4, 72);
    r.integer(o, path, QLatin1StringView("weight"), s.weight, 100, 900);
    r.boolean(o, path, QLatin1StringView("italic"), s.italic);
    r.color(o, path, QLatin1StringView("color"), s.color);
    r.boolean(o, path, QLatin1StringView("uppercase"), s.uppercase);
}

void readSidebar(Reader& r, const QJsonObject& o, const QString& path, Sidebar& s) {
    r.checkKeys(o, path,
                {QLatin1StringView("widthMm"), QLatin1StringView("paddingMm"),
                 QLatin1StringView("gapMm"), QLatin1StringView("color"),
                 QLatin1StringView("sections"), QLatin1StringView("lineHeight"),
                 QLatin1StringView("headingBand"), QLatin1StringView("text"),
                 QLatin1StringView("heading")});
    // 0 turns the sidebar off; 120 mm leaves a main column on either paper.
    r.number(o, path, QLatin1StringView("widthMm"), s.widthMm, 0, 120);
    r.number(o, path, QLatin1StringView("paddingMm"), s.paddingMm, 0, 30);
    r.number(o, path, QLatin1StringView("gapMm"), s.gapMm, 0, 30);
    r.color(o, path, QLatin1StringView("color"), s.background);
    r.optionalColor(o, path, QLatin1StringView("headingBand"), s.headingBand);
    r.stringList(o, path, QLatin1StringView("sections"), s.sections);
    r.number(o, path, QLatin1StringView("lineHeight"), s.lineHeight, 0.8, 3);
    r.object(o, path, QLatin1StringView("text"),
             [&](const QJsonObject& so, const QString& sp) { readStyle(r, so, sp, s.text); });
    r.object(o, path, QLatin1StringView("heading"),
             [&](const QJsonObject& so, const QString& sp) { readStyle(r, so, sp, s.heading); });
}

// The text styles by their theme-file key, in file order.
std::vector<std::pair<QLatin1StringView, TextStyle Theme::*>> styleKeys() {
    return {
        {QLatin1StringView("name"), &Theme::name},
        {QLatin1StringView("label"), &Theme::label},
        {QLatin1StringView("contact"), &Theme::contact},
        {QLatin1StringView("sectionHeading"), &Theme::sectionHeading},
        {QLatin1StringView("entryTitle"), &Theme::entryTitle},
        {QLatin1StringView("entryMeta"), &Theme::entryMeta},
        {QLatin1StringView("body"), &Theme::body},
        {QLatin1StringView("pageNumber"), &Theme::pageNumber},
    };
}

struct SpacingKey {
    QLatin1StringView key;
    double Theme::*field;
    double min, max;
};

std::vector<SpacingKey> spacingKeys() {
    return {
        {QLatin1StringView("lineHeight"), &Theme::lineHeight, 0.8, 3},
        {QLatin1StringView("headerPt"), &Theme::headerSpacingPt, 0, 72},
        {QLatin1StringView("sectionPt"), &Theme::sectionSpacingPt, 0, 72},
        {QLatin1StringView("headingRulePt"), &Theme::headingRulePt, 0, 6},
        {QLatin1StringView("headingGapPt"), &Theme::headingGapPt, 0, 72},
        {QLatin1StringView("entryPt"), &Theme::entrySpacingPt, 0, 72},
        {QLatin1StringView("paragraphPt"), &Theme::paragraphSpacingPt, 0, 72},
        {QLatin1StringView("bulletIndentPt"), &Theme::bulletIndentPt, 0, 72},
    };
}

} // namespace

Theme Theme::builtin(QStringView templateId) {
    Theme theme;
    if (templateId == u"modern")
        theme = modern();
    else if (templateId == u"compact")
        theme = compact();
    else
        theme = classic();
    applyCatalogue(theme, templateId);
    return theme;
}

std::optional<Theme> Theme::fromJson(QByteArrayView json, const Theme& base, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("not valid JSON at byte %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : tr("a theme file must be a JSON object");
        }
        return std::nullopt;
    }
    return fromJson(document.object(), base, error);
}

std::optional<Theme> Theme::fromJson(const QJsonObject& json, const Theme& base, QString* error) {
    Theme theme = base;
    Reader r(error);
    const QString root;
    r.checkKeys(json, root,
                {QLatin1StringView("pageSize"), QLatin1StringView("marginsMm"),
                 QLatin1StringView("fontFamily"), QLatin1StringView("colors"),
                 QLatin1StringView("spacing"), QLatin1StringView("bullet"),
                 QLatin1StringView("pageNumbers"), QLatin1StringView("text"),
                 QLatin1StringView("sidebar")});

    QString pageSize;
    r.string(json, root, QLatin1StringView("pageSize"), pageSize);
    if (!pageSize.isEmpty()) {
        if (const auto size = core::pageSizeFromName(pageSize))
            theme.pageSize = *size;
        else
            r.fail(QStringLiteral("/pageSize"), tr("expected \"A4\" or \"Letter\""));
    }
    r.object(json, root, QLatin1StringView("marginsMm"),
             [&](const QJsonObject& o, const QString& p) {
                 r.checkKeys(o, p,
                             {QLatin1StringView("top"), QLatin1StringView("right"),
                              QLatin1StringView("bottom"), QLatin1StringView("left")});
                 r.number(o, p, QLatin1StringView("top"), theme.margins.topMm, 0, 80);
                 r.number(o, p, QLatin1StringView("right"), theme.margins.rightMm, 0, 80);
                 r.number(o, p, QLatin1StringView("bottom"), theme.margins.bottomMm, 0, 80);
                 r.number(o, p, QLatin1StringView("left"), theme.margins.leftMm, 0, 80);
             });
    QString family;
    r.string(json, root, QLatin1StringView("fontFamily"), family);
    if (!family.isEmpty()) {
        for (const auto& [key, field] : styleKeys())
            (theme.*field).family = family;
        theme.sidebar.text.family = family;
        theme.sidebar.heading.family = family;
    }
    r.object(json, root, QLatin1StringView("colors"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, {QLatin1StringView("accent"), QLatin1StringView("rule")});
        r.color(o, p, QLatin1StringView("accent"), theme.accent);
        r.color(o, p, QLatin1StringView("rule"), theme.ruleColor);
    });
    r.object(json, root, QLatin1StringView("spacing"), [&](const QJsonObject& o, const QString& p) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const SpacingKey& key : spacingKeys())
                known |= it.key() == key.key;
            if (!known)
                r.fail(Reader::join(p, it.key()), tr("unknown key"));
        }
        for (const SpacingKey& key : spacingKeys())
            r.number(o, p, key.key, theme.*key.field, key.min, key.max);
    });
    r.string(json, root, QLatin1StringView("bullet"), theme.bullet, true);
    r.boolean(json, root, QLatin1StringView("pageNumbers"), theme.pageNumbers);
    r.object(json, root, QLatin1StringView("sidebar"),
             [&](const QJsonObject& o, const QString& p) { readSidebar(r, o, p, theme.sidebar); });
    r.object(json, root, QLatin1StringView("text"), [&](const QJsonObject& o, const QString& p) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const auto& [key, field] : styleKeys())
                known |= it.key() == key;
            if (!known)
                r.fail(Reader::join(p, it.key()), tr("unknown key"));
        }
        for (const auto& [key, field] : styleKeys()) {
            r.object(o, p, key, [&, f = field](const QJsonObject& so, const QString& sp) {
                readStyle(r, so, sp, theme.*f);
            });
        }
    });
    if (r.failed())
        return std::nullopt;
    return theme;
}

namespace {

QJsonObject styleJson(const TextStyle& s) {
    return QJsonObject{
        {QStringLiteral("family"), s.family},      {QStringLiteral("sizePt"), s.sizePt},
        {QStringLiteral("weight"), s.weight},      {QStringLiteral("italic"), s.italic},
        {QStringLiteral("color"), s.color.name()}, {QStringLiteral("uppercase"), s.uppercase},
    };
}

QJsonObject sidebarJson(const Sidebar& s) {
    return QJsonObject{
        {QStringLiteral("widthMm"), s.widthMm},
        {QStringLiteral("paddingMm"), s.paddingMm},
        {QStringLiteral("gapMm"), s.gapMm},
        {QStringLiteral("color"), s.background.name()},
        {QStringLiteral("sections"), QJsonArray::fromStringList(s.sections)},
        {QStringLiteral("lineHeight"), s.lineHeight},
        {QStringLiteral("headingBand"),
         s.headingBand.isValid() ? QJsonValue(s.headingBand.name()) : QJsonValue()},
        {QStringLiteral("text"), styleJson(s.text)},
        {QStringLiteral("heading"), styleJson(s.heading)},
    };
}

} // namespace

QJsonObject Theme::toJson() const {
    QJsonObject text;
    for (const auto& [key, field] : styleKeys())
        text.insert(key, styleJson(this->*field));
    QJsonObject spacing;
    for (const SpacingKey& key : spacingKeys())
        spacing.insert(key.key, this->*key.field);
    return QJsonObject{
        {QStringLiteral("pageSize"), core::pageSizeName(pageSize)},
        {QStringLiteral("marginsMm"), QJsonObject{{QStringLiteral("top"), margins.topMm},
                                                  {QStringLiteral("right"), margins.rightMm},
                                                  {QStringLiteral("bottom"), margins.bottomMm},
                                                  {QStringLiteral("left"), margins.leftMm}}},
        {QStringLiteral("colors"), QJsonObject{{QStringLiteral("accent"), accent.name()},
                                               {QStringLiteral("rule"), ruleColor.name()}}},
        {QStringLiteral("spacing"), spacing},
        {QStringLiteral("bullet"), bullet},
        {QStringLiteral("pageNumbers"), pageNumbers},
        {QStringLiteral("sidebar"), sidebarJson(sidebar)},
        {QStringLiteral("text"), text},
    };
}

} // namespace vitae::render
