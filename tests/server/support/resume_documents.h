// JSON Resume documents for the server's tests: valid ones with a chosen number of shown
// sections (the eleven standard lists first, then custom sections), to reach section caps.
// The default three include work and education, all the default template asks for.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vitae::test {

inline QJsonObject resumeDocument(int shownSections = 3,
                                  const QString& name = QStringLiteral("Ada Lovelace")) {
    static const std::pair<const char*, const char*> standard[] = {
        {"work", "name"},       {"volunteer", "organization"}, {"education", "institution"},
        {"awards", "title"},    {"certificates", "name"},      {"publications", "name"},
        {"skills", "name"},     {"languages", "language"},     {"interests", "name"},
        {"references", "name"}, {"projects", "name"}};
    QJsonObject document{{QStringLiteral("basics"), QJsonObject{{QStringLiteral("name"), name}}}};
    QJsonArray custom;
    for (int i = 0; i < shownSections; ++i) {
        const QString entryText = QStringLiteral("Entry %1").arg(i + 1);
        if (i < static_cast<int>(std::size(standard))) {
            const auto [key, field] = standard[i];
            document.insert(QLatin1StringView(key),
                            QJsonArray{QJsonObject{{QLatin1StringView(field), entryText}}});
            continue;
        }
        custom.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("custom%1").arg(i)},
                                  {QStringLiteral("title"), QStringLiteral("Custom %1").arg(i)},
                                  {QStringLiteral("entries"),
                                   QJsonArray{QJsonObject{{QStringLiteral("title"), entryText}}}}});
    }
    if (!custom.isEmpty())
        document.insert(QStringLiteral("vitae"),
                        QJsonObject{{QStringLiteral("customSections"), custom}});
    return document;
}

} // namespace vitae::test
