#include "events/SecurityEventLog.h"

#include "common/PageCursor.h"
#include "common/WholeNumber.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QJsonDocument>

QStringList SecurityEventType::all()
{
    return {loginSucceeded, loginFailed,        loginThrottled, userRegistered,  userCreated,   roleChanged,
            userDisabled,   userEnabled,        userDeleted,    passwordChanged, passwordReset, tokensRevoked,
            sessionRevoked, refreshTokenReused, keyCreated,     keyRotated,      keyRetired,    tokenMinted};
}

SecurityEventLog::SecurityEventLog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<SecurityEvent>();
}

Status SecurityEventLog::record(WriteTransaction &transaction, SecurityEvent event)
{
    if (event.occurredAtMs == 0)
        event.occurredAtMs = transaction.nowMs();
    SqlStatement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO events (occurred_at, type, actor, subject_id, subject_name,"
                       " client_address, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertEvent");
    insert.bind(event.occurredAtMs)
        .bind(event.type)
        .bind(event.actor)
        .bind(event.subjectId.isEmpty() ? QVariant() : QVariant(event.subjectId))
        .bind(event.subjectName.isEmpty() ? QVariant() : QVariant(event.subjectName))
        .bind(event.clientAddress.isEmpty() ? QVariant() : QVariant(event.clientAddress))
        .bind(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (Status run = insert.execute(); !run)
        return run;
    if (insert.next())
        event.id = insert.int64(0);
    transaction.afterCommit([this, event] { emit eventRecorded(event); });
    return {};
}

QFuture<Result<qint64>> SecurityEventLog::recordAsync(SecurityEvent event)
{
    return m_database.writer().submit<qint64>([this, event](WriteTransaction &transaction) -> Result<qint64> {
        if (Status recorded = record(transaction, event); !recorded)
            return recorded.error();
        return qint64(1);
    });
}

namespace {
const QString eventColumns = QStringLiteral(
    "SELECT id, occurred_at, type, actor, subject_id, subject_name, client_address, details FROM events");

// The query's filters as SQL (fixed fragments and placeholders only) and the values to bind.
struct EventStatement
{
    QString sql;
    QVariantList values;
};

Result<std::optional<qint64>> checkedQuery(const SecurityEventQuery &query)
{
    const QStringList known = SecurityEventType::all();
    for (const QString &type : query.types) {
        if (!known.contains(type))
            return Error::invalidField(QStringLiteral("type"),
                                       QStringLiteral(QT_TRANSLATE_NOOP("Error", "Unknown event type.")));
    }
    if (query.cursor.isEmpty())
        return std::optional<qint64>();
    const std::optional<QJsonArray> keys = PageCursor::decode(query.cursor);
    if (!keys || keys->size() != 1 || !WholeNumber::from(keys->at(0)))
        return Error::invalidField(QStringLiteral("cursor"),
                                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "The cursor is not valid.")));
    return WholeNumber::from(keys->at(0));
}

// Type, time and cursor (everything but the user), as " AND …" terms. `ownIndexOnly`: inside a branch that
// reads a user column's index, the type and time are checked row by row (written as expressions, which no
// index serves); otherwise SQLite, knowing nothing of how many rows each index holds, may read the type's
// index for a user who has no events of that column at all, scanning every event of the type.
EventStatement otherConditions(const SecurityEventQuery &query, std::optional<qint64> beforeId,
                               bool ownIndexOnly = false)
{
    const QString typeColumn = ownIndexOnly ? QStringLiteral("type || ''") : QStringLiteral("type");
    const QString time = ownIndexOnly ? QStringLiteral("occurred_at + 0") : QStringLiteral("occurred_at");
    EventStatement conditions;
    if (!query.types.isEmpty()) {
        QStringList marks;
        for (const QString &type : query.types) {
            marks << QStringLiteral("?");
            conditions.values << type;
        }
        conditions.sql += QStringLiteral(" AND ") + typeColumn + QStringLiteral(" IN (")
            + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.fromMs) {
        conditions.sql += QStringLiteral(" AND ") + time + QStringLiteral(" >= ?");
        conditions.values << *query.fromMs;
    }
    if (query.toMs) {
        conditions.sql += QStringLiteral(" AND ") + time + QStringLiteral(" < ?");
        conditions.values << *query.toMs;
    }
    if (beforeId) {
        conditions.sql += QStringLiteral(" AND id < ?");
        conditions.values << *beforeId;
    }
    return conditions;
}

