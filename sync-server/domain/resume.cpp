#include "domain/resume.h"

#include <QJsonDocument>

#include <algorithm>
#include <cctype>

namespace vitae::server {

std::optional<ResumeId> resumeIdFrom(std::string_view text) {
    constexpr std::size_t kLength = 36;
    if (text.size() != kLength)
        return std::nullopt;
    ResumeId id(text);
    for (std::size_t i = 0; i < kLength; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const auto c = static_cast<unsigned char>(id[i]);
        if (dash ? c != '-' : std::isxdigit(c) == 0)
            return std::nullopt;
        id[i] = static_cast<char>(std::tolower(c));
    }
    return id;
}

ResumeDocument ResumeDocument::fromJsonText(std::string text) {
    return ResumeDocument(std::move(text));
}

ResumeDocument ResumeDocument::fromObject(const QJsonObject& object) {
    return ResumeDocument(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

QJsonObject ResumeDocument::object() const {
    return QJsonDocument::fromJson(
               QByteArray::fromRawData(text_.data(), static_cast<qsizetype>(text_.size())))
        .object();
}

bool ResumeDocument::operator==(const ResumeDocument& other) const {
    return text_ == other.text_ || object() == other.object();
}

bool VersionPrecondition::matches(std::int64_t version) const {
    return anyVersion || std::find(versions.begin(), versions.end(), version) != versions.end();
}

} // namespace vitae::server
