// A fixture for HTTP tests of vitae-server's API: the Application on a loopback port over a
// PostgreSQL database of its own (PostgresTest), migrated, with a real HTTP client per call,
// accounts registered and signed in, and JSON helpers.
#pragma once

#include "adapters/log/json_log.h"
#include "app/application.h"
#include "postgres_test.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>
#include <memory>
#include <string>

namespace vitae::test {

QJsonObject jsonOf(const std::string& body);

// Every error: {"error":{"code","message","details":{},"requestId"}}, the status and the code.
void expectError(const httplib::Result& result, int status, const char* code);
// error.details of an error response.
QJsonObject errorDetails(const httplib::Result& result);

struct Account {
    std::string id;
    std::string token;
    httplib::Headers bearer() const { return {{"Authorization", "Bearer " + token}}; }
};

class ApiTest : public PostgresTest {
protected:
    void SetUp() override;
    void TearDown() override;

    // Settings for the tests' server; override to change one before the server starts.
    virtual server::config::ServerConfig config() const;

    // A new client for the server: one per thread when requests run concurrently.
    std::unique_ptr<httplib::Client> newClient() const;

    // Registers and signs in; "pro" moves the account to the pro plan (plain SQL).
    Account signUp(const std::string& email, const std::string& plan = "free");

    httplib::Result get(const std::string& path, const httplib::Headers& headers = {});
    httplib::Result post(const std::string& path, const QJsonObject& body,
                         const httplib::Headers& headers = {});
    httplib::Result put(const std::string& path, const QJsonObject& body,
                        const httplib::Headers& headers = {});
    httplib::Result patch(const std::string& path, const httplib::Headers& headers = {});
    httplib::Result del(const std::string& path, const httplib::Headers& headers = {});

    server::JsonLog log{[](std::string_view) {}};
    std::unique_ptr<server::Application> app;
    int port = 0;
    std::unique_ptr<httplib::Client> client;
};

httplib::Headers withHeader(httplib::Headers headers, const std::string& name,
                            const std::string& value);

} // namespace vitae::test
