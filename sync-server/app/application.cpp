#include "app/application.h"

#include "adapters/http/auth_routes.h"
#include "adapters/http/plan_routes.h"
#include "adapters/http/resume_routes.h"
#include "adapters/http/sync_routes.h"
#include "adapters/log/json_log.h"

#include <QJsonArray>

#include <stdexcept>
#include <string>
#include <string_view>

namespace vitae::server {
namespace {

// How long /readyz waits for a pool connection at most (see readiness()).
constexpr std::chrono::milliseconds kReadinessWait{500};

constexpr auto kMigrationRetry = std::chrono::seconds(2);

crypto::HashCost hashCost(config::PasswordHashCost cost) {
    switch (cost) {
    case config::PasswordHashCost::Interactive:
        return crypto::interactiveCost();
    case config::PasswordHashCost::Moderate:
        return crypto::moderateCost();
    case config::PasswordHashCost::Sensitive:
        return crypto::sensitiveCost();
    }
    return crypto::moderateCost();
}

// Why /readyz could not check the database, for the public answer: a ServiceUnavailable's
// summary ("no PostgreSQL connection became free in time", "cannot reach PostgreSQL") without
// the detail after its colon (libpq's text names hosts and ports; the log line has it all).
std::string readinessFailure(const std::exception& error) {
    if (dynamic_cast<const ServiceUnavailable*>(&error) == nullptr)
        return "database check failed";
    const std::string_view message = error.what();
    return std::string(message.substr(0, message.find(':')));
}

http::HttpSettings httpSettings(const config::ServerConfig& config) {
    return {config.httpHost,    config.httpPort,     config.httpThreads, config.maxBodyBytes,
            config.readTimeout, config.writeTimeout, config.keepAlive,   config.trustedProxies};
}

} // namespace

Application::Application(config::ServerConfig config, JsonLog& log)
    : config_(std::move(config))
    , log_(log)
    , pool_({config_.databaseUrl, config_.databasePoolSize, config_.databaseAcquireTimeout})
    // libsodium must be initialised before its first use, which the hasher may be.
    , hasher_((crypto::initialize(), hashCost(config_.passwordHashCost)),
              {std::size_t(config_.passwordHashMemoryMb) * 1024 * 1024})
    , users_(pool_)
    , sessions_(pool_)
    , attempts_(pool_)
    , systemLog_(pool_, log_)
    , expiredRecords_(pool_)
    , register_(users_, hasher_)
    , logIn_(users_, sessions_, attempts_, hasher_, tokens_, clock_, config_.auth)
    , logOut_(sessions_, tokens_)
    , authenticate_(sessions_, tokens_, clock_)
    , grantAdmin_(users_, systemLog_)
    , cleanUp_(
          expiredRecords_, systemLog_, clock_,
          {config_.auth.loginLimits.window, config_.changeLogRetention, config_.systemLogRetention})
    , resumes_(pool_)
    , changeLog_(pool_)
    , plans_(pool_)
    , usage_(pool_)
    , listResumes_(resumes_)
    , getResume_(resumes_)
    , createResume_(resumes_, plans_, clock_, {config_.maxResumeSections})
    , updateResume_(resumes_, plans_, clock_, {config_.maxResumeSections})
    , deleteResume_(resumes_, clock_)
    , makeDefault_(resumes_)
    , listChanges_(changeLog_)
    , listPlans_(plans_)
    , listTemplates_(plans_)
    , planUsage_(plans_, resumes_, usage_, clock_)
    , http_(httpSettings(config_), log_) {
    http::addHealthRoutes(http_, [this] { return readiness(); });
    http::addAuthRoutes(http_, {register_, logIn_, logOut_, authenticate_});
    http::addResumeRoutes(http_, {authenticate_, listResumes_, getResume_, createResume_,
                                  updateResume_, deleteResume_, makeDefault_});
    http::addSyncRoutes(http_, {authenticate_, listChanges_});
    http::addPlanRoutes(http_, {authenticate_, listPlans_, listTemplates_, planUsage_});
}

Application::~Application() {
    stop();
    if (migrationThread_.joinable())
        migrationThread_.join();
    if (serverThread_.joinable())
        serverThread_.join();
    if (maintenanceThread_.joinable())
        maintenanceThread_.join();
}

std::vector<int> Application::migrate() {
    pg::Connection connection(config_.databaseUrl);
    if (!connection.ensureConnected())
        throw ServiceUnavailable("cannot reach PostgreSQL: " + connection.lastError());
    std::vector<int> applied = migrator_.migrate(connection);
    if (!applied.empty()) {
        QJsonArray versions;
        for (const int version : applied)
            versions.append(version);
        systemLog_.record({EventLevel::Info,
                           "migrations_applied",
                           {{QStringLiteral("versions"), versions},
                            {QStringLiteral("latest"), migrator_.latest()}}});
    }
    return applied;
}

bool Application::migrateAtStart() {
    switch (tryMigrations()) {
    case MigrationOutcome::Done:
        return true;
    case MigrationOutcome::Fatal:
        return false;
    case MigrationOutcome::Retry:
        migrateInBackground();
        return true;
    }
    return false;
}

void Application::migrateInBackground() {
    migrationThread_ = std::thread([this] { retryMigrations(); });
}

Application::MigrationOutcome Application::tryMigrations() {
    const auto reason = [](const std::exception& error) {
        return QJsonObject{{QStringLiteral("reason"), QString::fromUtf8(error.what())}};
    };
    try {
        if (migrate().empty())
            log_.event(LogLevel::Info, "migrations_current",
                       {{QStringLiteral("latest"), migrator_.latest()}});
        return MigrationOutcome::Done;
    } catch (const pg::MigrationError& error) {
        log_.event(LogLevel::Error, "migration_failed", reason(error));
        return MigrationOutcome::Fatal;
    } catch (const pg::QueryError& error) {
        if (!error.connectionLost()) {
            log_.event(LogLevel::Error, "migration_failed", reason(error));
            return MigrationOutcome::Fatal;
        }
        log_.event(LogLevel::Warning, "database_unavailable", reason(error));
    } catch (const ServiceUnavailable& error) {
        log_.event(LogLevel::Warning, "database_unavailable", reason(error));
    }
    return MigrationOutcome::Retry;
}

void Application::retryMigrations() {
    for (;;) {
        switch (tryMigrations()) {
        case MigrationOutcome::Done:
            return;
        case MigrationOutcome::Fatal:
            failed_ = true;
            http_.stop(); // serve() returns, or does not start serving
            return;
        case MigrationOutcome::Retry:
            break;
        }
        std::unique_lock lock(mutex_);
        if (stopping_.wait_for(lock, kMigrationRetry, [this] { return stopRequested_; }))
            return;
    }
}

http::Readiness Application::readiness() {
    http::Readiness readiness;
    try {
        // A probe answers in its own short time: behind a balancer, a busy instance that
        // waited the pool's whole acquire timeout would be taken out when it is needed most.
        const pg::MigrationStatus status =
            pool_.run([this](pg::Connection& connection) { return migrator_.status(connection); },
                      pg::Retry::Once, std::min(kReadinessWait, pool_.acquireTimeout()));
        readiness.databaseReachable = true;
        readiness.migrationsCurrent = status.current();
        if (!status.current())
            readiness.reason = "database schema at migration " + std::to_string(status.applied) +
                               " of " + std::to_string(status.latest);
    } catch (const std::exception& error) {
        readiness.reason = readinessFailure(error);
        log_.event(LogLevel::Warning, "readiness_check_failed",
                   {{QStringLiteral("reason"), QString::fromUtf8(error.what())}});
    }
    return readiness;
}

int Application::start() {
    const int port = http_.bind();
    auto finished = std::make_shared<std::atomic<bool>>(false);
    recordStarted(port);
    startMaintenance();
    serverThread_ = std::thread([this, finished] {
        http_.run();
        *finished = true;
        recordStopped();
    });
    // httplib 0.11 has no "ready" callback: poll until it accepts (or gave up at once).
    while (!http_.isRunning()) {
        if (*finished)
            throw std::runtime_error("the HTTP server stopped before it started");
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return port;
}

// A stop() before this (a SIGTERM while migrating) makes it return at once: HttpServer::run()
// does not start serving after a stop.
bool Application::serve() {
    int port = 0;
    try {
        port = http_.bind();
    } catch (const std::exception& error) {
        log_.event(LogLevel::Error, "listen_failed",
                   {{QStringLiteral("reason"), QString::fromUtf8(error.what())}});
        return false;
    }
    recordStarted(port);
    startMaintenance();
    http_.run();
    recordStopped();
    return true;
}

void Application::recordStarted(int port) {
    systemLog_.record({EventLevel::Info,
                       "server_started",
                       {{QStringLiteral("host"), QString::fromStdString(config_.httpHost)},
                        {QStringLiteral("port"), port}}});
}

void Application::recordStopped() {
    systemLog_.record({EventLevel::Info, "server_stopped"});
}

void Application::startMaintenance() {
    maintenanceThread_ = std::thread([this] { runMaintenanceUntilStopped(); });
}

// Every server process runs the clean-up; the deletions are safe to overlap (see
// PgExpiredRecords), so no process needs to be elected for it.
void Application::runMaintenanceUntilStopped() {
    std::unique_lock lock(mutex_);
    while (
        !stopping_.wait_for(lock, config_.maintenanceInterval, [this] { return stopRequested_; })) {
        lock.unlock();
        try {
            cleanUp_.run();
        } catch (const std::exception& error) {
            log_.event(LogLevel::Warning, "maintenance_failed",
                       {{QStringLiteral("reason"), QString::fromUtf8(error.what())}});
        }
        lock.lock();
    }
}

void Application::stop() {
    {
        const std::lock_guard lock(mutex_);
        stopRequested_ = true;
    }
    stopping_.notify_all();
    http_.stop();
}

} // namespace vitae::server
