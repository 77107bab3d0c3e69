#include "app/command_line.h"

#include "adapters/config/config.h"
#include "adapters/log/json_log.h"
#include "app/application.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <optional>
#include <pthread.h>
#include <string>
#include <vector>

namespace vitae::server {
namespace {

constexpr int kFailed = 1;
constexpr int kUsage = 2;

void printHelp(std::ostream& out) {
    out << "Usage: vitae-server [--config FILE] [COMMAND]\n"
           "\n"
           "The Vitae sync server: accounts, resumes, plans and delta sync over HTTP and\n"
           "PostgreSQL.\n"
           "\n"
           "Commands:\n"
           "  serve                     migrate, then serve HTTP until SIGINT/SIGTERM (default)\n"
           "  migrate                   apply pending database migrations and exit\n"
           "  check-config              print the effective configuration, secrets masked\n"
           "  users grant-admin EMAIL   give the account with this address the admin role\n"
           "\n"
           "Options:\n"
           "  --config FILE   read KEY=VALUE lines (# comments); the environment overrides them\n"
           "  -h, --help      this text\n"
           "\n"
           "Settings (environment variables or --config lines):\n"
        << config::settingsHelp()
        << "\nExit status: 0 done, 1 failed, 2 invalid usage or configuration.\n";
}

struct Arguments {
    std::optional<std::string> configFile;
    std::vector<std::string> command;
    bool help = false;
    std::optional<std::string> problem;
};

Arguments parseArguments(int argc, char** argv) {
    Arguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help")
            arguments.help = true;
        else if (arg == "--config" && i + 1 < argc)
            arguments.configFile = argv[++i];
        else if (arg.rfind("--config=", 0) == 0)
            arguments.configFile = arg.substr(9);
        else if (arg.rfind('-', 0) == 0)
            arguments.problem = "unknown option " + arg;
        else
            arguments.command.push_back(arg);
    }
    return arguments;
}

std::optional<config::ServerConfig> loadOrReport(const Arguments& arguments) {
    const config::LoadResult loaded =
        config::loadConfig(config::processEnvironment(), arguments.configFile);
    for (const std::string& problem : loaded.problems)
        std::cerr << "vitae-server: " << problem << "\n";
    return loaded.config;
}

int checkConfig(const config::ServerConfig& config) {
    for (const std::string& line : config::describe(config))
        std::cout << line << "\n";
    return 0;
}

int migrate(const config::ServerConfig& config, JsonLog& log) {
    Application app(config, log);
    try {
        const std::vector<int> applied = app.migrate();
        std::cerr << "vitae-server: " << applied.size() << " migration(s) applied\n";
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "vitae-server: migrate failed: " << error.what() << "\n";
        return kFailed;
    }
}

int grantAdmin(const config::ServerConfig& config, JsonLog& log, const std::string& email) {
    Application app(config, log);
    try {
        const Result<User> user = app.grantAdmin().run(email);
        if (!user) {
            std::cerr << "vitae-server: " << user.error().message << "\n";
            return kFailed;
        }
        std::cerr << "vitae-server: " << user.value().email << " is now an admin\n";
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "vitae-server: grant-admin failed: " << error.what() << "\n";
        return kFailed;
    }
}

// SIGINT and SIGTERM are blocked in every thread and taken by one waiting thread, which stops
// the server from ordinary code (a signal handler may not touch the server's locks). A signal
// that came during start waits until then; stop() works at any moment, and every signal asks
// again.
int serve(const config::ServerConfig& config, JsonLog& log) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGUSR1); // only to wake the waiter, below
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    Application app(config, log);
    if (!app.migrateAtStart())
        return kFailed;
    std::atomic<bool> finished{false};
    std::thread waiter([&] {
        for (;;) {
            int received = 0;
            sigwait(&signals, &received);
            if (finished)
                return;
            if (received == SIGINT || received == SIGTERM) {
                log.event(LogLevel::Info, "shutdown", {{QStringLiteral("signal"), received}});
                app.stop();
            }
        }
    });
    const bool served = app.serve();
    // Wakes the waiter, which ends (the server stopped, by a signal or on its own).
    finished = true;
    pthread_kill(waiter.native_handle(), SIGUSR1);
    waiter.join();
    return served && !app.failed() ? 0 : kFailed;
}

} // namespace

int runCommandLine(int argc, char** argv) {
    const Arguments arguments = parseArguments(argc, argv);
    if (arguments.help) {
        printHelp(std::cout);
        return 0;
    }
    if (arguments.problem) {
        std::cerr << "vitae-server: " << *arguments.problem << " (see --help)\n";
        return kUsage;
    }
    const std::vector<std::string>& command = arguments.command;
    const std::string verb = command.empty() ? "serve" : command.front();
    const bool known =
        (command.size() <= 1 && (verb == "serve" || verb == "migrate" || verb == "check-config")) ||
        (command.size() == 3 && verb == "users" && command[1] == "grant-admin");
    if (!known) {
        std::cerr << "vitae-server: unknown command \"" << verb << "\" (see --help)\n";
        return kUsage;
    }
    const auto config = loadOrReport(arguments);
    if (!config)
        return kUsage;
    if (verb == "check-config")
        return checkConfig(*config);
    JsonLog log;
    if (verb == "migrate")
        return migrate(*config, log);
    if (verb == "users")
        return grantAdmin(*config, log, command[2]);
    return serve(*config, log);
}

} // namespace vitae::server
