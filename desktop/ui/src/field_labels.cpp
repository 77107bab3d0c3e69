#include "field_labels.h"

#include <QCoreApplication>

namespace vitae::desktop::detail {
namespace {

constexpr const char* kContext = "vitae::desktop::fields";

struct FieldLabel {
    QStringView key;
    const char* label;
};

// Every key the model's describe() lists show in a form; lupdate reads the labels here.
// test_translations_ui checks that every field of every form has its row here.
constexpr FieldLabel kFieldLabels[] = {
    {u"address", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Address")},
    {u"area", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Area")},
    {u"awarder", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Awarder")},
    {u"city", QT_TRANSLATE_NOOP("vitae::desktop::fields", "City")},
    {u"countryCode", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Country code")},
    {u"courses", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Courses")},
    {u"date", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Date")},
    {u"description", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Description")},
    {u"email", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Email")},
    {u"endDate", QT_TRANSLATE_NOOP("vitae::desktop::fields", "End date")},
    {u"entity", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Entity")},
    {u"fluency", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Fluency")},
    {u"highlights", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Highlights")},
    {u"image", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Image")},
    {u"institution", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Institution")},
    {u"issuer", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Issuer")},
    {u"keywords", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Keywords")},
    {u"label", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Label")},
    {u"language", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Language")},
    {u"level", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Level")},
    {u"location", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Location")},
    {u"name", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Name")},
    {u"network", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Network")},
    {u"organization", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Organization")},
    {u"phone", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Phone")},
    {u"position", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Position")},
    {u"postalCode", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Postal code")},
    {u"profiles", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Profiles")},
    {u"publisher", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Publisher")},
    {u"reference", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Reference")},
    {u"region", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Region")},
    {u"releaseDate", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Release date")},
    {u"roles", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Roles")},
    {u"score", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Score")},
    {u"startDate", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Start date")},
    {u"studyType", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Study type")},
    {u"subtitle", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Subtitle")},
    {u"summary", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Summary")},
    {u"title", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Title")},
    {u"type", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Type")},
    {u"url", QT_TRANSLATE_NOOP("vitae::desktop::fields", "URL")},
    {u"username", QT_TRANSLATE_NOOP("vitae::desktop::fields", "Username")},
};

} // namespace

std::optional<QString> fieldLabel(QStringView key) {
    for (const FieldLabel& entry : kFieldLabels) {
        if (entry.key == key)
            return QCoreApplication::translate(kContext, entry.label);
    }
    return std::nullopt;
}

QString labelForKey(QStringView key) {
    if (std::optional<QString> label = fieldLabel(key))
        return *label;
    QString label;
    for (const QChar c : key) {
        if (c.isUpper() && !label.isEmpty())
            label += QLatin1Char(' ') + c.toLower();
        else
            label += c;
    }
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace vitae::desktop::detail
