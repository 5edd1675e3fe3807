#pragma once

#include "common/Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <vector>

class SqlConnection;

// What a write job sees while it runs on the writer thread: the writer's connection (inside the batch's
// transaction, within the job's own savepoint), the time the job started, and a way to defer work
// (change signals, cache updates) until the batch has been durably committed.
class WriteTransaction
{
public:
    WriteTransaction(SqlConnection &connection, qint64 nowMs, QString origin = {})
        : m_connection(connection)
        , m_nowMs(nowMs)
        , m_origin(std::move(origin))
    { }

    SqlConnection &connection() { return m_connection; }
    qint64 nowMs() const { return m_nowMs; }

    // Runs after COMMIT succeeded, on the writer thread, only if this job succeeded.
    void afterCommit(std::function<void()> action) { m_afterCommit.push_back(std::move(action)); }
    std::vector<std::function<void()>> takeAfterCommitActions() { return std::move(m_afterCommit); }

    // Normally a job that returns an error leaves no trace. Some refusals must still write something (a
    // stolen refresh token revokes its session, and the refusal is the answer): such a job calls this,
    // and its changes and after-commit actions stand even though it returns an error.
    void keepChangesDespiteError() { m_keepChangesDespiteError = true; }

    // Tells the other processes sharing this PostgreSQL database about a change they keep in memory
    // (InstanceChanges; `kind` and `payload` as ChangeListener applies them), in this transaction: they
    // learn of it exactly when it commits. Nothing to do with SQLite, which one process uses at a time.
    Status publish(const QString &kind, const QString &payload);
    bool keepsChangesDespiteError() const { return m_keepChangesDespiteError; }

private:
    SqlConnection &m_connection;
    qint64 m_nowMs;
    QString m_origin;
    std::vector<std::function<void()>> m_afterCommit;
    bool m_keepChangesDespiteError = false;
};
