#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

class SqlConnection;

// What the processes sharing one PostgreSQL database tell each other (docs/ARCHITECTURE.md, "Several
// processes on one database"). A change that others keep in memory (a revocation, the signing keys, a
// sign-in failure) is a row of `instance_changes`, written in the transaction that makes it; every batch
// the writer commits also sends NOTIFY on `channel` with the writer's origin, so that the others wake up
// (and drop the pages they cached). The table is the truth: a process that missed notifications reads the
// rows it has not seen. With SQLite (one process per file) nothing is written or sent.
namespace InstanceChanges {

inline constexpr char channel[] = "bookwarden_changes";

struct Change
{
    qint64 id = 0;
    QString origin; // the process that made it (Database::origin())
    QString kind;
    QString payload;
};

// Adds a change in the connection's current transaction.
Status record(SqlConnection &connection, const QString &origin, const QString &kind, const QString &payload,
              qint64 nowMs);
// NOTIFY, sent when the current transaction commits (at once outside one).
Status notify(SqlConnection &connection, const QString &origin);
// The changes after `afterId`, oldest first, at most `limit`.
Result<QList<Change>> since(SqlConnection &connection, qint64 afterId, int limit);
// The largest id so far (0 for none).
Result<qint64> newestId(SqlConnection &connection);
// Deletes changes older than `olderThanMs`: every process has read them long before.
Result<qint64> prune(SqlConnection &connection, qint64 olderThanMs);

} // namespace InstanceChanges
