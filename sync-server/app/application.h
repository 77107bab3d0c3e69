// The composition root: builds the adapters from a configuration, hands them to the use
// cases, registers the routes, and runs migrations and the HTTP server. main() and the tests
// start the same Application, so the tests run the server as it is deployed.
#pragma once

#include "adapters/config/config.h"
#include "adapters/crypto/sodium.h"
#include "adapters/http/health_routes.h"
#include "adapters/http/http_server.h"
#include "adapters/postgres/change_log.h"
#include "adapters/postgres/login_attempt_repository.h"
#include "adapters/postgres/maintenance_repository.h"
#include "adapters/postgres/migrator.h"
#include "adapters/postgres/plan_repository.h"
#include "adapters/postgres/pool.h"
#include "adapters/postgres/resume_repository.h"
#include "adapters/postgres/session_repository.h"
#include "adapters/postgres/system_log.h"
#include "adapters/postgres/usage.h"
#include "adapters/postgres/user_repository.h"
#include "adapters/system/system_clock.h"
#include "usecases/admin.h"
#include "usecases/auth.h"
#include "usecases/maintenance.h"
#include "usecases/plans.h"
#include "usecases/resumes.h"
#include "usecases/sync.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vitae::server {

class JsonLog;

class Application {
public:
    Application(config::ServerConfig config, JsonLog& log);
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    // Applies pending migrations on a connection of its own and records them in system_logs;
    // throws pg::QueryError, pg::MigrationError or ServiceUnavailable.
    std::vector<int> migrate();
    // Migrates on a background thread, retrying while PostgreSQL is unreachable, so a server
    // started before its database becomes ready by itself. A migration that fails for any
    // other reason stops the server (failed() turns true).
    void migrateInBackground();
    // One attempt now; false when it failed for good (logged). Unreachable PostgreSQL is not
    // failure: the attempt continues in the background.
    bool migrateAtStart();

    http::Readiness readiness();

    // Binds, then serves on a background thread; returns the port once it accepts connections.
    // Both ways record server_started and server_stopped and run the periodic clean-up.
    int start();
    // Binds and serves on this thread until stop(); false when the port cannot be bound.
    bool serve();
    // Safe at any moment and from any thread, also before start() or serve() (which then
    // return at once).
    void stop();
    bool failed() const { return failed_; }

    http::HttpServer& http() { return http_; }
    pg::ConnectionPool& pool() { return pool_; }
    GrantAdmin& grantAdmin() { return grantAdmin_; }
    CleanUpExpiredRecords& cleanUp() { return cleanUp_; }
    SystemEventLog& systemLog() { return systemLog_; }
    const config::ServerConfig& config() const { return config_; }

private:
    enum class MigrationOutcome { Done, Retry, Fatal };
    MigrationOutcome tryMigrations();
    void retryMigrations();
    void startMaintenance();
    void runMaintenanceUntilStopped();
    void recordStarted(int port);
    void recordStopped();

    config::ServerConfig config_;
    JsonLog& log_;
    pg::ConnectionPool pool_;
    pg::Migrator migrator_;
    SystemClock clock_;
    crypto::SodiumPasswordHasher hasher_;
    crypto::SodiumTokenGenerator tokens_;
    pg::PgUserRepository users_;
    pg::PgSessionRepository sessions_;
    pg::PgLoginAttemptLog attempts_;
    pg::PgSystemLog systemLog_;
    pg::PgExpiredRecords expiredRecords_;
    RegisterUser register_;
    LogIn logIn_;
    LogOut logOut_;
    Authenticate authenticate_;
    GrantAdmin grantAdmin_;
    CleanUpExpiredRecords cleanUp_;
    pg::PgResumeRepository resumes_;
    pg::PgChangeLog changeLog_;
    pg::PgPlanRepository plans_;
    pg::PgUsageCounters usage_;
    ListResumes listResumes_;
    GetResume getResume_;
    CreateResume createResume_;
    UpdateResume updateResume_;
    DeleteResume deleteResume_;
    MakeDefaultResume makeDefault_;
    ListChanges listChanges_;
    ListPlans listPlans_;
    ListTemplates listTemplates_;
    GetPlanUsage planUsage_;
    http::HttpServer http_;

    std::mutex mutex_;
    std::condition_variable stopping_;
    bool stopRequested_ = false;
    std::atomic<bool> failed_{false};
    std::thread migrationThread_;
    std::thread serverThread_;
    std::thread maintenanceThread_;
};

} // namespace vitae::server
