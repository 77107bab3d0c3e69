#include "adapters/postgres/connection.h"

#include <charconv>
#include <libpq-fe.h>
#include <poll.h>
#include <stdexcept>

namespace vitae::server::pg {
namespace {

constexpr const char* kConnectionException = "08"; // SQLSTATE class: connection exception

std::string trimmedError(const char* message) {
    std::string text = message != nullptr ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Notices ("relation already exists, skipping") would go to stderr; the server logs JSON only.
void ignoreNotice(void*, const char*) {}

} // namespace

std::string epochMillis(std::chrono::system_clock::time_point time) {
    return std::to_string(
        std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count());
}

std::chrono::system_clock::time_point fromEpochMillis(std::int64_t millis) {
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(millis));
}

QueryError::QueryError(const std::string& message, std::string sqlstate, bool connectionLost)
    : std::runtime_error(message)
    , sqlstate_(std::move(sqlstate))
    , connectionLost_(connectionLost) {}

Rows::Rows(pg_result* result)
    : result_(result, PQclear) {}

int Rows::rows() const {
    return PQntuples(result_.get());
}

bool Rows::isNull(int row, int column) const {
    return PQgetisnull(result_.get(), row, column) != 0;
}

std::string_view Rows::text(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column),
            static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
}

std::int64_t Rows::integer(int row, int column) const {
    if (isNull(row, column))
        return 0;
    const std::string_view value = text(row, column);
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    // A statement and the code reading it disagree on a column: a bug, not a value to guess.
    if (error != std::errc() || end != value.data() + value.size())
        throw std::logic_error("column " + std::to_string(column) + " holds \"" +
                               std::string(value) + "\", not an integer");
    return number;
}

bool Rows::boolean(int row, int column) const {
    return text(row, column) == "t";
}

int Rows::affectedRows() const {
    const char* count = PQcmdTuples(result_.get());
    return count != nullptr && *count != '\0' ? std::atoi(count) : 0;
}

Connection::Connection(std::string conninfo)
    : conninfo_(std::move(conninfo)) {}

Connection::~Connection() {
    if (conn_ != nullptr)
        PQfinish(conn_);
}

bool Connection::isConnected() const {
    return conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK;
}

// An idle connection has nothing to read. If the socket is readable anyway, the server has
// sent its goodbye (FATAL: terminating connection) and closed it: reconnect before use.
bool Connection::closedWhileIdle() const {
    pollfd fd{PQsocket(conn_), POLLIN, 0};
    return ::poll(&fd, 1, 0) != 0;
}

bool Connection::ensureConnected() {
    if (isConnected() && PQtransactionStatus(conn_) == PQTRANS_IDLE && !closedWhileIdle())
        return true;
    if (conn_ != nullptr)
        PQfinish(conn_);
    prepared_.clear();
    // Our keywords come first so that the same keywords in the conninfo (expanded from
    // dbname) override them.
    const char* keys[] = {"application_name", "connect_timeout", "dbname", nullptr};
    const char* values[] = {"vitae-server", "5", conninfo_.c_str(), nullptr};
    conn_ = PQconnectdbParams(keys, values, 1);
    if (PQstatus(conn_) != CONNECTION_OK) {
        lastError_ = trimmedError(PQerrorMessage(conn_));
        return false;
    }
    PQsetNoticeProcessor(conn_, ignoreNotice, nullptr);
    lastError_.clear();
    return true;
}

Rows Connection::check(pg_result* raw, const char* what) {
    Rows result(raw);
    const auto status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char* state = raw != nullptr ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state != nullptr ? state : "";
    const bool lost =
        PQstatus(conn_) != CONNECTION_OK || sqlstate.rfind(kConnectionException, 0) == 0;
    throw QueryError(std::string(what) + ": " + trimmedError(PQerrorMessage(conn_)), sqlstate,
                     lost);
}

Rows Connection::exec(const Statement& statement, const std::vector<Param>& params) {
    if (!prepared_.contains(statement.name)) {
        check(PQprepare(conn_, statement.name, statement.sql, 0, nullptr), statement.name);
        prepared_.insert(statement.name);
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    return check(PQexecPrepared(conn_, statement.name, static_cast<int>(values.size()),
                                values.data(), nullptr, nullptr, 0),
                 statement.name);
}

Rows Connection::query(const std::string& sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    return check(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                              values.data(), nullptr, nullptr, 0),
                 "query");
}

void Connection::script(const std::string& sql) {
    check(PQexec(conn_, sql.c_str()), "script");
}

Transaction::Transaction(Connection& connection)
    : connection_(connection) {
    connection_.script("BEGIN");
}

Transaction::~Transaction() {
    if (done_)
        return;
    try {
        connection_.script("ROLLBACK");
    } catch (const QueryError&) {
        // The connection is gone, and the transaction with it.
    }
}

void Transaction::commit() {
    done_ = true;
    connection_.script("COMMIT");
}

} // namespace vitae::server::pg
