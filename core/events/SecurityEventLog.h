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

    // Newest first, a page of at most query.limit; every filter is read from an index (migration 4), so a
    // page costs the same at a million events.
    Result<SecurityEventPage> list(const SecurityEventQuery &query);
    // Events matching the query's filters (its cursor and limit aside), counted up to `atMost`: a result
    // above atMost means "more than atMost". Counting a million events exactly takes 40–70 ms of the
    // caller's thread (the GUI's); up to countLimit takes a millisecond or two.
    Result<qint64> countUpTo(const SecurityEventQuery &query, qint64 atMost = countLimit);
    // SQLite's plans for list()'s page and countUpTo(), one line per step (for tests that check index use).
    Result<QStringList> explainList(const SecurityEventQuery &query);

    static constexpr qint64 countLimit = 10'000;
    // Deletes events older than the cutoff; returns how many went.
    QFuture<Result<qint64>> pruneOlderThan(qint64 cutoffMs);

signals:
    // Emitted on the writer thread after the event's transaction committed.
    void eventRecorded(const SecurityEvent &event);

private:
    Database &m_database;
};
