#include "adapters/http/http_server.h"

#include "adapters/http/error_mapping.h"
#include "adapters/http/httplib_connections.h"
#include "adapters/log/json_log.h"

#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <httplib.h>
#include <optional>
#include <random>
#include <regex>
#include <stdexcept>

namespace vitae::server::http {
namespace {

// What the request log needs to know about the request a worker thread is handling.
// httplib runs a request from its first byte to the log callback on one thread, and the
// callbacks it offers (pre-routing, handler, error handler, logger) share no state of
// their own, so the state lives with the thread.
struct RequestContext {
    std::string requestId;
    std::chrono::steady_clock::time_point start;
    std::optional<std::string> route;
    std::optional<std::string> userId;
};

thread_local std::optional<RequestContext> currentRequest;

std::string newRequestId() {
    thread_local std::mt19937_64 random{std::random_device{}()};
    static constexpr char hex[] = "0123456789abcdef";
    std::string id(16, '0');
    std::uint64_t bits = random();
    for (char& c : id) {
        c = hex[bits & 0xF];
        bits >>= 4;
    }
    return id;
}

// A proxy's X-Request-Id is kept when it is safe to log and echo.
std::string requestIdFor(const httplib::Request& request) {
    static const std::regex safe("[A-Za-z0-9._-]{1,64}");
    const std::string given = request.get_header_value("X-Request-Id");
    return std::regex_match(given, safe) ? given : newRequestId();
}

RequestContext& beginRequest(const httplib::Request& request) {
    currentRequest = RequestContext{requestIdFor(request), std::chrono::steady_clock::now(),
                                    std::nullopt, std::nullopt};
    return *currentRequest;
}

// Requests httplib rejects before routing (a malformed request line) have no context yet.
RequestContext& context() {
    if (!currentRequest)
        currentRequest =
            RequestContext{newRequestId(), std::chrono::steady_clock::now(), std::nullopt, {}};
    return *currentRequest;
}

std::optional<Method> methodFrom(const std::string& name) {
    static const std::pair<const char*, Method> names[] = {
        {"GET", Method::Get}, {"HEAD", Method::Get},    {"POST", Method::Post},
        {"PUT", Method::Put}, {"PATCH", Method::Patch}, {"DELETE", Method::Delete}};
    for (const auto& [text, method] : names) {
        if (name == text)
            return method;
    }
    return std::nullopt;
}

std::vector<std::string> splitPath(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = path.empty() || path.front() != '/' ? 0 : 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        parts.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool isChunked(const httplib::Request& request) {
    return request.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
}

// A request's Content-Length, judged from the head alone: httplib 0.11 reads a body over the
// cap to its end before answering 413, and takes "1x" for 1 and "-1" for 2^64 - 1.
enum class DeclaredLength { Absent, Zero, WithinCap, OverCap, Invalid };

DeclaredLength declaredLength(const httplib::Request& request, std::size_t cap) {
    const std::size_t count = request.get_header_value_count("Content-Length");
    if (count == 0)
        return DeclaredLength::Absent;
    if (count > 1) // two lengths: where the body ends is ambiguous (RFC 9112, 6.3)
        return DeclaredLength::Invalid;
    const std::string value = request.get_header_value("Content-Length");
    if (value.empty() ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return DeclaredLength::Invalid;
    std::uint64_t length = 0;
    if (std::from_chars(value.data(), value.data() + value.size(), length).ec != std::errc())
        return DeclaredLength::OverCap; // digits beyond 2^64
    if (length == 0)
        return DeclaredLength::Zero;
    return length > cap ? DeclaredLength::OverCap : DeclaredLength::WithinCap;
}

// Every X-Forwarded-For field, in order, as one list (RFC 9110, 5.3).
std::string forwardedFor(const httplib::Request& request) {
    std::string hops;
    const std::size_t count = request.get_header_value_count("X-Forwarded-For");
    for (std::size_t i = 0; i < count; ++i)
        hops.append(i == 0 ? "" : ",").append(request.get_header_value("X-Forwarded-For", i));
    return hops;
}

bool isParameter(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

void write(const Response& response, httplib::Response& out) {
    out.status = response.status;
    for (const auto& [name, value] : response.headers)
        out.set_header(name, value);
    if (!response.contentType.empty())
        out.set_content(response.body, response.contentType);
    else
        out.body = response.body;
}

void writeError(const Error& error, httplib::Response& out) {
    write(errorResponse(error, context().requestId), out);
}

// For an answer that leaves the request's body unread: the connection closes after it (the
// close drops what the client still sends) instead of reading the body as the next request.
void closeAfter(httplib::Response& out) {
    out.set_header("Connection", "close");
    ConnectionServer::closeAfterThisResponse();
}

const Error& internalError() {
    static const Error error = errorForStatus(500);
    return error;
}

} // namespace

// What a closing connection reads and drops at least, whatever the body cap.
constexpr std::size_t kMinLingerBytes = std::size_t{256} * 1024;

struct HttpServer::Impl {
    struct Route {
        Method method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;
    };

    HttpSettings settings;
    JsonLog& log;
    ConnectionServer server;
    std::vector<Route> routes;
    std::atomic<bool> stopped{false};

    Impl(HttpSettings s, JsonLog& l)
        : settings(std::move(s))
        , log(l)
        , server({settings.readTimeout, settings.writeTimeout, settings.keepAlive,
                  std::max(settings.maxBodyBytes, kMinLingerBytes)}) {
        configure();
    }

    void configure();
    void configureLimits();
    // Our route table behind one catch-all httplib route per method, plus the pre-routing hook.
    void installRouting();
    // What can be answered from the request's head, before httplib reads a body; true if it was.
    bool answeredFromTheHead(const httplib::Request& in, httplib::Response& out);
    // The JSON envelope for httplib's own errors, the exception guard and the request log.
    void installErrorHandling();
    // Requests that may carry a body: we read it through httplib's content reader ourselves,
    // so a chunked body can be drained before it is refused.
    void dispatchWithBody(const httplib::Request& in, httplib::Response& out,
                          const httplib::ContentReader& reader);
    void refuseChunked(httplib::Response& out, const httplib::ContentReader& reader) const;
    void dispatch(const httplib::Request& in, std::string body, httplib::Response& out);
    Response handle(Request& request, const Route& route);
    bool matches(const Route& route, const std::vector<std::string>& parts, Request& request) const;
    void logException(const std::exception_ptr& exception);
    void logRequest(const httplib::Request& request, const httplib::Response& response);
};

void HttpServer::Impl::configure() {
    configureLimits();
    installRouting();
    installErrorHandling();
}

void HttpServer::Impl::configureLimits() {
    const int threads = settings.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // httplib 0.11 accepts any body size unless told otherwise.
    server.set_payload_max_length(settings.maxBodyBytes);
    // Our keep-alive loop (httplib_connections.cpp) waits settings.keepAlive to the millisecond;
    // this is only what httplib's Keep-Alive header announces, in whole seconds: rounded down
    // (at least 1), so a client that counts on it does not reuse a connection we have closed.
    const auto keepAliveSeconds =
        std::chrono::floor<std::chrono::seconds>(settings.keepAlive).count();
    server.set_keep_alive_timeout(std::max<time_t>(1, keepAliveSeconds));
    // A connection is closed after this many requests, so that clients spread again over
    // server instances behind a balancer; nginx's default.
    server.set_keep_alive_max_count(1000);
    server.set_read_timeout(settings.readTimeout);
    server.set_write_timeout(settings.writeTimeout);
    // httplib 0.11 leaves Nagle's algorithm on and sends a response as two writes (head, body):
    // the body waits for the client's ACK of the head, which Linux delays by 40 ms, so every
    // keep-alive response took ~44 ms (docs/PERFORMANCE.md, step 4).
    server.set_tcp_nodelay(true);
}

void HttpServer::Impl::installRouting() {
    server.set_pre_routing_handler([this](const httplib::Request& in, httplib::Response& out) {
        const RequestContext& request = beginRequest(in);
        out.set_header("X-Request-Id", request.requestId);
        return answeredFromTheHead(in, out) ? httplib::Server::HandlerResponse::Handled
                                            : httplib::Server::HandlerResponse::Unhandled;
    });
    server.Get(".*", [this](const httplib::Request& in, httplib::Response& out) {
        dispatch(in, {}, out);
    });
    const httplib::Server::HandlerWithContentReader withBody =
        [this](const httplib::Request& in, httplib::Response& out,
               const httplib::ContentReader& reader) { dispatchWithBody(in, out, reader); };
    server.Post(".*", withBody);
    server.Put(".*", withBody);
    server.Patch(".*", withBody);
    server.Delete(".*", withBody);
}

bool HttpServer::Impl::answeredFromTheHead(const httplib::Request& in, httplib::Response& out) {
    const DeclaredLength length = declaredLength(in, settings.maxBodyBytes);
    // Refused before a byte of the body is read, and the connection closes after the answer
    // (dropping at most the linger bytes): a worker is not held while 10 GB arrive.
    if (length == DeclaredLength::Invalid || length == DeclaredLength::OverCap) {
        writeError(errorForStatus(length == DeclaredLength::Invalid ? 400 : 413), out);
        closeAfter(out);
        return true;
    }
    const std::optional<Method> method = methodFrom(in.method);
    if (!method) {
        // OPTIONS, TRACE, CONNECT, ...: no route serves them, so the path alone decides (404,
        // or 405 with Allow), and a body they bring is not read.
        dispatch(in, {}, out);
        if (isChunked(in) || length == DeclaredLength::WithinCap)
            closeAfter(out);
        return true;
    }
    const bool takesBody = *method != Method::Get; // GET and HEAD
    if (isChunked(in)) {
        // Drained and refused by dispatchWithBody(). httplib 0.11 cannot read the body of a GET
        // or HEAD (which has no business sending one): refused unread, and the connection's
        // close drops the body.
        if (takesBody)
            return false;
        writeError(errorForStatus(411), out);
        closeAfter(out);
        return true;
    }
    // httplib 0.11 never reads the body of a GET or HEAD: left on the connection, it would be
    // parsed as the next request (one the client never sent). Served, then closed.
    if (!takesBody && length == DeclaredLength::WithinCap) {
        dispatch(in, {}, out);
        closeAfter(out);
        return true;
    }
    // httplib 0.11 waits for a body on every POST, PUT, PATCH and DELETE, reading until the
    // client closes when there is no Content-Length. HTTP/1.1 says such a request has no body
    // (RFC 9112, 6.3): dispatch it here, before httplib starts reading.
    if (takesBody && length == DeclaredLength::Absent) {
        dispatch(in, {}, out);
        return true;
    }
    return false;
}

void HttpServer::Impl::dispatchWithBody(const httplib::Request& in, httplib::Response& out,
                                        const httplib::ContentReader& reader) {
    if (isChunked(in)) {
        refuseChunked(out, reader);
        return;
    }
    std::string body;
    const bool read = reader([&body](const char* data, std::size_t size) {
        body.append(data, size);
        return true;
    });
    if (!read) {
        // httplib set the status: 413 over the cap (it skipped the body), 400 for a broken one.
        writeError(errorForStatus(out.status), out);
        return;
    }
    dispatch(in, std::move(body), out);
}

// httplib 0.11 reads chunked bodies without the payload cap, so we refuse them. The body is
// read and dropped first, up to the cap: on a keep-alive connection the unread chunks would be
// parsed as the next request. A longer body ends the connection after the answer (the close
// drops what is left without resetting the connection under the answer).
void HttpServer::Impl::refuseChunked(httplib::Response& out,
                                     const httplib::ContentReader& reader) const {
    std::size_t drained = 0;
    const bool whole =
        reader([&drained, cap = settings.maxBodyBytes](const char*, std::size_t size) {
            drained += size;
            return drained <= cap;
        });
    writeError(errorForStatus(411), out);
    if (!whole)
        closeAfter(out);
}

void HttpServer::Impl::installErrorHandling() {
    // httplib calls the error handler for every status >= 400, including ours: only fill
    // the bodies httplib left empty (a broken request, ...). What httplib refuses before the
    // pre-routing hook (a malformed request line or header, a URI too long, a bad Range) gets
    // its request id here, the one its body quotes.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& out) {
            if (!out.has_header("X-Request-Id"))
                out.set_header("X-Request-Id", context().requestId);
            if (!out.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            writeError(errorForStatus(out.status), out);
            return httplib::Server::HandlerResponse::Handled;
        }));
    // Without this, httplib 0.11 answers an escaped exception with its e.what() in an
    // EXCEPTION_WHAT header. dispatch() catches everything already; this is the backstop.
    server.set_exception_handler([this](const httplib::Request&, httplib::Response& out,
                                        const std::exception_ptr& exception) {
        logException(exception);
        out.headers.erase("EXCEPTION_WHAT");
        writeError(internalError(), out);
    });
    server.set_logger(
        [this](const httplib::Request& in, const httplib::Response& out) { logRequest(in, out); });
}

bool HttpServer::Impl::matches(const Route& route, const std::vector<std::string>& parts,
                               Request& request) const {
    if (route.segments.size() != parts.size())
        return false;
    std::map<std::string, std::string, std::less<>> params;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string& segment = route.segments[i];
        if (isParameter(segment) && !parts[i].empty())
            params[segment.substr(1, segment.size() - 2)] = parts[i];
        else if (segment != parts[i])
            return false;
    }
    request.pathParams = std::move(params);
    return true;
}

void HttpServer::Impl::dispatch(const httplib::Request& in, std::string body,
                                httplib::Response& out) {
    // A method no route serves (OPTIONS, TRACE, ...) matches no route: 405 or 404 below.
    const std::optional<Method> method = methodFrom(in.method);
    Request request;
    request.method = method.value_or(Method::Get);
    request.path = in.path;
    request.headers.assign(in.headers.begin(), in.headers.end());
    request.query.insert(in.params.begin(), in.params.end());
    request.body = std::move(body);
    request.remoteAddress =
        clientAddress(in.remote_addr, forwardedFor(in), settings.trustedProxies);
    request.requestId = context().requestId;

    const std::vector<std::string> parts = splitPath(in.path);
    std::string allowed;
    for (const Route& route : routes) {
        if (!matches(route, parts, request))
            continue;
        if (route.method == method) {
            write(handle(request, route), out);
            return;
        }
        allowed += (allowed.empty() ? "" : ", ") + std::string(methodName(route.method));
    }
    if (allowed.empty()) {
        writeError(errorForStatus(404), out);
        return;
    }
    writeError(errorForStatus(405), out);
    out.set_header("Allow", allowed);
}

Response HttpServer::Impl::handle(Request& request, const Route& route) {
    request.route = route.pattern;
    context().route = route.pattern;
    Response response;
    try {
        response = route.handler(request);
    } catch (const ServiceUnavailable& error) {
        log.event(LogLevel::Warning, "service_unavailable",
                  {{QStringLiteral("requestId"), QString::fromStdString(request.requestId)},
                   {QStringLiteral("reason"), QString::fromUtf8(error.what())}});
        response = errorResponse(errorForStatus(503), request.requestId);
    } catch (...) {
        logException(std::current_exception());
        response = errorResponse(internalError(), request.requestId);
    }
    context().userId = request.userId;
    return response;
}

void HttpServer::Impl::logException(const std::exception_ptr& exception) {
    QString what = QStringLiteral("unknown exception");
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception& error) {
        what = QString::fromUtf8(error.what());
    } catch (...) {
    }
    // The detail goes to the log only, under the request id the client was given.
    log.event(LogLevel::Error, "unhandled_exception",
              {{QStringLiteral("requestId"), QString::fromStdString(context().requestId)},
               {QStringLiteral("what"), what}});
}

