// JSON Resume import and export. Import never throws and never gives up on a
// document it can read: what it cannot model it keeps, and what is wrong it
// reports as findings with a JSON pointer. Export writes back exactly what was read.
#pragma once

#include <vitae/core/finding.h>
#include <vitae/core/resume.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace vitae::core {

struct ImportResult {
    Resume resume;
    Findings findings;
    // False when the bytes are not a JSON object at all; `resume` is then empty.
    bool parsed = false;
};

ImportResult importJsonResume(QByteArrayView json);
ImportResult importJsonResume(const QJsonObject& document);

QJsonObject exportJsonResume(const Resume& resume);

// The error for a JSON value of the wrong type at `path` ("expected string, got number"):
// import reports it, and so does anything else that reads JSON for the model (the server's
// request bodies), so clients see one code and one message.
Finding typeMismatch(const QString& path, const QJsonValue& actual, const QString& expected);

enum class JsonStyle { Indented, Compact };
QByteArray exportJsonResumeBytes(const Resume& resume, JsonStyle style = JsonStyle::Indented);

} // namespace vitae::core
