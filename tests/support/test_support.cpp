#include "test_support.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace vitae::test {

QString fixturePath(const QString& relative) {
    return QStringLiteral(VITAE_FIXTURES_DIR "/") + relative;
}

QString sourcePath(const QString& relative) {
    return QStringLiteral(VITAE_SOURCE_DIR "/") + relative;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString() << ": "
                      << file.errorString().toStdString();
        return {};
    }
    return file.readAll();
}

QJsonObject readJsonObject(const QString& path) {
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(readFile(path), &error);
    if (!document.isObject()) {
        ADD_FAILURE() << path.toStdString()
                      << " is not a JSON object: " << error.errorString().toStdString();
    }
    return document.object();
}

bool hasFinding(const core::Findings& findings, core::FindingCode code, const QString& path) {
    return std::any_of(findings.begin(), findings.end(), [&](const core::Finding& finding) {
        return finding.code == code && finding.path == path;
    });
}

std::string describe(const core::Findings& findings) {
    std::string text;
    for (const auto& finding : findings) {
        text += core::severityName(finding.severity).toStdString() + ' ' +
                core::codeName(finding.code).toStdString() + " at '" + finding.path.toStdString() +
                "' " + QJsonDocument(finding.params).toJson(QJsonDocument::Compact).toStdString() +
                '\n';
    }
    return text.empty() ? "(no findings)\n" : text;
}

} // namespace vitae::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& value, std::ostream* out) {
    *out << '"' << value.toStdString() << '"';
}

void PrintTo(const QJsonObject& value, std::ostream* out) {
    *out << QJsonDocument(value).toJson(QJsonDocument::Indented).toStdString();
}
QT_END_NAMESPACE
