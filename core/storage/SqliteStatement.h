#pragma once

#include "storage/PreparedStatement.h"

struct sqlite3;
struct sqlite3_stmt;

// A statement prepared on an SQLite handle (SQLITE_PREPARE_PERSISTENT), finalized with its connection.
class SqliteStatement final : public PreparedStatement
{
public:
    SqliteStatement(sqlite3 *handle, sqlite3_stmt *statement);
    ~SqliteStatement() override;

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
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
    int m_changes = 0;
    bool m_uniqueFailure = false;
    QString m_errorText;
};
