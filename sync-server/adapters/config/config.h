// The server's configuration: one typed table of VITAE_* settings read from the environment
// and optionally from a KEY=VALUE file (the environment wins). Loading collects every problem
// instead of stopping at the first, so an operator fixes them all in one go.
#pragma once

#include "adapters/http/http_types.h"
#include "usecases/auth.h"

#include <vitae/core/limits.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vitae::server::config {

enum class Environment { Development, Production };

// libsodium's Argon2id cost presets: interactive (fast, tests), moderate, sensitive.
enum class PasswordHashCost { Interactive, Moderate, Sensitive };

struct ServerConfig {
    std::string databaseUrl; // libpq conninfo or postgresql:// URI
    int databasePoolSize = 16;
    std::chrono::milliseconds databaseAcquireTimeout{5000};
    std::string httpHost = "127.0.0.1";
    int httpPort = 8080;
    int httpThreads = 32;
    std::size_t maxBodyBytes = std::size_t{2} * 1024 * 1024; // a 1 MiB resume plus its envelope
    std::chrono::milliseconds readTimeout{5000};
    std::chrono::milliseconds writeTimeout{5000};
    std::chrono::milliseconds keepAlive{2000};
    // Reverse proxies and load balancers whose X-Forwarded-For names the client; none by default.
    http::TrustedProxies trustedProxies;
    Environment environment = Environment::Development;
    int maxResumeSections = core::limits::defaultMaxResumeSections;
    PasswordHashCost passwordHashCost = PasswordHashCost::Moderate;
    // Memory password hashing may hold at once: hashes run in parallel as far as their cost's
    // memory fits (moderate: 256 MiB each), at least one.
    int passwordHashMemoryMb = 1024;
    AuthSettings auth;
    // How often expired sessions and stale login failures are deleted and the logs pruned.
    std::chrono::seconds maintenanceInterval{600};
    // How long the sync change log keeps what a device away longer would need to continue
    // from its cursor (it then syncs from scratch), and how long operator events are kept.
    std::chrono::days changeLogRetention{90};
    std::chrono::days systemLogRetention{30};
};

using Variables = std::map<std::string, std::string>;

struct LoadResult {
    std::optional<ServerConfig> config; // absent when there are problems
    std::vector<std::string> problems;  // one line each, naming the setting
};

// Every VITAE_* variable of the process environment.
Variables processEnvironment();

// Reads `file` (when given) and overlays `environment`.
LoadResult loadConfig(const Variables& environment, const std::optional<std::string>& file);

// "KEY=value" lines of the effective configuration, the database password masked.
std::vector<std::string> describe(const ServerConfig& config);

// The connection string with any password replaced by "****" (URI or keyword form).
std::string maskPassword(const std::string& conninfo);

// The names, meanings and defaults of every setting, for --help.
std::string settingsHelp();

} // namespace vitae::server::config
