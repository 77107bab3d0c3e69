#include "adapters/config/config.h"

#include <vitae/core/validation.h>

#include <QString>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

extern char** environ; // NOLINT: POSIX has no header declaring it

namespace vitae::server::config {
namespace {

using Parse = std::function<std::optional<std::string>(ServerConfig&, const std::string&)>;
using Show = std::function<std::string(const ServerConfig&)>;

// One row of the settings table: the parser returns a problem or nothing.
struct Setting {
    const char* key;
    const char* help;
    Parse parse;
    Show show;
};

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::optional<std::int64_t> parseWhole(const std::string& text) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty())
        return std::nullopt;
    return value;
}

// Ten years: retention beyond it is a typo, not a policy.
constexpr std::int64_t kMaxRetentionDays = 3650;

// A parser for a whole number in [low, high], stored through `store`.
template <class Store>
Parse whole(const char* key, std::int64_t low, std::int64_t high, Store store) {
    return [=](ServerConfig& config, const std::string& text) -> std::optional<std::string> {
        const auto value = parseWhole(text);
        if (!value || *value < low || *value > high) {
            std::ostringstream out;
            out << key << " must be a whole number from " << low << " to " << high << ", not \""
                << text << "\"";
            return out.str();
        }
        store(config, *value);
        return std::nullopt;
    };
}

Parse millis(const char* key, std::chrono::milliseconds ServerConfig::*field) {
    return whole(key, 1, 600'000, [field](ServerConfig& config, std::int64_t value) {
        config.*field = std::chrono::milliseconds(value);
    });
}

Show showMillis(std::chrono::milliseconds ServerConfig::*field) {
    return [field](const ServerConfig& config) { return std::to_string((config.*field).count()); };
}

std::optional<std::string> parseEnvironment(ServerConfig& config, const std::string& text) {
    if (text == "development")
        config.environment = Environment::Development;
    else if (text == "production")
        config.environment = Environment::Production;
    else
        return "VITAE_ENV must be development or production, not \"" + text + "\"";
    return std::nullopt;
}

std::optional<std::string> parseHashCost(ServerConfig& config, const std::string& text) {
    if (text == "interactive")
        config.passwordHashCost = PasswordHashCost::Interactive;
    else if (text == "moderate")
        config.passwordHashCost = PasswordHashCost::Moderate;
    else if (text == "sensitive")
        config.passwordHashCost = PasswordHashCost::Sensitive;
    else
        return "VITAE_PASSWORD_HASH_COST must be interactive, moderate or sensitive, not \"" +
               text + "\"";
    return std::nullopt;
}

std::string hashCostName(PasswordHashCost cost) {
    switch (cost) {
    case PasswordHashCost::Interactive:
        return "interactive";
    case PasswordHashCost::Moderate:
        return "moderate";
    case PasswordHashCost::Sensitive:
        return "sensitive";
    }
    return "moderate";
}

std::optional<std::string> parseTrustedProxies(ServerConfig& config, const std::string& text) {
    std::string badEntry;
    std::optional<http::TrustedProxies> proxies = http::TrustedProxies::parse(text, &badEntry);
    if (!proxies)
        return "VITAE_TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR "
               "ranges (10.0.0.0/8,::1), not \"" +
               badEntry + "\"";
    config.trustedProxies = std::move(*proxies);
    return std::nullopt;
}

// The shared core owns this rule (and its wording), so the server and vitae-cli agree.
std::optional<std::string> parseMaxSections(ServerConfig& config, const std::string& text) {
    QString error;
    config.maxResumeSections = core::parseMaxResumeSections(QString::fromStdString(text), &error);
    if (!error.isEmpty())
        return error.toStdString();
    return std::nullopt;
}

