#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

// One thread's connection to the database and the statements it has prepared (re-preparing costs about
// four times as much as reusing). Obtained from Database::connection() on the thread that uses it; never
// shared between threads (QSqlDatabase connections are not thread-safe, and Qt 6.4 cannot move them).
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

    // The prepared statement for `sql`, prepared on first use. Null (with *error set) when preparing fails.
    QSqlQuery *prepared(const QString &sql, QString *error);

    // Runs a statement that needs no reuse (PRAGMAs, DDL). Errors are returned as Storage errors.
    Status execute(const QString &sql, const char *statementName);

    // Transactions on this connection (BEGIN / COMMIT / ROLLBACK, SAVEPOINT / RELEASE / ROLLBACK TO).
    Status begin();
    Status commit();
    void rollback();

private:
    QString m_name;
    QString m_openError;
    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};
