// vitae-server's configuration: defaults, every kind of invalid value reported (one line
// each), the file format and its precedence, password masking, and the command line's exit
// codes as an operator sees them.
#include "adapters/config/config.h"

#include <QProcess>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <algorithm>

namespace vitae::server::config {
namespace {

const Variables kMinimal{{"VITAE_DATABASE_URL", "dbname=vitae"}};

LoadResult load(const Variables& variables, const std::optional<std::string>& file = std::nullopt) {
    return loadConfig(variables, file);
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

std::string writeFile(QTemporaryFile& file, const char* text) {
    EXPECT_TRUE(file.open());
    file.write(text);
    file.flush();
    return file.fileName().toStdString();
}

TEST(ServerConfig, DefaultsNeedOnlyTheDatabase) {
    const LoadResult result = load(kMinimal);
    ASSERT_TRUE(result.config) << result.problems.front();
    const ServerConfig& config = *result.config;
    EXPECT_EQ(config.databaseUrl, "dbname=vitae");
    EXPECT_EQ(config.httpHost, "127.0.0.1");
    EXPECT_EQ(config.httpPort, 8080);
    EXPECT_EQ(config.environment, Environment::Development);
    EXPECT_EQ(config.maxResumeSections, 20);
    EXPECT_EQ(config.passwordHashCost, PasswordHashCost::Moderate);
    EXPECT_GT(config.httpThreads, 2);
}

TEST(ServerConfig, ReadsEveryValue) {
    Variables variables = kMinimal;
    variables.insert({{"VITAE_HTTP_HOST", "0.0.0.0"},
                      {"VITAE_HTTP_PORT", "9000"},
                      {"VITAE_ENV", "production"},
                      {"VITAE_MAX_RESUME_SECTIONS", "7"},
                      {"VITAE_HTTP_THREADS", "64"},
                      {"VITAE_MAX_BODY_BYTES", "4096"},
                      {"VITAE_HTTP_READ_TIMEOUT_MS", "1500"},
                      {"VITAE_HTTP_WRITE_TIMEOUT_MS", "2500"},
                      {"VITAE_KEEPALIVE_MS", "500"},
                      {"VITAE_LOGIN_FAILURES_PER_ACCOUNT", "3"}});
    const LoadResult result = load(variables);
    ASSERT_TRUE(result.config);
    const ServerConfig& config = *result.config;
    EXPECT_EQ(config.httpHost, "0.0.0.0");
    EXPECT_EQ(config.httpPort, 9000);
    EXPECT_EQ(config.environment, Environment::Production);
    EXPECT_EQ(config.maxResumeSections, 7);
    EXPECT_EQ(config.httpThreads, 64);
    EXPECT_EQ(config.maxBodyBytes, 4096u);
    EXPECT_EQ(config.readTimeout.count(), 1500);
    EXPECT_EQ(config.writeTimeout.count(), 2500);
    EXPECT_EQ(config.keepAlive.count(), 500);
    EXPECT_EQ(config.auth.loginLimits.failuresPerAccount, 3);
}

TEST(ServerConfig, ReportsEveryProblemOnItsOwnLine) {
    const LoadResult result = load({{"VITAE_HTTP_PORT", "80a"},
                                    {"VITAE_ENV", "staging"},
                                    {"VITAE_HTTP_THREADS", "0"},
                                    {"VITAE_MAX_RESUME_SECTIONS", "many"},
                                    {"VITAE_PASSWORD_HASH_COST", "cheap"}});
    EXPECT_FALSE(result.config);
    ASSERT_EQ(result.problems.size(), 6u);
    EXPECT_TRUE(mentions(result.problems, "VITAE_DATABASE_URL is required"));
    EXPECT_TRUE(
        mentions(result.problems, "VITAE_HTTP_PORT must be a whole number from 0 to 65535"));
    EXPECT_TRUE(mentions(result.problems, "VITAE_ENV must be development or production"));
    EXPECT_TRUE(mentions(result.problems, "VITAE_HTTP_THREADS"));
    EXPECT_TRUE(mentions(result.problems, "VITAE_PASSWORD_HASH_COST"));
    for (const std::string& problem : result.problems)
        EXPECT_EQ(problem.find('\n'), std::string::npos);
}

// The shared core's rule (and its wording) decides VITAE_MAX_RESUME_SECTIONS.
TEST(ServerConfig, MaxResumeSectionsFollowsTheSharedCore) {
    Variables variables = kMinimal;
    variables["VITAE_MAX_RESUME_SECTIONS"] = "1001";
    const LoadResult result = load(variables);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_TRUE(mentions(result.problems, "VITAE_MAX_RESUME_SECTIONS must be a whole number from "
                                          "1 to 1000, not \"1001\""));
}

// Loading reads the file's value without touching the process environment: setenv is not
// safe while other threads read it, and the file's value must not leak into later processes.
TEST(ServerConfig, MaxResumeSectionsLeavesTheEnvironmentAlone) {
    qunsetenv("VITAE_MAX_RESUME_SECTIONS");
    Variables variables = kMinimal;
    variables["VITAE_MAX_RESUME_SECTIONS"] = "7";
    const LoadResult result = load(variables);
    ASSERT_TRUE(result.config);
    EXPECT_EQ(result.config->maxResumeSections, 7);
    EXPECT_FALSE(qEnvironmentVariableIsSet("VITAE_MAX_RESUME_SECTIONS"));

    qputenv("VITAE_MAX_RESUME_SECTIONS", "3");
    ASSERT_TRUE(load(kMinimal).config);
    EXPECT_EQ(load(kMinimal).config->maxResumeSections, 20); // only the variables given count
    EXPECT_EQ(qEnvironmentVariable("VITAE_MAX_RESUME_SECTIONS"), QStringLiteral("3"));
    qunsetenv("VITAE_MAX_RESUME_SECTIONS");
}

TEST(ServerConfig, ProductionRefusesTestPasswordHashing) {
    Variables variables = kMinimal;
    variables["VITAE_ENV"] = "production";
    variables["VITAE_PASSWORD_HASH_COST"] = "interactive";
    EXPECT_TRUE(mentions(load(variables).problems, "VITAE_PASSWORD_HASH_COST=interactive"));
}

TEST(ServerConfig, PasswordHashMemoryIsWholeMebibytes) {
    const LoadResult defaults = load(kMinimal);
    ASSERT_TRUE(defaults.config);
    EXPECT_EQ(defaults.config->passwordHashMemoryMb, 1024);
    EXPECT_TRUE(mentions(describe(*defaults.config), "VITAE_PASSWORD_HASH_MEMORY_MB=1024"));

    Variables variables = kMinimal;
    variables["VITAE_PASSWORD_HASH_MEMORY_MB"] = "256";
    const LoadResult chosen = load(variables);
    ASSERT_TRUE(chosen.config);
    EXPECT_EQ(chosen.config->passwordHashMemoryMb, 256);

    variables["VITAE_PASSWORD_HASH_MEMORY_MB"] = "0";
    EXPECT_TRUE(mentions(load(variables).problems, "VITAE_PASSWORD_HASH_MEMORY_MB must be a "
                                                   "whole number from 1 to 1048576, not \"0\""));
}

TEST(ServerConfig, RetentionsAreWholeDaysFromOneToTenYears) {
    const LoadResult defaults = load(kMinimal);
    ASSERT_TRUE(defaults.config);
    EXPECT_EQ(defaults.config->changeLogRetention, std::chrono::days(90));
    EXPECT_EQ(defaults.config->systemLogRetention, std::chrono::days(30));
    EXPECT_TRUE(mentions(describe(*defaults.config), "VITAE_CHANGE_LOG_RETENTION_DAYS=90"));
    EXPECT_TRUE(mentions(describe(*defaults.config), "VITAE_SYSTEM_LOG_RETENTION_DAYS=30"));

    Variables variables = kMinimal;
    variables["VITAE_CHANGE_LOG_RETENTION_DAYS"] = "365";
    variables["VITAE_SYSTEM_LOG_RETENTION_DAYS"] = "7";
    const LoadResult chosen = load(variables);
    ASSERT_TRUE(chosen.config);
    EXPECT_EQ(chosen.config->changeLogRetention, std::chrono::days(365));
    EXPECT_EQ(chosen.config->systemLogRetention, std::chrono::days(7));

    variables["VITAE_CHANGE_LOG_RETENTION_DAYS"] = "0";
    variables["VITAE_SYSTEM_LOG_RETENTION_DAYS"] = "3651";
    const LoadResult wrong = load(variables);
    EXPECT_FALSE(wrong.config);
    EXPECT_TRUE(mentions(wrong.problems, "VITAE_CHANGE_LOG_RETENTION_DAYS must be a whole number "
                                         "from 1 to 3650, not \"0\""));
    EXPECT_TRUE(mentions(wrong.problems, "VITAE_SYSTEM_LOG_RETENTION_DAYS must be a whole number "
                                         "from 1 to 3650, not \"3651\""));
}

TEST(ServerConfig, FileValuesAreOverriddenByTheEnvironment) {
    QTemporaryFile file;
    const std::string path = writeFile(file, "# a comment\n"
                                             "\n"
                                             "VITAE_DATABASE_URL = 'dbname=from_file'\n"
                                             "VITAE_HTTP_PORT=9100\n"
                                             "VITAE_HTTP_HOST=10.0.0.1\n");
    const LoadResult result = load({{"VITAE_HTTP_PORT", "9200"}}, path);
    ASSERT_TRUE(result.config) << result.problems.front();
    EXPECT_EQ(result.config->databaseUrl, "dbname=from_file");
    EXPECT_EQ(result.config->httpHost, "10.0.0.1");
    EXPECT_EQ(result.config->httpPort, 9200);
}

// Quotes keep the blanks inside them; unquoted values (and the environment's) are trimmed.
TEST(ServerConfig, QuotedFileValuesKeepTheirBlanks) {
    QTemporaryFile file;
    const std::string path = writeFile(file, "VITAE_DATABASE_URL=\" dbname=x \"\n"
                                             "VITAE_HTTP_HOST =  'lo '  \n"
                                             "VITAE_ENV=  production  \n");
    const LoadResult result = load({{"VITAE_PASSWORD_HASH_COST", " moderate "}}, path);
    ASSERT_TRUE(result.config) << result.problems.front();
    EXPECT_EQ(result.config->databaseUrl, " dbname=x ");
    EXPECT_EQ(result.config->httpHost, "lo ");
    EXPECT_EQ(result.config->environment, Environment::Production);
    EXPECT_EQ(result.config->passwordHashCost, PasswordHashCost::Moderate);
}

TEST(ServerConfig, FileProblemsNameTheLine) {
    QTemporaryFile file;
    const std::string path =
        writeFile(file, "VITAE_DATABASE_URL=dbname=x\nnot a setting\nVITAE_HTTP_PROT=1\n");
    const LoadResult result = load({}, path);
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0], path + ":2: expected KEY=VALUE, not \"not a setting\"");
    EXPECT_EQ(result.problems[1], path + ":3: unknown setting VITAE_HTTP_PROT");
}

TEST(ServerConfig, MissingFileIsAProblem) {
    EXPECT_TRUE(mentions(load(kMinimal, "/nonexistent/vitae.conf").problems, "cannot read"));
}

TEST(ServerConfig, MasksDatabasePasswords) {
    EXPECT_EQ(maskPassword("postgresql://vitae:s3cr%40t@db:5432/vitae?sslmode=require"),
              "postgresql://vitae:****@db:5432/vitae?sslmode=require");
    EXPECT_EQ(maskPassword("postgres://db/vitae?user=v&password=s3cret&sslmode=require"),
              "postgres://db/vitae?user=v&password=****&sslmode=require");
    EXPECT_EQ(maskPassword("host=db password=s3cret dbname=vitae"),
              "host=db password=**** dbname=vitae");
    EXPECT_EQ(maskPassword("host=db password = 'two words' dbname=vitae"),
              "host=db password = **** dbname=vitae");
    EXPECT_EQ(maskPassword("postgresql://vitae@db/vitae"), "postgresql://vitae@db/vitae");
}

TEST(ServerConfig, TrustedProxiesAreAddressesAndRanges) {
    const LoadResult none = load(kMinimal);
    ASSERT_TRUE(none.config);
    EXPECT_TRUE(none.config->trustedProxies.empty());
    EXPECT_TRUE(mentions(describe(*none.config), "VITAE_TRUSTED_PROXIES="));

    Variables variables = kMinimal;
    variables["VITAE_TRUSTED_PROXIES"] = "10.0.0.0/8, 127.0.0.1,::1,fd00::/8";
    const LoadResult result = load(variables);
    ASSERT_TRUE(result.config) << result.problems.front();
    EXPECT_TRUE(result.config->trustedProxies.contains("10.1.2.3"));
    EXPECT_TRUE(result.config->trustedProxies.contains("::1"));
    EXPECT_FALSE(result.config->trustedProxies.contains("192.168.0.1"));
    EXPECT_TRUE(mentions(describe(*result.config),
                         "VITAE_TRUSTED_PROXIES=10.0.0.0/8,127.0.0.1,::1,fd00::/8"));

    variables["VITAE_TRUSTED_PROXIES"] = "10.0.0.0/8,10.0.0.256";
    const LoadResult invalid = load(variables);
    EXPECT_FALSE(invalid.config);
    ASSERT_EQ(invalid.problems.size(), 1u);
    EXPECT_EQ(invalid.problems.front(), "VITAE_TRUSTED_PROXIES must be a comma-separated list of "
                                        "IP addresses or CIDR ranges (10.0.0.0/8,::1), not "
                                        "\"10.0.0.256\"");
}

TEST(ServerConfig, DescribeListsEverySettingWithTheSecretMasked) {
    const LoadResult result = load({{"VITAE_DATABASE_URL", "postgresql://u:pw@db/v"}});
    ASSERT_TRUE(result.config);
    const std::vector<std::string> lines = describe(*result.config);
    EXPECT_EQ(lines.front(), "VITAE_DATABASE_URL=postgresql://u:****@db/v");
    EXPECT_TRUE(mentions(lines, "VITAE_KEEPALIVE_MS=2000"));
    for (const std::string& line : lines)
        EXPECT_EQ(line.find("pw@"), std::string::npos) << line;
}

// --help shows each setting's default from ServerConfig{}, the one loadConfig() starts from,
// so the text cannot drift from the code.
TEST(ServerConfig, HelpShowsTheDefaultsLoadingStartsFrom) {
    const std::string help = settingsHelp();
    for (const std::string& line : describe(ServerConfig{})) {
        const std::string key = line.substr(0, line.find('='));
        const std::string value = line.substr(key.size() + 1);
        const auto entry = help.find("  " + key + "\n");
        ASSERT_NE(entry, std::string::npos) << key;
        const std::string text =
            help.substr(entry, help.find('\n', entry + key.size() + 3) - entry);
        if (value.empty())
            EXPECT_EQ(text.find("(default"), std::string::npos) << text;
        else
            EXPECT_NE(text.find("(default " + value + ")"), std::string::npos) << text;
    }
    EXPECT_NE(help.find("(default 16)"), std::string::npos); // VITAE_DATABASE_POOL_SIZE
}

struct ProcessRun {
    int exitCode;
    QString out;
    QString err;
};

ProcessRun runServer(const QStringList& arguments, const QStringList& environment) {
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    for (const QString& entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VITAE_SERVER_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(10000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TEST(ServerCommandLine, HelpListsCommandsAndSettings) {
    const ProcessRun run = runServer({QStringLiteral("--help")}, {});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("check-config")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("grant-admin")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_KEEPALIVE_MS")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_CHANGE_LOG_RETENTION_DAYS")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_SYSTEM_LOG_RETENTION_DAYS")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_PASSWORD_HASH_MEMORY_MB")));
}

