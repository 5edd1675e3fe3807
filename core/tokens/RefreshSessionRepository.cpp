#include "tokens/RefreshSessionRepository.h"

#include "common/PageCursor.h"
#include "common/WholeNumber.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "users/UserRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace RefreshSessionRepository {

namespace {
const QString sessionColumns
    = QStringLiteral("SELECT s.id, s.public_id, s.user_id, u.public_id, u.username, s.created_at, "
                     "s.last_used_at, s.expires_at,"
                     " s.client_address, s.user_agent, s.rotations, s.revoked_at, s.revoked_reason");
const QString selectSessions
    = sessionColumns + QStringLiteral(" FROM refresh_sessions s JOIN users u ON u.id = s.user_id");

RefreshSession readRow(const SqlStatement &row)
{
    RefreshSession session;
    session.id = row.int64(0);
    session.publicId = row.text(1);
    session.userId = row.int64(2);
    session.userPublicId = row.text(3);
    session.username = row.text(4);
    session.createdAtMs = row.int64(5);
    session.lastUsedAtMs = row.int64(6);
    session.expiresAtMs = row.int64(7);
    session.clientAddress = row.text(8);
    session.userAgent = row.text(9);
    session.rotations = row.int64(10);
    if (!row.isNull(11))
        session.revokedAtMs = row.int64(11);
    session.revokedReason = row.isNull(12) ? QString() : row.text(12);
    return session;
}

Result<std::optional<RefreshSession>> findOne(SqlStatement &find)
{
    if (Status run = find.execute(); !run)
        return run.error();
    if (!find.next())
        return std::optional<RefreshSession>();
    return std::optional<RefreshSession>(readRow(find));
}

Result<QStringList> publicIds(SqlStatement &select)
{
    if (Status run = select.execute(); !run)
        return run.error();
    QStringList ids;
    while (select.next())
        ids << select.text(0);
    return ids;
}
} // namespace

Result<std::optional<RefreshSession>> findById(SqlConnection &connection, qint64 id)
{
    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.id = ?"), "findSessionById");
    find.bind(id);
    return findOne(find);
}

Result<std::optional<RefreshSession>> findByPublicId(SqlConnection &connection, const QString &publicId)
{
    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.public_id = ?"),
                      "findSessionByPublicId");
    find.bind(publicId);
    return findOne(find);
}

Result<std::optional<RefreshSession>> findByTokenHash(SqlConnection &connection, const QString &tokenHash)
{
    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.token_hash = ?"),
                      "findSessionByToken");
    find.bind(tokenHash);
    return findOne(find);
}

Result<std::optional<qint64>> findRotatedTokenSession(SqlConnection &connection, const QString &tokenHash)
{
    SqlStatement rotated(connection,
                         QStringLiteral("SELECT session_id FROM refresh_rotations WHERE token_hash = ?"),
                         "findRotatedToken");
    rotated.bind(tokenHash);
    if (Status run = rotated.execute(); !run)
        return run.error();
    if (!rotated.next())
        return std::optional<qint64>();
    return std::optional<qint64>(rotated.int64(0));
}

Result<QList<RefreshSession>> list(SqlConnection &connection, const SessionFilter &filter)
{
    QString sql = selectSessions + QStringLiteral(" WHERE 1 = 1");
    if (!filter.ownerPublicId.isEmpty())
        sql += QStringLiteral(" AND u.public_id = ?");
    if (!filter.includeClosed)
        sql += QStringLiteral(" AND s.revoked_at IS NULL AND s.expires_at > ?");
    sql += QStringLiteral(" ORDER BY s.last_used_at DESC, s.id DESC LIMIT 1000");
    SqlStatement select(connection, sql, "listSessions");
    if (!filter.ownerPublicId.isEmpty())
        select.bind(filter.ownerPublicId);
    if (!filter.includeClosed)
        select.bind(filter.nowMs);
    if (Status run = select.execute(); !run)
        return run.error();
    QList<RefreshSession> sessions;
    while (select.next())
        sessions << readRow(select);
    return sessions;
}

