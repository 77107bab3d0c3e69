#include "usecases/credentials.h"

#include <vitae/core/finding.h>
#include <vitae/core/resume.h>
#include <vitae/core/validation.h>

#include <QJsonObject>

namespace vitae::server {
namespace {

QJsonObject problem(const char* pointer, const QString& code, const QString& message) {
    return {{QStringLiteral("pointer"), QLatin1StringView(pointer)},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message}};
}

// The shared rules for a resume's basics.email decide; every finding there (even the
// "empty" warning, which only tolerates exporters' blanks) rejects an account address.
void checkEmail(const std::string& email, QJsonArray& problems) {
    core::Resume resume;
    resume.basics.emplace();
    resume.basics->email = QString::fromStdString(email);
    const QString path = QStringLiteral("/basics/email");
    for (const core::Finding& finding : core::validate(resume)) {
        if (finding.path == path) {
            problems.append(
                problem("/email", core::codeName(finding.code), core::message(finding)));
            return;
        }
    }
}

void checkPassword(const std::string& password, QJsonArray& problems) {
    if (password.size() > static_cast<std::size_t>(maxPasswordBytes)) {
        problems.append(
            problem("/password", QStringLiteral("password.too_long"),
                    QStringLiteral("The password is longer than %1 bytes.").arg(maxPasswordBytes)));
        return;
    }
    if (QString::fromStdString(password).toUcs4().size() < minPasswordCharacters)
        problems.append(problem("/password", QStringLiteral("password.too_short"),
                                QStringLiteral("The password needs at least %1 characters.")
                                    .arg(minPasswordCharacters)));
}

} // namespace

QJsonArray credentialProblems(const std::string& email, const std::string& password) {
    QJsonArray problems;
    checkEmail(email, problems);
    checkPassword(password, problems);
    return problems;
}

} // namespace vitae::server
