#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One thread's connection to the database and the statements it has prepared. Obtained from
// Database::connection() on the thread that uses it; never shared between threads (QSqlDatabase connections
// are not thread-safe, and Qt 6.4 cannot move them).
//
// QSqlDatabase (the QSQLITE driver) opens and owns the connection. Statements run on the driver's native
// sqlite3 handle: QSqlQuery rebuilds its column metadata on every exec and wraps every value in a QVariant,
// which made a ten-row page cost about ten times what SQLite itself needs (docs/performance.md). A second
// backend would give SqlStatement a second implementation; nothing above this layer would change.
class SqlConnection
{
public:
    SqlConnection(QString name, const QString &filePath);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_openError.isEmpty(); }
    QString openError() const { return m_openError; }
    QString name() const { return m_name; }
    QSqlDatabase database() const { return m_database; }
    sqlite3 *handle() const { return m_handle; }

    // The prepared statement for `sql`, prepared on first use. Null (with *error set) when preparing fails.
    sqlite3_stmt *prepared(const QString &sql, QString *error);

    // Runs a statement that needs no reuse (PRAGMAs, DDL). Errors are returned as Storage errors.
    Status execute(const QString &sql, const char *statementName);

    // Transactions on this connection (BEGIN IMMEDIATE / COMMIT / ROLLBACK).
    Status begin();
    Status commit();
    void rollback();

    QString lastErrorText() const;

private:
    QString m_name;
    QString m_openError;
    QSqlDatabase m_database;
    sqlite3 *m_handle = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};
