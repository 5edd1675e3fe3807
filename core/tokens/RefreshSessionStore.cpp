#include "tokens/RefreshSessionStore.h"

#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "tokens/RevocationStore.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

#include <openssl/rand.h>

namespace {
constexpr int maximumOpenSessionsPerUser = 50;
constexpr qsizetype maximumUserAgentLength = 512;
constexpr qsizetype tokenRandomBytes = 32;

const QString selectSessions
    = QStringLiteral("SELECT s.id, s.public_id, s.user_id, u.public_id, u.username, s.created_at, "
                     "s.last_used_at, s.expires_at,"
                     " s.client_address, s.user_agent, s.rotations, s.revoked_at, s.revoked_reason"
                     " FROM refresh_sessions s JOIN users u ON u.id = s.user_id");

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

Result<std::optional<RefreshSession>> findByPublicId(SqlConnection &connection, const QString &publicId)
{
    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.public_id = ?"),
                      "findSessionByPublicId");
    find.bind(publicId);
    return findOne(find);
}

Result<std::optional<RefreshSession>> findById(SqlConnection &connection, qint64 id)
{
    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.id = ?"), "findSessionById");
    find.bind(id);
    return findOne(find);
}

QString newRefreshToken()
{
    QByteArray random(tokenRandomBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return {};
    return RefreshSessionStore::tokenPrefix
        + QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error invalidRefreshToken()
{
    return Error::unauthorized(
        ErrorCode::InvalidRefreshToken,
        QStringLiteral(QT_TRANSLATE_NOOP("Error", "The refresh token is not valid; sign in again.")));
}

Error sessionNotFound()
{
    return Error::notFound(ErrorCode::SessionNotFound,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such session.")));
}

ClientInfo boundedClient(const ClientInfo &client)
{
    return ClientInfo {client.address.left(64), client.userAgent.left(maximumUserAgentLength)};
}
} // namespace

RefreshSessionStore::RefreshSessionStore(Database &database, SecurityEventLog &events,
                                         RevocationStore &revocations, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_events(events)
    , m_revocations(revocations)
{
    qRegisterMetaType<RefreshSession>();
}

QString RefreshSessionStore::hashToken(const QString &refreshToken)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<RefreshSessionStore::Issued> RefreshSessionStore::open(WriteTransaction &transaction, qint64 userId,
                                                              const ClientInfo &client)
{
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();

    // A client that signs in for every request would pile up sessions: keep the newest ones.
    {
        SqlStatement open(
            connection,
            QStringLiteral("SELECT public_id FROM refresh_sessions WHERE user_id = ? AND revoked_at IS NULL"
                           " AND expires_at > ? ORDER BY created_at DESC, id DESC"),
            "findOpenSessionsNewestFirst");
        open.bind(userId).bind(now);
        if (Status run = open.execute(); !run)
            return run.error();
        QStringList excess;
        for (int kept = 0; open.next(); ++kept) {
            if (kept >= maximumOpenSessionsPerUser - 1)
                excess << open.text(0);
        }
        for (const QString &publicId : std::as_const(excess)) {
            if (Status revoked = revokeInTransaction(transaction, publicId, QStringLiteral("session_limit"));
                !revoked)
                return revoked.error();
        }
    }

    Issued issued;
    issued.refreshToken = newRefreshToken();
    if (issued.refreshToken.isEmpty())
        return Error::internal(QStringLiteral("The random number generator failed."));
    const ClientInfo bounded = boundedClient(client);
    SqlStatement insert(
        connection,
        QStringLiteral("INSERT INTO refresh_sessions (public_id, user_id, token_hash, created_at,"
                       " last_used_at, expires_at, client_address, user_agent)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertSession");
    insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(userId)
        .bind(hashToken(issued.refreshToken))
        .bind(now)
        .bind(now)
        .bind(now + m_lifetimeMs)
        .bind(bounded.address)
        .bind(bounded.userAgent);
    if (Status run = insert.execute(); !run)
        return run.error();
    if (!insert.next())
        return Error::storage(QStringLiteral("The new session's id was not returned."));
    const qint64 id = insert.int64(0);
    const Result<std::optional<RefreshSession>> created = findById(connection, id);
    if (!created || !created.value())
        return Error::storage(QStringLiteral("The new session could not be read back."));
    issued.session = *created.value();
    const RefreshSession session = issued.session;
    transaction.afterCommit([this, session] { emit sessionOpened(session); });
    return issued;
}

Result<RefreshSessionStore::Issued> RefreshSessionStore::rotate(WriteTransaction &transaction,
                                                                const QString &refreshToken,
                                                                const ClientInfo &client)
{
    if (!refreshToken.startsWith(tokenPrefix) || refreshToken.size() > 128)
        return invalidRefreshToken();
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();
    const QString hash = hashToken(refreshToken);

    SqlStatement find(connection, selectSessions + QStringLiteral(" WHERE s.token_hash = ?"),
                      "findSessionByToken");
    find.bind(hash);
    const Result<std::optional<RefreshSession>> current = findOne(find);
    if (!current)
        return current.error();

    if (!current.value()) {
        // Not a current token: was it one that has already been exchanged?
        SqlStatement rotated(connection,
                             QStringLiteral("SELECT session_id FROM refresh_rotations WHERE token_hash = ?"),
                             "findRotatedToken");
        rotated.bind(hash);
        if (Status run = rotated.execute(); !run)
            return run.error();
        if (!rotated.next())
            return invalidRefreshToken();
        const Result<std::optional<RefreshSession>> stolen = findById(connection, rotated.int64(0));
        if (!stolen || !stolen.value())
            return invalidRefreshToken();
        const RefreshSession session = *stolen.value();
        if (session.isOpen(now)) {
            if (Status revoked = revokeInTransaction(transaction, session.publicId, QStringLiteral("reuse"));
                !revoked)
                return revoked.error();
        }
        SecurityEvent event;
        event.type = SecurityEventType::refreshTokenReused;
        event.actor = QStringLiteral("anonymous");
        event.subjectId = session.userPublicId;
        event.subjectName = session.username;
        event.clientAddress = client.address;
        event.details = QJsonObject {{QStringLiteral("session"), session.publicId}};
        if (Status recorded = m_events.record(transaction, event); !recorded)
            return recorded.error();
        // The revocation and the event stand; the answer is still a refusal.
        transaction.keepChangesDespiteError();
        return Error::unauthorized(ErrorCode::RefreshTokenReused,
                                   QStringLiteral(QT_TRANSLATE_NOOP(
                                       "Error",
                                       "This refresh token was already used. The session has been ended "
                                       "for safety; sign in again.")));
    }

    const RefreshSession before = *current.value();
    if (before.revokedAtMs || before.expiresAtMs <= now)
        return invalidRefreshToken();

    Issued issued;
    issued.refreshToken = newRefreshToken();
    if (issued.refreshToken.isEmpty())
        return Error::internal(QStringLiteral("The random number generator failed."));
    const ClientInfo bounded = boundedClient(client);
    SqlStatement update(
        connection,
        QStringLiteral("UPDATE refresh_sessions SET token_hash = ?, last_used_at = ?, expires_at = ?,"
                       " rotations = rotations + 1, client_address = ?, user_agent = ?"
                       " WHERE id = ? AND token_hash = ?"),
        "rotateSession");
    update.bind(hashToken(issued.refreshToken))
        .bind(now)
        .bind(now + m_lifetimeMs)
        .bind(bounded.address)
        .bind(bounded.userAgent)
        .bind(before.id)
        .bind(hash);
    if (Status run = update.execute(); !run)
        return run.error();
    if (update.numRowsAffected() != 1)
        return invalidRefreshToken();
    SqlStatement remember(
        connection,
        QStringLiteral("INSERT INTO refresh_rotations (token_hash, session_id, rotated_at) VALUES (?, ?, ?)"),
        "rememberRotatedToken");
    remember.bind(hash).bind(before.id).bind(now);
    if (Status run = remember.execute(); !run)
        return run.error();

    const Result<std::optional<RefreshSession>> after = findById(connection, before.id);
    if (!after || !after.value())
        return Error::storage(QStringLiteral("The session could not be read back."));
    issued.session = *after.value();
    const RefreshSession session = issued.session;
    transaction.afterCommit([this, session] { emit sessionUpdated(session); });
    return issued;
}

Status RefreshSessionStore::revokeInTransaction(WriteTransaction &transaction, const QString &sessionPublicId,
                                                const QString &reason)
{
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();
    SqlStatement update(connection,
                        QStringLiteral("UPDATE refresh_sessions SET revoked_at = ?, revoked_reason = ?"
                                       " WHERE public_id = ? AND revoked_at IS NULL"),
                        "revokeSession");
    update.bind(now).bind(reason).bind(sessionPublicId);
    if (Status run = update.execute(); !run)
        return run;
    if (update.numRowsAffected() == 0)
        return {}; // already ended
    if (Status revoked
        = m_revocations.revokeSession(transaction, sessionPublicId, now + m_accessTokenHorizonMs);
        !revoked)
        return revoked;
    const Result<std::optional<RefreshSession>> after = findByPublicId(connection, sessionPublicId);
    if (!after || !after.value())
        return Error::storage(QStringLiteral("The revoked session could not be read back."));
    const RefreshSession session = *after.value();
    transaction.afterCommit([this, session] { emit sessionRevoked(session); });
    return {};
}

Status RefreshSessionStore::revokeAllForUser(WriteTransaction &transaction, qint64 userId,
                                             const QString &keepSessionId, const QString &reason)
{
    SqlStatement open(
        transaction.connection(),
        QStringLiteral("SELECT public_id FROM refresh_sessions WHERE user_id = ? AND revoked_at IS NULL"),
        "findUserSessions");
    open.bind(userId);
    if (Status run = open.execute(); !run)
        return run;
    QStringList sessions;
    while (open.next())
        sessions << open.text(0);
    for (const QString &publicId : std::as_const(sessions)) {
        if (publicId == keepSessionId)
            continue;
        if (Status revoked = revokeInTransaction(transaction, publicId, reason); !revoked)
            return revoked;
    }
    return {};
}

Result<QList<RefreshSession>> RefreshSessionStore::list(const Actor &actor, const QString &userPublicId,
                                                        bool includeClosed)
{
    if (!actor.isAdmin() && !userPublicId.isEmpty() && userPublicId != actor.publicId)
        return Error::forbidden(ErrorCode::AdminRequired,
                                QStringLiteral(QT_TRANSLATE_NOOP(
                                    "Error", "Only an administrator can see other users' sessions.")));
    const QString ownerPublicId = actor.isAdmin() ? userPublicId : actor.publicId;
    QString sql = selectSessions + QStringLiteral(" WHERE 1 = 1");
    if (!ownerPublicId.isEmpty())
        sql += QStringLiteral(" AND u.public_id = ?");
    if (!includeClosed)
        sql += QStringLiteral(" AND s.revoked_at IS NULL AND s.expires_at > ?");
    sql += QStringLiteral(" ORDER BY s.last_used_at DESC, s.id DESC LIMIT 1000");
    SqlStatement select(m_database.connection(), sql, "listSessions");
    if (!ownerPublicId.isEmpty())
        select.bind(ownerPublicId);
    if (!includeClosed)
        select.bind(m_database.clock().nowMs());
    if (Status run = select.execute(); !run)
        return run.error();
    QList<RefreshSession> sessions;
    while (select.next())
        sessions << readRow(select);
    return sessions;
}

Result<RefreshSession> RefreshSessionStore::get(const Actor &actor, const QString &sessionPublicId)
{
    const Result<std::optional<RefreshSession>> found
        = findByPublicId(m_database.connection(), sessionPublicId);
    if (!found)
        return found.error();
    if (!found.value() || (!actor.isAdmin() && found.value()->userId != actor.userId))
        return sessionNotFound();
    return *found.value();
}

QFuture<Result<RefreshSession>>
RefreshSessionStore::revoke(const Actor &actor, const QString &sessionPublicId, const QString &reason)
{
    const QString actorName = actor.displayName();
    return m_database.writer().submit<RefreshSession>(
        [this, actor, actorName, sessionPublicId,
         reason](WriteTransaction &transaction) -> Result<RefreshSession> {
            const Result<std::optional<RefreshSession>> found
                = findByPublicId(transaction.connection(), sessionPublicId);
            if (!found)
                return found.error();
            if (!found.value() || (!actor.isAdmin() && found.value()->userId != actor.userId))
                return sessionNotFound();
            if (Status revoked = revokeInTransaction(transaction, sessionPublicId, reason); !revoked)
                return revoked.error();
            SecurityEvent event;
            event.type = SecurityEventType::sessionRevoked;
            event.actor = actorName;
            event.subjectId = found.value()->userPublicId;
            event.subjectName = found.value()->username;
            event.details = QJsonObject {{QStringLiteral("session"), sessionPublicId},
                                         {QStringLiteral("reason"), reason}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
            const Result<std::optional<RefreshSession>> after
                = findByPublicId(transaction.connection(), sessionPublicId);
            if (!after || !after.value())
                return Error::storage(QStringLiteral("The session could not be read back."));
            return *after.value();
        });
}

Result<QHash<qint64, qint64>> RefreshSessionStore::openSessionCounts()
{
    SqlStatement count(
        m_database.connection(),
        QStringLiteral("SELECT user_id, COUNT(*) FROM refresh_sessions WHERE revoked_at IS NULL"
                       " AND expires_at > ? GROUP BY user_id"),
        "countOpenSessions");
    count.bind(m_database.clock().nowMs());
    if (Status run = count.execute(); !run)
        return run.error();
    QHash<qint64, qint64> counts;
    while (count.next())
        counts.insert(count.int64(0), count.int64(1));
    return counts;
}

QFuture<Result<qint64>> RefreshSessionStore::pruneClosed(qint64 keepMs)
{
    return m_database.writer().submit<qint64>([keepMs](WriteTransaction &transaction) -> Result<qint64> {
        const qint64 cutoff = transaction.nowMs() - keepMs;
        SqlStatement prune(
            transaction.connection(),
            QStringLiteral("DELETE FROM refresh_sessions WHERE expires_at < ? OR revoked_at < ?"),
            "pruneSessions");
        prune.bind(cutoff).bind(cutoff);
        if (Status run = prune.execute(); !run)
            return run.error();
        return qint64(prune.numRowsAffected());
    });
}