namespace {
QString sortColumn(RefreshSessionSort sort)
{
    switch (sort) {
    case RefreshSessionSort::LastUsed:
        return QStringLiteral("s.last_used_at");
    case RefreshSessionSort::Created:
        return QStringLiteral("s.created_at");
    case RefreshSessionSort::Expires:
        return QStringLiteral("s.expires_at");
    case RefreshSessionSort::User:
        return QStringLiteral("u.username_key");
    }
    return QStringLiteral("s.last_used_at");
}

QJsonValue sortKey(const RefreshSession &session, RefreshSessionSort sort)
{
    switch (sort) {
    case RefreshSessionSort::LastUsed:
        return double(session.lastUsedAtMs);
    case RefreshSessionSort::Created:
        return double(session.createdAtMs);
    case RefreshSessionSort::Expires:
        return double(session.expiresAtMs);
    case RefreshSessionSort::User:
        return UserRules::usernameKey(session.username);
    }
    return {};
}

// One page's SELECT and its count: SQL assembled from fixed fragments only, and the values to bind.
struct PageStatements
{
    QString select;
    QVariantList selectValues;
    QString count;
    QVariantList countValues;
};

Result<PageStatements> pageStatements(const RefreshSessionQuery &query, qint64 nowMs)
{
    const bool textKey = query.sort == RefreshSessionSort::User;
    std::optional<QJsonArray> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = PageCursor::decode(query.cursor);
        const bool wellFormed = cursor && cursor->size() == 3
            && cursor->at(0).toString() == RefreshSessionSorts::name(query.sort, query.descending)
            && (textKey ? cursor->at(1).isString() : WholeNumber::from(cursor->at(1)).has_value())
            && WholeNumber::from(cursor->at(2)).has_value();
        if (!wellFormed)
            return Error::invalidField(
                QStringLiteral("cursor"),
                QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                                 "The cursor is not valid for this sort order; start again "
                                                 "without a cursor.")));
    }

    // The filters, on the sessions (s) joined to their accounts (u).
    QStringList filters;
    QVariantList filterValues;
    if (!query.userPublicId.isEmpty()) {
        filters << QStringLiteral("u.public_id = ?");
        filterValues << query.userPublicId;
    }
    if (!query.includeClosed) {
        filters << QStringLiteral("s.revoked_at IS NULL AND s.expires_at > ?");
        filterValues << nowMs;
    }
    const auto where = [](const QStringList &conditions) {
        return conditions.isEmpty() ? QString()
                                    : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    };

    PageStatements statements;
    // The count needs the accounts only to find one by its public id.
    statements.count = query.userPublicId.isEmpty()
        ? QStringLiteral("SELECT COUNT(*) FROM refresh_sessions s") + where(filters)
        : QStringLiteral("SELECT COUNT(*) FROM refresh_sessions s JOIN users u ON u.id = s.user_id")
            + where(filters);
    statements.countValues = filterValues;

    // By user: the accounts in username order, each with its sessions (a few, sorted by id in place).
    // CROSS JOIN keeps that loop order in SQLite, which would otherwise sort every session first;
    // PostgreSQL reads it as a plain join.
    QStringList conditions;
    if (textKey)
        conditions << QStringLiteral("u.id = s.user_id");
    conditions += filters;
    const QString from = textKey
        ? QStringLiteral(" FROM users u CROSS JOIN refresh_sessions s")
        : QStringLiteral(" FROM refresh_sessions s JOIN users u ON u.id = s.user_id");
    statements.selectValues = filterValues;
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (cursor) {
        conditions << QStringLiteral("(") + column + QStringLiteral(", s.id)")
                + (query.descending ? QStringLiteral(" < ") : QStringLiteral(" > "))
                + QStringLiteral("(?, ?)");
        if (textKey)
            statements.selectValues << cursor->at(1).toString();
        else
            statements.selectValues << *WholeNumber::from(cursor->at(1));
        statements.selectValues << *WholeNumber::from(cursor->at(2));
    }
    statements.selectValues << query.limit + 1;
    statements.select = sessionColumns + from + where(conditions) + QStringLiteral(" ORDER BY ") + column
        + direction + QStringLiteral(", s.id") + direction + QStringLiteral(" LIMIT ?");
    return statements;
}

Result<qint64> countMatching(SqlConnection &connection, const PageStatements &statements)
{
    SqlStatement count(connection, statements.count, "countSessionsMatching");
    for (const QVariant &value : statements.countValues)
        count.bind(value);
    if (Status run = count.execute(); !run)
        return run.error();
    return count.next() ? count.int64(0) : 0;
}
} // namespace

Result<RefreshSessionPage> listPage(SqlConnection &connection, const RefreshSessionQuery &query, qint64 nowMs)
{
    const Result<PageStatements> statements = pageStatements(query, nowMs);
    if (!statements)
        return statements.error();
    RefreshSessionPage page;
    {
        SqlStatement select(connection, statements->select, "listSessionsPage");
        for (const QVariant &value : statements->selectValues)
            select.bind(value);
        if (Status run = select.execute(); !run)
            return run.error();
        while (select.next())
            page.items.append(readRow(select));
    }
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        const RefreshSession &last = page.items.constLast();
        page.nextCursor
            = PageCursor::encode(QJsonArray {RefreshSessionSorts::name(query.sort, query.descending),
                                             sortKey(last, query.sort), double(last.id)});
    }
    // A first page that is not full holds everything: its size is the total.
    if (query.cursor.isEmpty() && page.nextCursor.isEmpty()) {
        page.total = page.items.size();
        return page;
    }
    const Result<qint64> total = countMatching(connection, *statements);
    if (!total)
        return total.error();
    page.total = total.value();
    return page;
}

Result<QStringList> explainListPage(SqlConnection &connection, const RefreshSessionQuery &query, qint64 nowMs)
{
    const Result<PageStatements> statements = pageStatements(query, nowMs);
    if (!statements)
        return statements.error();
    QStringList plan;
    const QList<QPair<QString, QVariantList>> explained {{statements->select, statements->selectValues},
                                                         {statements->count, statements->countValues}};
    for (const auto &[sql, values] : explained) {
        const Result<QStringList> steps = connection.queryPlan(sql, values);
        if (!steps)
            return steps.error();
        plan << steps.value();
    }
    return plan;
}

