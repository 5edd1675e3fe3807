#include "tokens/RefreshSessionService.h"

#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionRepository.h"
#include "tokens/RevocationService.h"
#include "users/UserRules.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

#include <openssl/rand.h>

namespace {
constexpr int maximumOpenSessionsPerUser = 50;
constexpr qsizetype maximumClientAddressLength = 64;
constexpr qsizetype maximumUserAgentLength = 512;
constexpr qsizetype maximumRefreshTokenLength = 128;
constexpr qsizetype tokenRandomBytes = 32;

QString newRefreshToken()
{
    QByteArray random(tokenRandomBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return {};
    return RefreshSessionService::tokenPrefix
        + QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error randomFailed()
{
    return Error::internal(QStringLiteral("The random number generator failed."));
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

bool maySee(const Actor &actor, const RefreshSession &session)
{
    return actor.isAdmin() || session.userId == actor.userId;
}

Result<RefreshSession> readBack(SqlConnection &connection, const QString &publicId)
{
    const Result<std::optional<RefreshSession>> found
        = RefreshSessionRepository::findByPublicId(connection, publicId);
    if (!found || !found.value())
        return Error::storage(QStringLiteral("The session could not be read back."));
    return *found.value();
}

Result<RefreshSession> readBack(SqlConnection &connection, qint64 id)
{
    const Result<std::optional<RefreshSession>> found = RefreshSessionRepository::findById(connection, id);
    if (!found || !found.value())
        return Error::storage(QStringLiteral("The session could not be read back."));
    return *found.value();
}
} // namespace

RefreshSessionService::RefreshSessionService(Database &database, SecurityEventLog &events,
                                             RevocationService &revocations, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_events(events)
    , m_revocations(revocations)
{
    qRegisterMetaType<RefreshSession>();
}

QString RefreshSessionService::hashToken(const QString &refreshToken)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

SessionUse RefreshSessionService::useAt(qint64 nowMs, const QString &refreshToken,
                                        const ClientInfo &client) const
{
    return SessionUse {hashToken(refreshToken), nowMs, nowMs + m_lifetimeMs,
                       client.address.left(maximumClientAddressLength),
                       client.userAgent.left(maximumUserAgentLength)};
}

// A client that signs in for every request would pile up sessions: keep the newest ones.
Status RefreshSessionService::revokeExcessSessions(WriteTransaction &transaction, qint64 userId)
{
    const Result<QStringList> open = RefreshSessionRepository::openSessionsNewestFirst(
        transaction.connection(), userId, transaction.nowMs());
    if (!open)
        return open.error();
    for (const QString &publicId : open->mid(maximumOpenSessionsPerUser - 1)) {
        if (Status revoked = revokeInTransaction(transaction, publicId, QStringLiteral("session_limit"));
            !revoked)
            return revoked;
    }
    return {};
}

Result<RefreshSessionService::Issued> RefreshSessionService::open(WriteTransaction &transaction,
                                                                  qint64 userId, const ClientInfo &client)
{
    if (Status limited = revokeExcessSessions(transaction, userId); !limited)
        return limited.error();

    Issued issued;
    issued.refreshToken = newRefreshToken();
    if (issued.refreshToken.isEmpty())
        return randomFailed();
    const Result<qint64> id = RefreshSessionRepository::insert(
        transaction.connection(), QUuid::createUuid().toString(QUuid::WithoutBraces), userId,
        useAt(transaction.nowMs(), issued.refreshToken, client));
    if (!id)
        return id.error();
    const Result<RefreshSession> created = readBack(transaction.connection(), id.value());
    if (!created)
        return Error::storage(QStringLiteral("The new session could not be read back."));
    issued.session = created.value();
    const RefreshSession session = issued.session;
    transaction.afterCommit([this, session] { emit sessionOpened(session); });
    return issued;
}

// Theft detection: the token was current once and has been exchanged since, so someone holds a copy. The
// session ends (if it has not already), the event is recorded, and the caller is refused either way.
Error RefreshSessionService::refuseReusedToken(WriteTransaction &transaction, qint64 sessionId,
                                               const ClientInfo &client)
{
    const Result<std::optional<RefreshSession>> stolen
        = RefreshSessionRepository::findById(transaction.connection(), sessionId);
    if (!stolen || !stolen.value())
        return invalidRefreshToken();
    const RefreshSession session = *stolen.value();
    if (session.isOpen(transaction.nowMs())) {
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
    return Error::unauthorized(
        ErrorCode::RefreshTokenReused,
        QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                         "This refresh token was already used. The session has been ended "
                                         "for safety; sign in again.")));
}

Result<RefreshSessionService::Issued> RefreshSessionService::rotate(WriteTransaction &transaction,
                                                                    const QString &refreshToken,
                                                                    const ClientInfo &client)
{
    if (!refreshToken.startsWith(tokenPrefix) || refreshToken.size() > maximumRefreshTokenLength)
        return invalidRefreshToken();
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();
    const QString hash = hashToken(refreshToken);

    const Result<std::optional<RefreshSession>> current
        = RefreshSessionRepository::findByTokenHash(connection, hash);
    if (!current)
        return current.error();
    if (!current.value()) {
        // Not a current token: was it one that has already been exchanged?
        const Result<std::optional<qint64>> rotated
            = RefreshSessionRepository::findRotatedTokenSession(connection, hash);
        if (!rotated)
            return rotated.error();
        if (!rotated.value())
            return invalidRefreshToken();
        return refuseReusedToken(transaction, *rotated.value(), client);
    }

    const RefreshSession before = *current.value();
    if (!before.isOpen(now))
        return invalidRefreshToken();

    Issued issued;
    issued.refreshToken = newRefreshToken();
    if (issued.refreshToken.isEmpty())
        return randomFailed();
    const Result<bool> rotatedNow = RefreshSessionRepository::rotate(connection, before.id, hash,
                                                                     useAt(now, issued.refreshToken, client));
    if (!rotatedNow)
        return rotatedNow.error();
    if (!rotatedNow.value())
        return invalidRefreshToken();
    if (Status remembered = RefreshSessionRepository::rememberRotatedToken(connection, hash, before.id, now);
        !remembered)
        return remembered.error();

    const Result<RefreshSession> after = readBack(connection, before.id);
    if (!after)
        return after.error();
    issued.session = after.value();
    const RefreshSession session = issued.session;
    transaction.afterCommit([this, session] { emit sessionUpdated(session); });
    return issued;
}

Status RefreshSessionService::revokeInTransaction(WriteTransaction &transaction,
                                                  const QString &sessionPublicId, const QString &reason)
{
    const qint64 now = transaction.nowMs();
    const Result<bool> revokedNow
        = RefreshSessionRepository::markRevoked(transaction.connection(), sessionPublicId, reason, now);
    if (!revokedNow)
        return revokedNow.error();
    if (!revokedNow.value())
        return {}; // already ended
    if (Status revoked
        = m_revocations.revokeSession(transaction, sessionPublicId, now + m_accessTokenHorizonMs);
        !revoked)
        return revoked;
    const Result<RefreshSession> after = readBack(transaction.connection(), sessionPublicId);
    if (!after)
        return Error::storage(QStringLiteral("The revoked session could not be read back."));
    const RefreshSession session = after.value();
    transaction.afterCommit([this, session] { emit sessionRevoked(session); });
    return {};
}

Status RefreshSessionService::revokeAllForUser(WriteTransaction &transaction, qint64 userId,
                                               const QString &keepSessionId, const QString &reason)
{
    const Result<QStringList> sessions
        = RefreshSessionRepository::unrevokedSessions(transaction.connection(), userId);
    if (!sessions)
        return sessions.error();
    for (const QString &publicId : sessions.value()) {
        if (publicId == keepSessionId)
            continue;
        if (Status revoked = revokeInTransaction(transaction, publicId, reason); !revoked)
            return revoked;
    }
    return {};
}

Result<QList<RefreshSession>> RefreshSessionService::list(const Actor &actor, const QString &userPublicId,
                                                          bool includeClosed)
{
    if (!userPublicId.isEmpty() && userPublicId != actor.publicId) {
        if (Status allowed = UserRules::checkAdministrator(
                actor, QT_TRANSLATE_NOOP("Error", "Only an administrator can see other users' sessions."));
            !allowed)
            return allowed.error();
    }
    SessionFilter filter;
    filter.ownerPublicId = actor.isAdmin() ? userPublicId : actor.publicId;
    filter.includeClosed = includeClosed;
    filter.nowMs = m_database.clock().nowMs();
    return RefreshSessionRepository::list(m_database.connection(), filter);
}

Result<RefreshSession> RefreshSessionService::get(const Actor &actor, const QString &sessionPublicId)
{
    const Result<std::optional<RefreshSession>> found
        = RefreshSessionRepository::findByPublicId(m_database.connection(), sessionPublicId);
    if (!found)
        return found.error();
    if (!found.value() || !maySee(actor, *found.value()))
        return sessionNotFound();
    return *found.value();
}

QFuture<Result<RefreshSession>>
RefreshSessionService::revoke(const Actor &actor, const QString &sessionPublicId, const QString &reason)
{
    const QString actorName = actor.displayName();
    return m_database.writer().submit<RefreshSession>(
        [this, actor, actorName, sessionPublicId,
         reason](WriteTransaction &transaction) -> Result<RefreshSession> {
            const Result<std::optional<RefreshSession>> found
                = RefreshSessionRepository::findByPublicId(transaction.connection(), sessionPublicId);
            if (!found)
                return found.error();
            if (!found.value() || !maySee(actor, *found.value()))
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
            return readBack(transaction.connection(), sessionPublicId);
        });
}

Result<QHash<qint64, qint64>> RefreshSessionService::openSessionCounts(const QList<qint64> &userIds)
{
    return RefreshSessionRepository::openSessionCounts(m_database.connection(), m_database.clock().nowMs(),
                                                       userIds);
}

QFuture<Result<qint64>> RefreshSessionService::pruneClosed(qint64 keepMs)
{
    return m_database.writer().submit<qint64>([keepMs](WriteTransaction &transaction) -> Result<qint64> {
        return RefreshSessionRepository::deleteClosedBefore(transaction.connection(),
                                                            transaction.nowMs() - keepMs);
    });
}
