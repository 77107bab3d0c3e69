// The server's real answers against sync-server/openapi.yaml: every endpoint's success and
// its usual errors are requested, recorded (method, route pattern, status, media type, body)
// and handed to check_responses_against_openapi.js, which validates each body against the
// documented schema with Ajv (strictly: undocumented members fail) and checks that every
// documented operation answered with a 2xx. Ajv and js-yaml come from the pinned
// @redocly/cli (scripts/fetch-redocly, the ctest fixture "redocly").
#include "api_test.h"
#include "resume_documents.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace vitae::test {
namespace {

const std::string kId = "00000000-0000-4000-8000-0000000000a1";
const std::string kOtherId = "00000000-0000-4000-8000-0000000000a2";

// The node_modules of the pinned @redocly/cli: the fetch script's last line is the path of its
// command, node_modules/.bin/redocly (the cache is complete once the fixture has run).
QString redoclyNodeModules() {
    QProcess fetch;
    fetch.start(QStringLiteral("bash"),
                {QStringLiteral(VITAE_SOURCE_DIR "/scripts/fetch-redocly")});
    if (!fetch.waitForFinished(300000) || fetch.exitCode() != 0)
        return {};
    const QStringList lines =
        QString::fromUtf8(fetch.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QDir bin = QFileInfo(lines.last()).dir();
    return bin.cdUp() ? bin.absolutePath() : QString();
}

struct CheckRun {
    int exitCode = -1;
    QString output;
};

// check_responses_against_openapi.js over `records`.
CheckRun checkAgainstTheDocument(const QJsonArray& records) {
    const QString nodeModules = redoclyNodeModules();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (nodeModules.isEmpty() || node.isEmpty())
        return {-1, QStringLiteral("no node, or scripts/fetch-redocly failed (the redocly "
                                   "fixture provides Ajv and js-yaml)")};
    QTemporaryFile file;
    if (!file.open())
        return {-1, QStringLiteral("cannot write the records")};
    file.write(QJsonDocument(records).toJson());
    file.flush();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(
        node,
        {QStringLiteral(VITAE_SOURCE_DIR "/tests/server/check_responses_against_openapi.js"),
         QStringLiteral("--openapi"), QStringLiteral(VITAE_SOURCE_DIR "/sync-server/openapi.yaml"),
         QStringLiteral("--records"), file.fileName(), QStringLiteral("--node-modules"),
         nodeModules});
    if (!check.waitForFinished(60000))
        return {-1, QStringLiteral("the check did not finish")};
    return {check.exitCode(), QString::fromUtf8(check.readAll())};
}

QJsonObject answer(const char* method, const char* route, int status, const char* body,
                   const char* contentType = "application/json") {
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("route"), QString::fromLatin1(route)},
            {QStringLiteral("request"), QString::fromLatin1(route)},
            {QStringLiteral("status"), status},
            {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
            {QStringLiteral("body"), QString::fromLatin1(body)}};
}

// The checker itself, on answers the document does not allow: each is named.
TEST(ResponseChecker, RefusesWhatTheDocumentDoesNotSay) {
    const CheckRun run = checkAgainstTheDocument(
        {answer("GET", "/healthz", 200, R"({"status":"ok","extra":1})"),
         answer("GET", "/api/users/me", 200,
                R"({"user":{"id":"x","email":"a@b","role":"user","createdAt":"2026-01-01"}})"),
         answer("GET", "/api/plans", 418, "{}"),
         answer("DELETE", "/api/resumes/{id}", 204, "x", ""), answer("GET", "/nowhere", 200, "{}"),
         answer("GET", "/readyz", 200, "ok", "text/plain")});
    ASSERT_EQ(run.exitCode, 1) << run.output.toStdString();
    for (const char* expected :
         {"/ must NOT have additional properties (extra)", "/user/id must match format \"uuid\"",
          "/user/createdAt must match format \"date-time\"",
          "status 418 is not documented for this operation",
          "documented without a body, answered one",
          "GET /nowhere -> 200 (/nowhere): the "
          "operation is not documented",
          "answered text/plain, documented application/json",
          "POST /api/resumes: no successful answer was recorded"})
        EXPECT_TRUE(run.output.contains(QString::fromLatin1(expected))) << expected << "\n"
                                                                        << run.output.toStdString();
}

class Responses : public ApiTest {
protected:
    // Records the answer to `target` under its documented route pattern; `expected` is the
    // status this scenario asks for, so the record covers what it says it does.
    void record(const char* method, const std::string& route, const std::string& target,
                int expected, const httplib::Result& result) {
        ASSERT_TRUE(result) << method << " " << target << ": no response";
        EXPECT_EQ(result->status, expected) << method << " " << target << ": " << result->body;
        records.append(QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("route"), QString::fromStdString(route)},
            {QStringLiteral("request"), QString::fromStdString(std::string(method) + ' ' + target)},
            {QStringLiteral("status"), result->status},
            {QStringLiteral("contentType"),
             QString::fromStdString(result->get_header_value("Content-Type"))},
            {QStringLiteral("body"), QString::fromStdString(result->body)}});
    }

    void get(const std::string& route, const std::string& target, int expected,
             const httplib::Headers& headers = {}) {
        record("GET", route, target, expected, ApiTest::get(target, headers));
    }
    void post(const std::string& route, const QJsonObject& body, int expected,
              const httplib::Headers& headers = {}) {
        record("POST", route, route, expected, ApiTest::post(route, body, headers));
    }
    void postRaw(const std::string& route, const std::string& body, const char* contentType,
                 int expected) {
        record("POST", route, route, expected, client->Post(route.c_str(), body, contentType));
    }
    void put(const std::string& target, const QJsonObject& body, const httplib::Headers& headers,
             int expected) {
        record("PUT", "/api/resumes/{id}", target, expected, ApiTest::put(target, body, headers));
    }

    static QJsonObject resume(const QString& title, const std::string& id = kId,
                              const QJsonObject& data = resumeDocument()) {
        return {{QStringLiteral("id"), QString::fromStdString(id)},
                {QStringLiteral("title"), title},
                {QStringLiteral("data"), data}};
    }

    // The calls without an account; the token of the account they register.
    std::string anonymousCalls();
    void accountCalls(const std::string& token);
    void resumeCalls(const httplib::Headers& bearer);
    void syncCalls(const httplib::Headers& bearer);

    QJsonArray records;
};