const std::vector<Setting>& settings() {
    static const std::vector<Setting> table = {
        {"VITAE_DATABASE_URL", "PostgreSQL conninfo or postgresql:// URI (required)",
         [](ServerConfig& c, const std::string& v) -> std::optional<std::string> {
             c.databaseUrl = v;
             return std::nullopt;
         },
         [](const ServerConfig& c) { return maskPassword(c.databaseUrl); }},
        {"VITAE_DATABASE_POOL_SIZE", "PostgreSQL connections per process",
         whole("VITAE_DATABASE_POOL_SIZE", 1, 1000,
               [](ServerConfig& c, std::int64_t v) { c.databasePoolSize = static_cast<int>(v); }),
         [](const ServerConfig& c) { return std::to_string(c.databasePoolSize); }},
        {"VITAE_DATABASE_ACQUIRE_TIMEOUT_MS", "wait for a free connection before 503",
         millis("VITAE_DATABASE_ACQUIRE_TIMEOUT_MS", &ServerConfig::databaseAcquireTimeout),
         showMillis(&ServerConfig::databaseAcquireTimeout)},
        {"VITAE_HTTP_HOST", "address to listen on",
         [](ServerConfig& c, const std::string& v) -> std::optional<std::string> {
             if (v.empty())
                 return "VITAE_HTTP_HOST must not be empty";
             c.httpHost = v;
             return std::nullopt;
         },
         [](const ServerConfig& c) { return c.httpHost; }},
        {"VITAE_HTTP_PORT", "TCP port; 0 picks a free one",
         whole("VITAE_HTTP_PORT", 0, 65535,
               [](ServerConfig& c, std::int64_t v) { c.httpPort = static_cast<int>(v); }),
         [](const ServerConfig& c) { return std::to_string(c.httpPort); }},
        {"VITAE_HTTP_THREADS", "request threads, above the keep-alive clients expected",
         whole("VITAE_HTTP_THREADS", 2, 1024,
               [](ServerConfig& c, std::int64_t v) { c.httpThreads = static_cast<int>(v); }),
         [](const ServerConfig& c) { return std::to_string(c.httpThreads); }},
        {"VITAE_MAX_BODY_BYTES", "request body cap, 413 above it",
         whole(
             "VITAE_MAX_BODY_BYTES", 1024, std::int64_t{64} * 1024 * 1024,
             [](ServerConfig& c, std::int64_t v) { c.maxBodyBytes = static_cast<std::size_t>(v); }),
         [](const ServerConfig& c) { return std::to_string(c.maxBodyBytes); }},
        {"VITAE_HTTP_READ_TIMEOUT_MS", "socket read timeout",
         millis("VITAE_HTTP_READ_TIMEOUT_MS", &ServerConfig::readTimeout),
         showMillis(&ServerConfig::readTimeout)},
        {"VITAE_HTTP_WRITE_TIMEOUT_MS", "socket write timeout",
         millis("VITAE_HTTP_WRITE_TIMEOUT_MS", &ServerConfig::writeTimeout),
         showMillis(&ServerConfig::writeTimeout)},
        {"VITAE_KEEPALIVE_MS", "idle keep-alive before closing",
         millis("VITAE_KEEPALIVE_MS", &ServerConfig::keepAlive),
         showMillis(&ServerConfig::keepAlive)},
        {"VITAE_TRUSTED_PROXIES",
         "proxies and load balancers (IP addresses, CIDR ranges, comma-separated) whose "
         "X-Forwarded-For names the client",
         parseTrustedProxies, [](const ServerConfig& c) { return c.trustedProxies.text(); }},
        {"VITAE_ENV", "development or production", parseEnvironment,
         [](const ServerConfig& c) {
             return std::string(c.environment == Environment::Production ? "production"
                                                                         : "development");
         }},
        {"VITAE_MAX_RESUME_SECTIONS", "visible non-empty sections a resume may show",
         parseMaxSections,
         [](const ServerConfig& c) { return std::to_string(c.maxResumeSections); }},
        {"VITAE_PASSWORD_HASH_COST", "Argon2id cost: interactive, moderate, sensitive",
         parseHashCost, [](const ServerConfig& c) { return hashCostName(c.passwordHashCost); }},
        {"VITAE_PASSWORD_HASH_MEMORY_MB",
         "MiB password hashing may use at once; hashes beyond it wait, then 503",
         whole(
             "VITAE_PASSWORD_HASH_MEMORY_MB", 1, std::int64_t{1024} * 1024,
             [](ServerConfig& c, std::int64_t v) { c.passwordHashMemoryMb = static_cast<int>(v); }),
         [](const ServerConfig& c) { return std::to_string(c.passwordHashMemoryMb); }},
        {"VITAE_SESSION_LIFETIME_HOURS", "how long a login token works",
         whole("VITAE_SESSION_LIFETIME_HOURS", 1, std::int64_t{24} * 366,
               [](ServerConfig& c, std::int64_t v) {
                   c.auth.sessionLifetime = std::chrono::hours(v);
               }),
         [](const ServerConfig& c) {
             return std::to_string(
                 std::chrono::duration_cast<std::chrono::hours>(c.auth.sessionLifetime).count());
         }},
        {"VITAE_LOGIN_FAILURES_PER_ACCOUNT", "failed logins per account per window",
         whole("VITAE_LOGIN_FAILURES_PER_ACCOUNT", 1, 10'000,
               [](ServerConfig& c, std::int64_t v) {
                   c.auth.loginLimits.failuresPerAccount = static_cast<int>(v);
               }),
         [](const ServerConfig& c) {
             return std::to_string(c.auth.loginLimits.failuresPerAccount);
         }},
        {"VITAE_LOGIN_FAILURES_PER_ADDRESS", "failed logins per client address per window",
         whole("VITAE_LOGIN_FAILURES_PER_ADDRESS", 1, 100'000,
               [](ServerConfig& c, std::int64_t v) {
                   c.auth.loginLimits.failuresPerAddress = static_cast<int>(v);
               }),
         [](const ServerConfig& c) {
             return std::to_string(c.auth.loginLimits.failuresPerAddress);
         }},
        {"VITAE_LOGIN_WINDOW_SECONDS", "the window failed logins are counted in",
         whole("VITAE_LOGIN_WINDOW_SECONDS", 1, std::int64_t{24} * 3600,
               [](ServerConfig& c, std::int64_t v) {
                   c.auth.loginLimits.window = std::chrono::seconds(v);
               }),
         [](const ServerConfig& c) { return std::to_string(c.auth.loginLimits.window.count()); }},
        {"VITAE_MAINTENANCE_INTERVAL_SECONDS",
         "how often expired sessions and old login failures are deleted and the logs are "
         "pruned",
         whole("VITAE_MAINTENANCE_INTERVAL_SECONDS", 1, std::int64_t{24} * 3600,
               [](ServerConfig& c, std::int64_t v) {
                   c.maintenanceInterval = std::chrono::seconds(v);
               }),
         [](const ServerConfig& c) { return std::to_string(c.maintenanceInterval.count()); }},
        {"VITAE_CHANGE_LOG_RETENTION_DAYS",
         "days a device may stay away and still continue its sync from its cursor",
         whole(
             "VITAE_CHANGE_LOG_RETENTION_DAYS", 1, kMaxRetentionDays,
             [](ServerConfig& c, std::int64_t v) { c.changeLogRetention = std::chrono::days(v); }),
         [](const ServerConfig& c) { return std::to_string(c.changeLogRetention.count()); }},
        {"VITAE_SYSTEM_LOG_RETENTION_DAYS", "days operator events are kept in system_logs",
         whole(
             "VITAE_SYSTEM_LOG_RETENTION_DAYS", 1, kMaxRetentionDays,
             [](ServerConfig& c, std::int64_t v) { c.systemLogRetention = std::chrono::days(v); }),
         [](const ServerConfig& c) { return std::to_string(c.systemLogRetention.count()); }},
    };
    return table;
}

