#pragma once

#include "storage/SqlConnection.h"

#include <QHash>

#include <memory>

struct sqlite3;
class SqliteStatement;

// A connection to an SQLite file through QSQLITE, its statements prepared on the driver's sqlite3 handle.
class SqliteConnection final : public SqlConnection
{
public:
    SqliteConnection(QString name, const QString &filePath);
    ~SqliteConnection() override;

    sqlite3 *handle() const { return m_handle; }

    PreparedStatement *prepared(const QString &sql, QString *error) override;
    Status execute(const QString &sql, const char *statementName) override;
    Status begin() override;
    void rollback() override;
    QString lastErrorText() const override;
    QString explainPrefix() const override { return QStringLiteral("EXPLAIN QUERY PLAN "); }
    QString integersOfJsonArray() const override { return QStringLiteral("SELECT value FROM json_each(?)"); }

private:
    sqlite3 *m_handle = nullptr;
    QHash<QString, SqliteStatement *> m_statements;
};
