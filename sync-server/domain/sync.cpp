#include "domain/sync.h"

#include <QByteArray>

#include <charconv>
#include <optional>

namespace vitae::server {
namespace {

// The version prefix lets a later format replace this one without misreading old cursors.
// v1 (user:counter) came before cursors carried prunedSeen; it still reads, as prunedSeen 0.
constexpr std::string_view kPrefixV1 = "v1:";
constexpr std::string_view kPrefix = "v2:";

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

std::string encodeCursor(const SyncCursor& cursor) {
    const std::string plain = std::string(kPrefix) + cursor.user + ":" +
                              std::to_string(cursor.counter) + ":" +
                              std::to_string(cursor.prunedSeen);
    return QByteArray::fromStdString(plain).toBase64(kBase64).toStdString();
}

namespace {

// The number after the last ':' of `text`, which is cut back to what comes before that ':'.
std::optional<std::int64_t> takeLastNumber(std::string_view& text) {
    const std::size_t separator = text.rfind(':');
    if (separator == std::string_view::npos || separator + 1 >= text.size())
        return std::nullopt;
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data() + separator + 1, end, value);
    if (error != std::errc() || stop != end || value < 0)
        return std::nullopt;
    text = text.substr(0, separator);
    return value;
}

} // namespace

std::optional<SyncCursor> decodeCursor(std::string_view text) {
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray(text.data(), static_cast<qsizetype>(text.size())),
                                       kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const std::string plain = decoded.decoded.toStdString();
    const bool current = plain.starts_with(kPrefix);
    if (!current && !plain.starts_with(kPrefixV1))
        return std::nullopt;
    // Both prefixes have the same length; what follows is user:counter[:prunedSeen].
    std::string_view rest = std::string_view(plain).substr(kPrefix.size());
    SyncCursor cursor;
    if (current) {
        const std::optional<std::int64_t> prunedSeen = takeLastNumber(rest);
        if (!prunedSeen)
            return std::nullopt;
        cursor.prunedSeen = *prunedSeen;
    }
    const std::optional<std::int64_t> counter = takeLastNumber(rest);
    if (!counter || rest.empty() || rest.find(':') != std::string_view::npos)
        return std::nullopt;
    cursor.counter = *counter;
    cursor.user = std::string(rest);
    return cursor;
}

} // namespace vitae::server