const Setting* findSetting(const std::string& key) {
    const auto& table = settings();
    const auto it =
        std::find_if(table.begin(), table.end(), [&](const Setting& s) { return key == s.key; });
    return it == table.end() ? nullptr : &*it;
}

// A value may be quoted ("..." or '...') so that it can hold leading or trailing blanks: the
// quotes go, the blanks inside them stay.
std::string unquote(const std::string& value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

void readFile(const std::string& path, Variables& into, std::vector<std::string>& problems) {
    std::ifstream in(path);
    if (!in) {
        problems.push_back("--config " + path + ": cannot read the file");
        return;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string text = trim(line);
        if (text.empty() || text.front() == '#')
            continue;
        const auto where = path + ":" + std::to_string(number) + ": ";
        const auto equals = text.find('=');
        if (equals == std::string::npos) {
            problems.push_back(
                std::string(where).append("expected KEY=VALUE, not \"").append(text).append("\""));
            continue;
        }
        const std::string key = trim(text.substr(0, equals));
        if (findSetting(key) == nullptr) {
            problems.push_back(std::string(where).append("unknown setting ").append(key));
            continue;
        }
        into[key] = unquote(trim(text.substr(equals + 1)));
    }
}

void crossCheck(const ServerConfig& config, std::vector<std::string>& problems) {
    if (config.environment == Environment::Production &&
        config.passwordHashCost == PasswordHashCost::Interactive)
        problems.emplace_back("VITAE_PASSWORD_HASH_COST=interactive is for tests; production "
                              "needs moderate or sensitive");
}

} // namespace

