#include "adapters/http/http_types.h"

#include "adapters/http/error_mapping.h"

#include <QJsonDocument>

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>

namespace vitae::server::http {
namespace {

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string_view> splitOnCommas(std::string_view list) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = list.find(',', start);
        parts.push_back(trimmed(list.substr(start, comma - start)));
        if (comma == std::string_view::npos)
            return parts;
        start = comma + 1;
    }
}

bool samePrefix(const TrustedProxies::Address& a, const TrustedProxies::Address& b, int bits) {
    if (a.v6 != b.v6)
        return false;
    for (std::size_t i = 0; bits > 0; ++i, bits -= 8) {
        const int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
        if ((a.bytes[i] & mask) != (b.bytes[i] & mask))
            return false;
    }
    return true;
}

// The canonical text, so that "::1" and "0::1" are throttled as one client.
std::string addressText(const TrustedProxies::Address& address) {
    std::array<char, INET6_ADDRSTRLEN> text{};
    inet_ntop(address.v6 ? AF_INET6 : AF_INET, address.bytes.data(), text.data(), text.size());
    return text.data();
}

} // namespace

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

std::string_view methodName(Method method) {
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

std::optional<std::string_view> Request::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return std::nullopt;
}

std::optional<std::string_view> Request::queryValue(std::string_view name) const {
    const auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

Response Response::json(int status, const QJsonObject& body) {
    return {status,
            QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
            "application/json",
            {}};
}

Response Response::jsonText(int status, std::string body) {
    return {status, std::move(body), "application/json", {}};
}

Response Response::noContent() {
    return {204, {}, {}, {}};
}

void Response::setHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
}

Response errorResponse(const Error& error, const std::string& requestId) {
    Response response = Response::json(statusOf(error.kind), errorBody(error, requestId));
    if (error.kind == ErrorKind::RateLimited) {
        const qint64 seconds =
            error.details.value(QStringLiteral("retryAfterSeconds")).toInteger(1);
        response.setHeader("Retry-After", std::to_string(seconds));
    }
    // Unavailable is a passing state (PostgreSQL restarting, every connection or every
    // password-hashing turn busy): say when to come back, so clients back off alike.
    if (error.kind == ErrorKind::Unavailable)
        response.setHeader("Retry-After", std::to_string(kUnavailableRetrySeconds));
    if (error.kind == ErrorKind::Unauthorized)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

std::optional<TrustedProxies::Address> TrustedProxies::parseAddress(std::string_view text) {
    const std::string terminated(text); // inet_pton reads up to a NUL
    Address address;
    if (inet_pton(AF_INET, terminated.c_str(), address.bytes.data()) == 1)
        return address;
    if (inet_pton(AF_INET6, terminated.c_str(), address.bytes.data()) != 1)
        return std::nullopt;
    static constexpr std::array<unsigned char, 12> v4Mapped{0, 0, 0, 0, 0,    0,
                                                            0, 0, 0, 0, 0xFF, 0xFF};
    if (std::equal(v4Mapped.begin(), v4Mapped.end(), address.bytes.begin())) {
        std::copy_n(address.bytes.begin() + 12, 4, address.bytes.begin());
        std::fill(address.bytes.begin() + 4, address.bytes.end(), 0);
        return address;
    }
    address.v6 = true;
    return address;
}

std::optional<TrustedProxies> TrustedProxies::parse(std::string_view list, std::string* badEntry) {
    TrustedProxies proxies;
    if (trimmed(list).empty())
        return proxies;
    for (const std::string_view entry : splitOnCommas(list)) {
        const std::size_t slash = entry.find('/');
        const std::optional<Address> network = parseAddress(entry.substr(0, slash));
        const int maxBits = network && network->v6 ? 128 : 32;
        int bits = maxBits;
        if (network && slash != std::string_view::npos) {
            const std::string_view digits = entry.substr(slash + 1);
            const char* end = digits.data() + digits.size();
            const auto [ptr, ec] = std::from_chars(digits.data(), end, bits);
            if (digits.empty() || ec != std::errc() || ptr != end || bits < 0 || bits > maxBits)
                bits = -1;
        }
        if (!network || bits < 0) {
            if (badEntry != nullptr)
                *badEntry = std::string(entry);
            return std::nullopt;
        }
        proxies.ranges_.push_back({*network, bits});
        proxies.entries_.emplace_back(entry);
    }
    return proxies;
}

bool TrustedProxies::contains(std::string_view address) const {
    const std::optional<Address> parsed = parseAddress(address);
    return parsed && std::any_of(ranges_.begin(), ranges_.end(), [&](const Range& range) {
               return samePrefix(*parsed, range.network, range.prefixBits);
           });
}

std::string TrustedProxies::text() const {
    std::string text;
    for (const std::string& entry : entries_)
        text.append(text.empty() ? "" : ",").append(entry);
    return text;
}

std::string clientAddress(std::string_view peer, std::string_view forwardedFor,
                          const TrustedProxies& proxies) {
    if (trimmed(forwardedFor).empty() || !proxies.contains(peer))
        return std::string(peer);
    std::string client(peer);
    const std::vector<std::string_view> hops = splitOnCommas(forwardedFor);
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const std::optional<TrustedProxies::Address> address = TrustedProxies::parseAddress(*hop);
        if (!address)
            break;
        client = addressText(*address);
        if (!proxies.contains(client))
            break;
    }
    return client;
}

} // namespace vitae::server::http
