#include "domain/sync.h"

#include <QByteArray>

#include <charconv>

namespace vitae::server {
namespace {

// The version prefix lets a later format replace this one without misreading old cursors.
constexpr std::string_view kPrefix = "v1:";

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

std::string encodeCursor(const SyncCursor& cursor) {
    const std::string plain =
        std::string(kPrefix) + cursor.user + ":" + std::to_string(cursor.counter);
    return QByteArray::fromStdString(plain).toBase64(kBase64).toStdString();
}

std::optional<SyncCursor> decodeCursor(std::string_view text) {
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray(text.data(), static_cast<qsizetype>(text.size())),
                                       kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const std::string plain = decoded.decoded.toStdString();
    if (plain.rfind(kPrefix, 0) != 0)
        return std::nullopt;
    const std::size_t separator = plain.rfind(':');
    if (separator <= kPrefix.size() - 1 || separator + 1 >= plain.size())
        return std::nullopt;
    SyncCursor cursor{plain.substr(kPrefix.size(), separator - kPrefix.size()), 0};
    const char* digits = plain.data() + separator + 1;
    const char* end = plain.data() + plain.size();
    const auto [stop, error] = std::from_chars(digits, end, cursor.counter);
    if (error != std::errc() || stop != end || cursor.counter < 0 || cursor.user.empty())
        return std::nullopt;
    return cursor;
}

} // namespace vitae::server
