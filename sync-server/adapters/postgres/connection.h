// One libpq connection: prepared statements by name (prepared once per connection, again
// after a reconnect), text parameters, results that free themselves, and a health check that
// notices a backend PostgreSQL has closed (restart, pg_terminate_backend) before it is used.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

struct pg_conn;
struct pg_result;

namespace vitae::server::pg {

// A named SQL statement; the name identifies its prepared form on each connection.
struct Statement {
    const char* name;
    const char* sql;
};

using Param = std::optional<std::string>; // nullopt is SQL NULL

// A failed command: the SQLSTATE ("23505") and whether the connection was lost doing it.
class QueryError : public std::runtime_error {
public:
    QueryError(const std::string& message, std::string sqlstate, bool connectionLost);
    const std::string& sqlstate() const { return sqlstate_; }
    bool connectionLost() const { return connectionLost_; }

private:
    std::string sqlstate_;
    bool connectionLost_;
};

// Times travel as milliseconds since the epoch: SQL reads a parameter with
// to_timestamp($n::bigint / 1000.0) and returns (extract(epoch FROM t) * 1000)::bigint.
std::string epochMillis(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point fromEpochMillis(std::int64_t millis);

class Rows {
public:
    explicit Rows(pg_result* result);
    int rows() const;
    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    // NULL reads as 0; a value that is not a whole number throws std::logic_error.
    std::int64_t integer(int row, int column) const;
    bool boolean(int row, int column) const;
    int affectedRows() const;

    // Every row made into a value by `at(rows, row)`, in order.
    template <class At>
    auto map(At at) const {
        std::vector<std::invoke_result_t<At&, const Rows&, int>> values;
        values.reserve(static_cast<std::size_t>(rows()));
        for (int row = 0; row < rows(); ++row)
            values.push_back(at(*this, row));
        return values;
    }

private:
    std::unique_ptr<pg_result, void (*)(pg_result*)> result_;
};

class Connection {
public:
    // Does not connect yet: see ensureConnected().
    explicit Connection(std::string conninfo);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Connects, or reconnects when the link is down or the server closed it while idle.
    // False (with lastError()) when PostgreSQL cannot be reached.
    bool ensureConnected();
    bool isConnected() const;
    const std::string& lastError() const { return lastError_; }

    Rows exec(const Statement& statement, const std::vector<Param>& params = {});
    // An unprepared query, for one-off SQL (tests, administration).
    Rows query(const std::string& sql, const std::vector<Param>& params = {});
    // Several statements in one string (migrations), through the simple query protocol.
    void script(const std::string& sql);

private:
    Rows check(pg_result* result, const char* what);
    bool closedWhileIdle() const;

    std::string conninfo_;
    pg_conn* conn_ = nullptr;
    std::unordered_set<std::string> prepared_;
    std::string lastError_;
};

// BEGIN now, ROLLBACK on destruction unless commit() ran: an exception undoes the work.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

} // namespace vitae::server::pg