std::string Responses::anonymousCalls() {
    const QJsonObject credentials{{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                  {QStringLiteral("password"), QStringLiteral("correct horse")}};
    get("/healthz", "/healthz", 200);
    get("/readyz", "/readyz", 200);
    get("/api/plans", "/api/plans", 200);
    get("/api/templates", "/api/templates", 200);
    post("/api/auth/register", credentials, 201);
    post("/api/auth/register", credentials, 409);
    post("/api/auth/register",
         {{QStringLiteral("email"), QStringLiteral("not an address")},
          {QStringLiteral("password"), QStringLiteral("short")}},
         422);
    post("/api/auth/register", {{QStringLiteral("email"), 42}}, 400);
    postRaw("/api/auth/login", "{\"email\": ", "application/json", 400);
    postRaw("/api/auth/login", "{}", "text/plain", 415);
    post("/api/auth/login",
         {{QStringLiteral("email"), QStringLiteral("ada@example.com")},
          {QStringLiteral("password"), QStringLiteral("wrong password")}},
         401);
    const auto login = ApiTest::post("/api/auth/login", credentials);
    record("POST", "/api/auth/login", "/api/auth/login", 200, login);
    get("/api/users/me", "/api/users/me", 401);
    return login ? jsonOf(login->body).value(QStringLiteral("token")).toString().toStdString()
                 : std::string();
}

void Responses::accountCalls(const std::string& token) {
    const httplib::Headers bearer{{"Authorization", "Bearer " + token}};
    get("/api/users/me", "/api/users/me", 200, bearer);
    get("/api/templates", "/api/templates", 200, bearer);
    get("/api/users/me/plan-usage", "/api/users/me/plan-usage", 200, bearer);
    resumeCalls(bearer);
    syncCalls(bearer);
    for (const int expected : {204, 401})
        record("POST", "/api/auth/logout", "/api/auth/logout", expected,
               client->Post("/api/auth/logout", bearer, "", "application/json"));
}

void Responses::resumeCalls(const httplib::Headers& bearer) {
    const std::string one = "/api/resumes/" + kId;
    get("/api/resumes", "/api/resumes", 200, bearer);
    post("/api/resumes", resume(QStringLiteral("CV")), 201, bearer);
    post("/api/resumes", resume(QStringLiteral("CV")), 200, bearer); // a retry
    post("/api/resumes", resume(QStringLiteral("Other")), 409, bearer);
    post("/api/resumes", resume(QString(), kOtherId), 422, bearer);
    QJsonObject compact = resume(QStringLiteral("Compact"), kOtherId);
    compact.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    post("/api/resumes", compact, 403, bearer);
    postRaw("/api/resumes", "{\"title\":\"" + std::string(std::size_t{3} << 20, 'x') + "\"}",
            "application/json", 413);
    post("/api/resumes", resume(QStringLiteral("Second"), kOtherId), 201, bearer);
    get("/api/resumes", "/api/resumes", 200, bearer);
    get("/api/resumes", "/api/resumes?include=data", 200, bearer);
    get("/api/resumes", "/api/resumes?include=everything", 400, bearer);
    get("/api/resumes/{id}", one, 200, bearer);
    get("/api/resumes/{id}", "/api/resumes/" + std::string(36, 'f'), 404, bearer);
    put(one, resume(QStringLiteral("Renamed")), bearer, 428);
    put(one, resume(QStringLiteral("Renamed")), withHeader(bearer, "If-Match", "\"9\""), 412);
    put(one, resume(QStringLiteral("Renamed")), withHeader(bearer, "If-Match", "\"1\""), 200);
    const std::string other = "/api/resumes/" + kOtherId + "/default";
    record("PATCH", "/api/resumes/{id}/default", other, 200, ApiTest::patch(other, bearer));
    for (const int expected : {204, 404})
        record("DELETE", "/api/resumes/{id}", one, expected, ApiTest::del(one, bearer));
}

void Responses::syncCalls(const httplib::Headers& bearer) {
    get("/api/sync/changes", "/api/sync/changes", 200, bearer);
    get("/api/sync/changes", "/api/sync/changes?cursor=garbage", 410, bearer);
    get("/api/sync/changes", "/api/sync/changes?limit=0", 400, bearer);
    get("/api/sync/changes", "/api/sync/changes", 401);
}

TEST_F(Responses, EveryAnswerMatchesTheDocumentedSchema) {
    const std::string token = anonymousCalls();
    ASSERT_FALSE(token.empty());
    accountCalls(token);

    const CheckRun run = checkAgainstTheDocument(records);
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_TRUE(
        run.output.contains(QStringLiteral("%1 answers checked, 0 problems").arg(records.size())))
        << run.output.toStdString();
}

} // namespace
} // namespace vitae::test