TEST(ServerCommandLine, InvalidConfigExitsTwoWithOneLinePerProblem) {
    const ProcessRun run =
        runServer({QStringLiteral("check-config")},
                  {QStringLiteral("VITAE_HTTP_PORT=http"), QStringLiteral("VITAE_ENV=x")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << run.err.toStdString();
    for (const QString& line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("vitae-server: VITAE_"))) << line.toStdString();
}

TEST(ServerCommandLine, AnInvalidTrustedProxyExitsTwo) {
    const ProcessRun run =
        runServer({QStringLiteral("check-config")},
                  {QStringLiteral("VITAE_DATABASE_URL=dbname=v"),
                   QStringLiteral("VITAE_TRUSTED_PROXIES=10.0.0.0/8,proxy.internal")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.trimmed().split(QLatin1Char('\n')).size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("VITAE_TRUSTED_PROXIES"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"proxy.internal\""))) << run.err.toStdString();
}

TEST(ServerCommandLine, ServeWithInvalidConfigNeverStarts) {
    const ProcessRun run = runServer({}, {QStringLiteral("VITAE_HTTP_PORT=-1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()); // not even a log line
}

TEST(ServerCommandLine, CheckConfigPrintsTheEffectiveConfigMasked) {
    const ProcessRun run =
        runServer({QStringLiteral("check-config")},
                  {QStringLiteral("VITAE_DATABASE_URL=postgresql://v:hunter2@db/v"),
                   QStringLiteral("VITAE_TRUSTED_PROXIES=10.0.0.0/8,::1")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_TRUSTED_PROXIES=10.0.0.0/8,::1\n")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("VITAE_DATABASE_URL=postgresql://v:****@db/v")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("hunter2")));
}

TEST(ServerCommandLine, UnknownCommandIsAUsageError) {
    EXPECT_EQ(runServer({QStringLiteral("frobnicate")}, {}).exitCode, 2);
    EXPECT_EQ(runServer({QStringLiteral("--bogus")}, {}).exitCode, 2);
}

} // namespace
} // namespace vitae::server::config
