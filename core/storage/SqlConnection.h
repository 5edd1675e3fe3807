#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

class PreparedStatement;

// One thread's connection to the database and the statements it has prepared. Obtained from
// Database::connection() on the thread that uses it; never shared between threads (QSqlDatabase connections
// are not thread-safe, and Qt 6.4 cannot move them).
//
// QSqlDatabase opens and owns the connection (QSQLITE, or QPSQL for PostgreSQL). Statements run on the
// driver's native handle (a sqlite3, a PGconn): QSqlQuery rebuilds its column metadata on every exec and
// wraps every value in a QVariant, which made a ten-row page cost about ten times what SQLite itself needs
// (docs/performance.md). SqliteConnection and PostgresConnection are the two implementations; SQL text
// stays within what both accept, and the few places where the dialects differ ask the connection.
class SqlConnection
{
public:
    // Opens a connection to `url` under the QSqlDatabase connection name `name`. Never null; check isOpen().
    static std::unique_ptr<SqlConnection> open(const DatabaseUrl &url, const QString &name);
    virtual ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    QString name() const { return m_name; }
    DatabaseUrl::Backend backend() const { return m_backend; }
    bool isPostgresql() const { return m_backend == DatabaseUrl::Backend::Postgresql; }
    QSqlDatabase database() const { return m_database; }

    // The prepared statement for `sql` ('?' marks its parameters), prepared on first use. Null (with *error
    // set) when preparing fails.
    virtual PreparedStatement *prepared(const QString &sql, QString *error) = 0;

    // Runs statements that need no reuse and take no parameters (settings, DDL). Errors are returned as
    // Storage errors.
    virtual Status execute(const QString &sql, const char *statementName) = 0;

    // Transactions on this connection. begin() takes SQLite's write lock up front (BEGIN IMMEDIATE).
    virtual Status begin() = 0;
    Status commit();
    virtual void rollback() = 0;
    // False when the connection to the server is gone (PostgreSQL); it must then be opened again.
    virtual bool isHealthy() const { return isOpen(); }
    // What a read or write answers while the database server cannot be reached: Unavailable (503 with
    // Retry-After), not a storage fault. The next use opens a new connection.
    static Error unreachable();

    virtual QString lastErrorText() const = 0;

    // How the database would run `sql` with these values, a line per step (SQLite's EXPLAIN QUERY PLAN
    // details, PostgreSQL's EXPLAIN lines): for tests and benchmarks that check a plan.
    Result<QStringList> queryPlan(const QString &sql, const QVariantList &values);

    // Where the dialects differ. The statement that shows how a query runs: "EXPLAIN QUERY PLAN …" or
    // "EXPLAIN …".
    virtual QString explainPrefix() const = 0;
    // A subquery listing the whole numbers of a JSON array bound to its one '?': "[3, 5]" → 3, 5.
    virtual QString integersOfJsonArray() const = 0;

protected:
    SqlConnection(QString name, DatabaseUrl::Backend backend);

    QString m_name;
    DatabaseUrl::Backend m_backend;
    QString m_openError;
    QSqlDatabase m_database;
};
