#include "storage/InstanceChanges.h"

#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

namespace InstanceChanges {

Status record(SqlConnection &connection, const QString &origin, const QString &kind, const QString &payload,
              qint64 nowMs)
{
    if (!connection.isPostgresql())
        return {};
    SqlStatement insert(connection,
                        QStringLiteral("INSERT INTO instance_changes (origin, kind, payload, created_at)"
                                       " VALUES (?, ?, ?, ?)"),
                        "recordInstanceChange");
    insert.bind(origin).bind(kind).bind(payload).bind(nowMs);
    return insert.execute();
}

Status notify(SqlConnection &connection, const QString &origin)
{
    if (!connection.isPostgresql())
        return {};
    SqlStatement send(connection, QStringLiteral("SELECT pg_notify(?, ?)"), "notifyInstances");
    send.bind(QLatin1String(channel)).bind(origin);
    return send.execute();
}

Result<QList<Change>> since(SqlConnection &connection, qint64 afterId, int limit)
{
    SqlStatement select(connection,
                        QStringLiteral("SELECT id, origin, kind, payload FROM instance_changes WHERE id > ?"
                                       " ORDER BY id LIMIT ?"),
                        "instanceChangesSince");
    select.bind(afterId).bind(limit);
    if (Status run = select.execute(); !run)
        return run.error();
    QList<Change> changes;
    while (select.next())
        changes.append(Change {select.int64(0), select.text(1), select.text(2), select.text(3)});
    return changes;
}

Result<qint64> newestId(SqlConnection &connection)
{
    SqlStatement newest(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM instance_changes"),
                        "newestInstanceChange");
    if (Status run = newest.execute(); !run)
        return run.error();
    return newest.next() ? newest.int64(0) : 0;
}

Result<qint64> prune(SqlConnection &connection, qint64 olderThanMs)
{
    SqlStatement remove(connection, QStringLiteral("DELETE FROM instance_changes WHERE created_at < ?"),
                        "pruneInstanceChanges");
    remove.bind(olderThanMs);
    if (Status run = remove.execute(); !run)
        return run.error();
    return qint64(remove.numRowsAffected());
}

} // namespace InstanceChanges
