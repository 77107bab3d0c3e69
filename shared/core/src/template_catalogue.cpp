#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitae::core {
namespace {

bool fail(QString* error, const QString& reason) {
    if (error != nullptr)
        *error = reason;
    return false;
}

bool readMargins(const QJsonObject& json, PageMargins& margins, QString* error) {
    const std::pair<const char*, double*> sides[] = {{"top", &margins.topMm},
                                                     {"right", &margins.rightMm},
                                                     {"bottom", &margins.bottomMm},
                                                     {"left", &margins.leftMm}};
    for (const auto& [name, target] : sides) {
        const QJsonValue value = json.value(QLatin1StringView(name));
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 100)
            return fail(error, QStringLiteral("margin \"%1\" must be a number of mm in 0..100")
                                   .arg(QLatin1StringView(name)));
        *target = value.toDouble();
    }
    return true;
}

bool readTemplate(const QJsonObject& json, TemplateInfo& info, QString* error) {
    info.id = json.value(QLatin1StringView("id")).toString();
    info.name = json.value(QLatin1StringView("name")).toString();
    info.description = json.value(QLatin1StringView("description")).toString();
    info.layout = json.value(QLatin1StringView("layout")).toString();
    if (info.id.isEmpty() || info.name.isEmpty() || info.layout.isEmpty())
        return fail(error, QStringLiteral("every template needs an id, a name and a layout"));
    for (const QJsonValue section : json.value(QLatin1StringView("requiredSections")).toArray()) {
        if (!isStandardSectionKey(section.toString()))
            return fail(error, QStringLiteral("template \"%1\" requires unknown section \"%2\"")
                                   .arg(info.id, section.toString()));
        info.requiredSections.append(section.toString());
    }
    const QJsonObject page = json.value(QLatin1StringView("page")).toObject();
    const auto size = pageSizeFromName(page.value(QLatin1StringView("size")).toString());
    if (!size)
        return fail(error,
                    QStringLiteral("template \"%1\" needs page.size A4 or Letter").arg(info.id));
    info.defaultPageSize = *size;
    return readMargins(page.value(QLatin1StringView("marginsMm")).toObject(), info.margins, error);
}

} // namespace

std::optional<TemplateCatalogue> TemplateCatalogue::parse(QByteArrayView json, QString* error) {
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    const QJsonArray templates = document.object().value(QLatin1StringView("templates")).toArray();
    if (parseError.error != QJsonParseError::NoError || templates.isEmpty()) {
        fail(error,
             QStringLiteral("a catalogue is an object with a non-empty \"templates\" array"));
        return std::nullopt;
    }
    TemplateCatalogue catalogue;
    for (const QJsonValue entry : templates) {
        TemplateInfo info;
        if (!readTemplate(entry.toObject(), info, error))
            return std::nullopt;
        if (catalogue.find(info.id) != nullptr) {
            fail(error, QStringLiteral("template id \"%1\" appears twice").arg(info.id));
            return std::nullopt;
        }
        catalogue.templates_.append(std::move(info));
    }
    return catalogue;
}

const TemplateCatalogue& TemplateCatalogue::builtin() {
    static const TemplateCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/vitae/templates/catalogue.json"));
        QString error;
        std::optional<TemplateCatalogue> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parse(file.readAll(), &error);
        // The file is compiled in and covered by tests; reaching this is a broken build.
        Q_ASSERT_X(parsed, "TemplateCatalogue::builtin", qPrintable(error));
        if (!parsed)
            qFatal("built-in template catalogue unusable: %s", qPrintable(error));
        return *std::move(parsed);
    }();
    return catalogue;
}

const TemplateInfo* TemplateCatalogue::find(QStringView id) const {
    for (const TemplateInfo& info : templates_) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QString pageSizeName(PageSize size) {
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<PageSize> pageSizeFromName(QStringView name) {
    if (name.compare(u"A4", Qt::CaseInsensitive) == 0)
        return PageSize::A4;
    if (name.compare(u"Letter", Qt::CaseInsensitive) == 0)
        return PageSize::Letter;
    return std::nullopt;
}

} // namespace vitae::core