void HttpServer::Impl::logRequest(const httplib::Request& in, const httplib::Response& out) {
    const RequestContext request = context();
    currentRequest.reset();
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - request.start;
    log.request(
        {request.requestId, request.userId, in.method, request.route, out.status, elapsed.count()});
}

HttpServer::HttpServer(HttpSettings settings, JsonLog& log)
    : impl_(std::make_unique<Impl>(std::move(settings), log)) {}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::route(Method method, std::string pattern, Handler handler) {
    auto segments = splitPath(pattern);
    impl_->routes.push_back({method, std::move(pattern), std::move(segments), std::move(handler)});
}

std::vector<std::pair<Method, std::string>> HttpServer::routes() const {
    std::vector<std::pair<Method, std::string>> list;
    for (const auto& route : impl_->routes)
        list.emplace_back(route.method, route.pattern);
    return list;
}

int HttpServer::bind() {
    const HttpSettings& settings = impl_->settings;
    int port = 0;
    if (settings.port == 0)
        port = impl_->server.bind_to_any_port(settings.host);
    else if (impl_->server.bind_to_port(settings.host, settings.port))
        port = settings.port;
    if (port > 0 && impl_->server.widenListenBacklog())
        return port;
    throw std::runtime_error("cannot listen on " + settings.host + ":" +
                             std::to_string(settings.port));
}

void HttpServer::run() {
    if (impl_->stopped) {
        impl_->server.stopListening();
        return;
    }
    // A stop() from now on closes the listening socket, which ends (or skips) httplib's loop.
    impl_->server.listen_after_bind();
}

bool HttpServer::isRunning() const {
    return impl_->server.is_running();
}

void HttpServer::stop() {
    impl_->stopped = true;
    impl_->server.stopListening();
}

} // namespace vitae::server::http