// The ids of the events by or about the user (newest first, at most `perColumn` from each of the three
// columns that name a user), as a subquery. One branch per column, each read backwards along its own
// (column, id) index and cut at the limit: an account with half a million failed sign-ins against it
// costs a page, not a sort of everything it ever did. An OR of the three would collect and sort them all.
// The cost that remains: with a type or time filter too, a branch reads the user's events until enough
// match; for an account with 500,000 events of which one in five matches, the page and the count (up to
// countLimit) take ~60 ms together (measured at 1M events), a rare type for such an account longer.
EventStatement userEventIds(const SecurityEventQuery &query, std::optional<qint64> beforeId, qint64 perColumn)
{
    const EventStatement others = otherConditions(query, beforeId, true);
    EventStatement ids;
    QStringList branches;
    for (const QString &column :
         {QStringLiteral("subject_id"), QStringLiteral("subject_name"), QStringLiteral("actor")}) {
        branches << QStringLiteral("SELECT id FROM (SELECT id FROM events WHERE ") + column
                + QStringLiteral(" = ?") + others.sql + QStringLiteral(" ORDER BY id DESC LIMIT ?) AS by_")
                + column;
        ids.values << query.user;
        ids.values += others.values;
        ids.values << perColumn;
    }
    ids.sql = branches.join(QStringLiteral(" UNION "));
    return ids;
}

EventStatement pageStatement(const SecurityEventQuery &query, std::optional<qint64> beforeId, int limit)
{
    EventStatement page;
    if (query.user.isEmpty()) {
        const EventStatement others = otherConditions(query, beforeId);
        page.sql = eventColumns + QStringLiteral(" WHERE 1 = 1") + others.sql;
        page.values = others.values;
    } else {
        const EventStatement ids = userEventIds(query, beforeId, limit + 1);
        page.sql = eventColumns + QStringLiteral(" WHERE id IN (") + ids.sql + QLatin1Char(')');
        page.values = ids.values;
    }
    page.sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    page.values << limit + 1;
    return page;
}

EventStatement countStatement(const SecurityEventQuery &query, qint64 atMost)
{
    EventStatement count;
    if (query.user.isEmpty()) {
        const EventStatement others = otherConditions(query, std::nullopt);
        count.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE 1 = 1") + others.sql
            + QStringLiteral(" LIMIT ?) AS matching");
        count.values = others.values;
    } else {
        // Each column's branch cut at atMost + 1: when one reaches it, so does their union.
        const EventStatement ids = userEventIds(query, std::nullopt, atMost + 1);
        count.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT id FROM (") + ids.sql
            + QStringLiteral(") AS user_events LIMIT ?) AS matching");
        count.values = ids.values;
    }
    count.values << atMost + 1;
    return count;
}
} // namespace

Result<SecurityEventPage> SecurityEventLog::list(const SecurityEventQuery &query)
{
    const Result<std::optional<qint64>> beforeId = checkedQuery(query);
    if (!beforeId)
        return beforeId.error();
    const int limit = qBound(1, query.limit, 1000);
    const EventStatement statement = pageStatement(query, beforeId.value(), limit);
    SqlStatement select(m_database.connection(), statement.sql, "listEvents");
    for (const QVariant &value : statement.values)
        select.bind(value);
    if (Status run = select.execute(); !run)
        return run.error();

    SecurityEventPage page;
    while (select.next()) {
        SecurityEvent event;
        event.id = select.int64(0);
        event.occurredAtMs = select.int64(1);
        event.type = select.text(2);
        event.actor = select.text(3);
        event.subjectId = select.text(4);
        event.subjectName = select.text(5);
        event.clientAddress = select.text(6);
        event.details = QJsonDocument::fromJson(select.text(7).toUtf8()).object();
        page.items.append(event);
    }
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.nextCursor = PageCursor::encode(QJsonArray {double(page.items.constLast().id)});
    }
    return page;
}

Result<qint64> SecurityEventLog::countUpTo(const SecurityEventQuery &query, qint64 atMost)
{
    if (const Result<std::optional<qint64>> checked = checkedQuery(query); !checked)
        return checked.error();
    const EventStatement statement = countStatement(query, atMost);
    SqlStatement count(m_database.connection(), statement.sql, "countEvents");
    for (const QVariant &value : statement.values)
        count.bind(value);
    if (Status run = count.execute(); !run)
        return run.error();
    return count.next() ? count.int64(0) : 0;
}

Result<QStringList> SecurityEventLog::explainList(const SecurityEventQuery &query)
{
    const Result<std::optional<qint64>> beforeId = checkedQuery(query);
    if (!beforeId)
        return beforeId.error();
    QStringList plan;
    for (const EventStatement &statement :
         {pageStatement(query, beforeId.value(), qBound(1, query.limit, 1000)),
          countStatement(query, countLimit)}) {
        const Result<QStringList> steps = m_database.connection().queryPlan(statement.sql, statement.values);
        if (!steps)
            return steps.error();
        plan << steps.value();
    }
    return plan;
}

QFuture<Result<qint64>> SecurityEventLog::pruneOlderThan(qint64 cutoffMs)
{
    return m_database.writer().submit<qint64>([cutoffMs](WriteTransaction &transaction) -> Result<qint64> {
        SqlStatement prune(transaction.connection(),
                           QStringLiteral("DELETE FROM events WHERE occurred_at < ?"), "pruneEvents");
        prune.bind(cutoffMs);
        if (Status run = prune.execute(); !run)
            return run.error();
        return qint64(prune.numRowsAffected());
    });
}