Result<QStringList> openSessionsNewestFirst(SqlConnection &connection, qint64 userId, qint64 nowMs)
{
    SqlStatement open(
        connection,
        QStringLiteral("SELECT public_id FROM refresh_sessions WHERE user_id = ? AND revoked_at IS NULL"
                       " AND expires_at > ? ORDER BY created_at DESC, id DESC"),
        "findOpenSessionsNewestFirst");
    open.bind(userId).bind(nowMs);
    return publicIds(open);
}

Result<QStringList> unrevokedSessions(SqlConnection &connection, qint64 userId)
{
    SqlStatement open(
        connection,
        QStringLiteral("SELECT public_id FROM refresh_sessions WHERE user_id = ? AND revoked_at IS NULL"),
        "findUserSessions");
    open.bind(userId);
    return publicIds(open);
}

Result<QHash<qint64, qint64>> openSessionCounts(SqlConnection &connection, qint64 nowMs,
                                                const QList<qint64> &userIds)
{
    // The ids travel as one JSON array: one statement for any number of accounts, each looked up through
    // refresh_sessions_user.
    QJsonArray ids;
    for (const qint64 id : userIds)
        ids.append(double(id));
    SqlStatement count(
        connection,
        QStringLiteral("SELECT user_id, COUNT(*) FROM refresh_sessions WHERE revoked_at IS NULL"
                       " AND expires_at > ? AND user_id IN (")
            + connection.integersOfJsonArray() + QStringLiteral(") GROUP BY user_id"),
        "countOpenSessions");
    count.bind(nowMs).bind(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (Status run = count.execute(); !run)
        return run.error();
    QHash<qint64, qint64> counts;
    while (count.next())
        counts.insert(count.int64(0), count.int64(1));
    return counts;
}

Result<qint64> insert(SqlConnection &connection, const QString &publicId, qint64 userId,
                      const SessionUse &use)
{
    SqlStatement insert(
        connection,
        QStringLiteral("INSERT INTO refresh_sessions (public_id, user_id, token_hash, created_at,"
                       " last_used_at, expires_at, client_address, user_agent)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertSession");
    insert.bind(publicId)
        .bind(userId)
        .bind(use.tokenHash)
        .bind(use.nowMs)
        .bind(use.nowMs)
        .bind(use.expiresAtMs)
        .bind(use.clientAddress)
        .bind(use.userAgent);
    if (Status run = insert.execute(); !run)
        return run.error();
    if (!insert.next())
        return Error::storage(QStringLiteral("The new session's id was not returned."));
    return insert.int64(0);
}

Result<bool> rotate(SqlConnection &connection, qint64 sessionId, const QString &previousHash,
                    const SessionUse &use)
{
    SqlStatement update(
        connection,
        QStringLiteral("UPDATE refresh_sessions SET token_hash = ?, last_used_at = ?, expires_at = ?,"
                       " rotations = rotations + 1, client_address = ?, user_agent = ?"
                       " WHERE id = ? AND token_hash = ?"),
        "rotateSession");
    update.bind(use.tokenHash)
        .bind(use.nowMs)
        .bind(use.expiresAtMs)
        .bind(use.clientAddress)
        .bind(use.userAgent)
        .bind(sessionId)
        .bind(previousHash);
    if (Status run = update.execute(); !run)
        return run.error();
    return update.numRowsAffected() == 1;
}

Status rememberRotatedToken(SqlConnection &connection, const QString &tokenHash, qint64 sessionId,
                            qint64 nowMs)
{
    SqlStatement remember(
        connection,
        QStringLiteral("INSERT INTO refresh_rotations (token_hash, session_id, rotated_at) VALUES (?, ?, ?)"),
        "rememberRotatedToken");
    remember.bind(tokenHash).bind(sessionId).bind(nowMs);
    return remember.execute();
}

Result<bool> markRevoked(SqlConnection &connection, const QString &publicId, const QString &reason,
                         qint64 nowMs)
{
    SqlStatement update(connection,
                        QStringLiteral("UPDATE refresh_sessions SET revoked_at = ?, revoked_reason = ?"
                                       " WHERE public_id = ? AND revoked_at IS NULL"),
                        "revokeSession");
    update.bind(nowMs).bind(reason).bind(publicId);
    if (Status run = update.execute(); !run)
        return run.error();
    return update.numRowsAffected() != 0;
}

Result<qint64> deleteClosedBefore(SqlConnection &connection, qint64 cutoffMs)
{
    SqlStatement prune(connection,
                       QStringLiteral("DELETE FROM refresh_sessions WHERE expires_at < ? OR revoked_at < ?"),
                       "pruneSessions");
    prune.bind(cutoffMs).bind(cutoffMs);
    if (Status run = prune.execute(); !run)
        return run.error();
    return qint64(prune.numRowsAffected());
}

} // namespace RefreshSessionRepository