Variables processEnvironment() {
    Variables variables;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string::npos && text.rfind("VITAE_", 0) == 0)
            variables[text.substr(0, equals)] = text.substr(equals + 1);
    }
    return variables;
}

LoadResult loadConfig(const Variables& environment, const std::optional<std::string>& file) {
    LoadResult result;
    Variables values;
    if (file)
        readFile(*file, values, result.problems);
    for (const auto& [key, value] : environment) {
        if (findSetting(key) != nullptr)
            values[key] = trim(value); // the environment overrides the file
    }
    ServerConfig config;
    for (const Setting& setting : settings()) {
        const auto it = values.find(setting.key);
        // Trimmed already: by readFile() outside any quotes, or above.
        const std::string value = it == values.end() ? std::string() : it->second;
        if (value.empty() && std::string_view(setting.key) == "VITAE_DATABASE_URL") {
            result.problems.emplace_back("VITAE_DATABASE_URL is required (a libpq conninfo "
                                         "or postgresql:// URI)");
            continue;
        }
        if (value.empty())
            continue;
        if (auto problem = setting.parse(config, value))
            result.problems.push_back(std::move(*problem));
    }
    crossCheck(config, result.problems);
    if (result.problems.empty())
        result.config = std::move(config);
    return result;
}

std::vector<std::string> describe(const ServerConfig& config) {
    std::vector<std::string> lines;
    for (const Setting& setting : settings())
        lines.push_back(std::string(setting.key) + "=" + setting.show(config));
    return lines;
}

std::string maskPassword(const std::string& conninfo) {
    // URI form: scheme://user:password@host..., and ?password=... or &password=...
    static const std::regex uriPassword(R"(^(postgres(?:ql)?://[^:/@?]*:)[^@/?]*@)");
    static const std::regex queryPassword(R"(([?&]password=)[^&]*)");
    // Keyword form: password=secret or password='se cret'.
    static const std::regex keywordPassword(R"((^|\s)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*))");
    std::string masked = std::regex_replace(conninfo, uriPassword, "$1****@");
    masked = std::regex_replace(masked, queryPassword, "$1****");
    if (masked.rfind("postgres", 0) != 0)
        masked = std::regex_replace(masked, keywordPassword, "$1$2****");
    return masked;
}

// The defaults shown are those of ServerConfig{}, which loadConfig() starts from.
std::string settingsHelp() {
    const ServerConfig defaults;
    std::ostringstream out;
    for (const Setting& setting : settings()) {
        out << "  " << setting.key << "\n      " << setting.help;
        if (const std::string value = setting.show(defaults); !value.empty())
            out << " (default " << value << ")";
        out << "\n";
    }
    return out.str();
}

} // namespace vitae::server::config
