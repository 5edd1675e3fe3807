#pragma once

#include "storage/PreparedStatement.h"

#include <QByteArray>

#include <vector>

struct pg_conn;
struct pg_result;

// A statement prepared on a PostgreSQL session. execute() sends the values bound (as text, byte arrays as
// binary) and receives the whole result; the rows are then read from it.
class PostgresStatement final : public PreparedStatement
{
public:
    PostgresStatement(pg_conn *connection, QByteArray name, int parameterCount);
    ~PostgresStatement() override;

    bool bind(int index, const QVariant &value) override;
    Step execute() override;
    Step next() override;
    int changes() const override { return m_changes; }
    bool failedOnUniqueConstraint() const override { return m_uniqueFailure; }
    QString errorText() const override { return m_errorText; }

    QVariant value(int column) const override;
    qint64 int64(int column) const override;
    QString text(int column) const override;
    bool isNull(int column) const override;

    void reset() override;

private:
    struct Parameter
    {
        QByteArray value;
        bool null = true;
        bool binary = false;
    };

    pg_conn *m_connection;
    QByteArray m_name;
    std::vector<Parameter> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
    bool m_uniqueFailure = false;
    QString m_errorText;
};
