#pragma once

#include "common/Result.h"
#include "events/SecurityEvent.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class Database;
class WriteTransaction;

struct SecurityEventQuery
{
    QStringList types; // empty: all
    QString user; // a user's public id or name; empty: all
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs; // exclusive
    int limit = 100; // 1–1000
    QString cursor;
};

struct SecurityEventPage
{
    QList<SecurityEvent> items; // newest first
    QString nextCursor;
};

// The append-only log of security events in the `events` table. Events that belong to a change are
// recorded inside that change's write job (record()), so the log and the change commit together; events
// with no change of their own (a failed sign-in) use recordAsync().
class SecurityEventLog : public QObject
{
    Q_OBJECT

public:
    explicit SecurityEventLog(Database &database, QObject *parent = nullptr);

    Status record(WriteTransaction &transaction, SecurityEvent event);
    QFuture<Result<qint64>> recordAsync(SecurityEvent event);

    Result<SecurityEventPage> list(const SecurityEventQuery &query);
    // Deletes events older than the cutoff; returns how many went.
    QFuture<Result<qint64>> pruneOlderThan(qint64 cutoffMs);

signals:
    // Emitted on the writer thread after the event's transaction committed.
    void eventRecorded(const SecurityEvent &event);

private:
    Database &m_database;
};
