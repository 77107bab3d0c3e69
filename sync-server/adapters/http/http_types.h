// The request and response types route handlers see. They are ours, not cpp-httplib's, so
// handlers stay readable and testable and the HTTP library could be swapped without touching
// them (only http_server.cpp and httplib_connections.* know it).
#pragma once

#include "domain/errors.h"

#include <QJsonObject>

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitae::server::http {

enum class Method { Get, Post, Put, Patch, Delete };
std::string_view methodName(Method method);

// Equal when ASCII letters are ignored in case, as HTTP compares header names, media types and
// authentication schemes; other bytes compare as themselves, whatever the locale.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

struct Request {
    Method method = Method::Get;
    std::string path;
    std::string route; // the pattern that matched, "/api/resumes/{id}"
    std::map<std::string, std::string, std::less<>> pathParams;
    std::multimap<std::string, std::string, std::less<>> query;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string remoteAddress;
    std::string requestId;
    // Set by authentication; the request log records it.
    std::optional<std::string> userId;

    // The first header of this name, compared case-insensitively.
    std::optional<std::string_view> header(std::string_view name) const;
    std::optional<std::string_view> queryValue(std::string_view name) const;
};

struct Response {
    int status = 200;
    std::string body;
    std::string contentType;
    std::vector<std::pair<std::string, std::string>> headers;

    static Response json(int status, const QJsonObject& body);
    // A body that is JSON text already (written with JsonWriter).
    static Response jsonText(int status, std::string body);
    static Response noContent();
    void setHeader(std::string name, std::string value);
};

using Handler = std::function<Response(Request&)>;

// The Retry-After of every 503.
constexpr int kUnavailableRetrySeconds = 2;

// The one error shape of the API: {"error":{"code","message","details","requestId"}}, with the
// status of the error's kind (and Retry-After for rate limits, WWW-Authenticate for 401).
Response errorResponse(const Error& error, const std::string& requestId);

// The addresses reverse proxies and load balancers connect from (VITAE_TRUSTED_PROXIES): IPv4
// and IPv6 addresses and CIDR ranges. Only a trusted peer's X-Forwarded-For is believed.
class TrustedProxies {
public:
    // From "10.0.0.0/8,127.0.0.1,::1"; on an invalid entry, nullopt and the entry in `badEntry`.
    static std::optional<TrustedProxies> parse(std::string_view list, std::string* badEntry);

    bool contains(std::string_view address) const;
    bool empty() const { return ranges_.empty(); }
    // The entries as given, comma-separated (what check-config prints).
    std::string text() const;

    // 16 bytes; an IPv4 address in the first 4. IPv4-mapped IPv6 addresses count as IPv4.
    struct Address {
        std::array<unsigned char, 16> bytes{};
        bool v6 = false;
    };
    static std::optional<Address> parseAddress(std::string_view text);

private:
    struct Range {
        Address network;
        int prefixBits = 0;
    };
    std::vector<Range> ranges_;
    std::vector<std::string> entries_;
};

// The client a request comes from: its peer, unless the peer is a trusted proxy, in which case
// X-Forwarded-For (all of its fields, comma-joined) is walked from the right past trusted hops
// to the first untrusted one (the left-most if all are trusted). A malformed hop ends the walk
// at the last good address, so a client cannot slip an unparsable entry past a proxy.
std::string clientAddress(std::string_view peer, std::string_view forwardedFor,
                          const TrustedProxies& proxies);

} // namespace vitae::server::http
