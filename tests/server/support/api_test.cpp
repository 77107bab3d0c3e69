#include "api_test.h"

namespace vitae::test {
namespace {

std::string compact(const QJsonObject& body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

QJsonObject jsonOf(const std::string& body) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

void expectError(const httplib::Result& result, int status, const char* code) {
    ASSERT_TRUE(result) << "no response";
    EXPECT_EQ(result->status, status) << result->body;
    const QJsonObject error = jsonOf(result->body).value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString().toStdString(), code) << result->body;
    EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_TRUE(error.value(QStringLiteral("details")).isObject());
    EXPECT_FALSE(error.value(QStringLiteral("requestId")).toString().isEmpty());
}

QJsonObject errorDetails(const httplib::Result& result) {
    return jsonOf(result->body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("details"))
        .toObject();
}

httplib::Headers withHeader(httplib::Headers headers, const std::string& name,
                            const std::string& value) {
    headers.emplace(name, value);
    return headers;
}

void ApiTest::SetUp() {
    PostgresTest::SetUp();
    if (IsSkipped() || HasFailure())
        return;
    app = std::make_unique<server::Application>(config(), log);
    app->migrate();
    port = app->start();
    client = newClient();
}

void ApiTest::TearDown() {
    client.reset();
    app.reset();
    PostgresTest::TearDown();
}

server::config::ServerConfig ApiTest::config() const {
    server::config::ServerConfig c;
    c.databaseUrl = conninfo();
    c.httpPort = 0;
    c.httpThreads = 32;
    c.databasePoolSize = 8;
    c.databaseAcquireTimeout = std::chrono::milliseconds(10000);
    c.readTimeout = std::chrono::milliseconds(10000);
    c.passwordHashCost = server::config::PasswordHashCost::Interactive;
    return c;
}

std::unique_ptr<httplib::Client> ApiTest::newClient() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
    c->set_read_timeout(20, 0);
    return c;
}

Account ApiTest::signUp(const std::string& email, const std::string& plan) {
    const QJsonObject credentials{{QStringLiteral("email"), QString::fromStdString(email)},
                                  {QStringLiteral("password"), QStringLiteral("correct horse")}};
    const auto registered = post("/api/auth/register", credentials);
    EXPECT_TRUE(registered && registered->status == 201);
    const auto login = post("/api/auth/login", credentials);
    EXPECT_TRUE(login && login->status == 200);
    if (!registered || !login)
        return {};
    Account account{jsonOf(registered->body)
                        .value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .toStdString(),
                    jsonOf(login->body).value(QStringLiteral("token")).toString().toStdString()};
    if (plan != "free")
        connect()->query("UPDATE subscriptions SET plan_code = $2 WHERE user_id = $1",
                         {account.id, plan});
    return account;
}

httplib::Result ApiTest::get(const std::string& path, const httplib::Headers& headers) {
    return client->Get(path.c_str(), headers);
}

httplib::Result ApiTest::post(const std::string& path, const QJsonObject& body,
                              const httplib::Headers& headers) {
    return client->Post(path.c_str(), headers, compact(body), "application/json");
}

httplib::Result ApiTest::put(const std::string& path, const QJsonObject& body,
                             const httplib::Headers& headers) {
    return client->Put(path.c_str(), headers, compact(body), "application/json");
}

httplib::Result ApiTest::patch(const std::string& path, const httplib::Headers& headers) {
    return client->Patch(path.c_str(), headers, std::string(), "application/json");
}

httplib::Result ApiTest::del(const std::string& path, const httplib::Headers& headers) {
    return client->Delete(path.c_str(), headers);
}

} // namespace vitae::test
