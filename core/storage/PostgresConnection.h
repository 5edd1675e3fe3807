#pragma once

#include "storage/SqlConnection.h"

#include <QHash>

struct pg_conn;
class PostgresStatement;

// A connection to a PostgreSQL database through QPSQL, its statements prepared on the driver's PGconn
// (server-side prepared statements, parameters and rows as text). Every connection asks for
// synchronous_commit = on: a commit returns once it is on the server's disk, as SQLite's synchronous=FULL.
class PostgresConnection final : public SqlConnection
{
public:
    PostgresConnection(QString name, const DatabaseUrl &url);
    ~PostgresConnection() override;

    pg_conn *handle() const { return m_handle; }

    PreparedStatement *prepared(const QString &sql, QString *error) override;
    Status execute(const QString &sql, const char *statementName) override;
    Status begin() override;
    void rollback() override;
    bool isHealthy() const override;
    QString lastErrorText() const override;
    QString explainPrefix() const override { return QStringLiteral("EXPLAIN "); }
    QString integersOfJsonArray() const override
    {
        return QStringLiteral("SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))"
                              " AS listed (value)");
    }

    // The SQL with its '?' parameters numbered the PostgreSQL way ($1, $2, …), outside quoted text; sets
    // *count to the number of parameters.
    static QByteArray numberParameters(const QString &sql, int *count);

private:
    pg_conn *m_handle = nullptr;
    QHash<QString, PostgresStatement *> m_statements;
    int m_nextStatementNumber = 1;
};
