#pragma once

#include "common/Result.h"
#include "tokens/RefreshSession.h"
#include "users/Actor.h"
#include "users/ClientInfo.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

class Database;
class RevocationService;
class SecurityEventLog;
struct SessionUse;
class WriteTransaction;

// Refresh sessions and their rules. A refresh token is an opaque 256-bit random string ("bwr_" + base64url)
// of which only the SHA-256 is stored (RefreshSessionRepository). Every use rotates it: the presented token
// stops working and a new one is returned. Presenting a token that was already rotated away means it was
// copied: the whole session is revoked and a "refresh_token_reused" security event is recorded. Users see
// and end their own sessions; administrators everyone's. Every change emits a signal after it is committed
// (on the writer thread).
class RefreshSessionService : public QObject
{
    Q_OBJECT

public:
    struct Issued
    {
        RefreshSession session;
        QString refreshToken; // shown to the client once; not stored
    };

    inline static const QString tokenPrefix = QStringLiteral("bwr_");

    RefreshSessionService(Database &database, SecurityEventLog &events, RevocationService &revocations,
                          QObject *parent = nullptr);

    void setLifetimeMs(qint64 lifetimeMs) { m_lifetimeMs = lifetimeMs; }
    qint64 lifetimeMs() const { return m_lifetimeMs; }
    // How long a revoked session's access tokens must stay refused: the longest access-token lifetime.
    void setAccessTokenHorizonMs(qint64 horizonMs) { m_accessTokenHorizonMs = horizonMs; }
    qint64 accessTokenHorizonMs() const { return m_accessTokenHorizonMs; }

    // Inside a write job (sign-in): a new session for the user.
    Result<Issued> open(WriteTransaction &transaction, qint64 userId, const ClientInfo &client);
    // Inside a write job (refresh): rotates the presented token; refuses unknown, expired, revoked and
    // reused tokens with ErrorKind::Unauthorized.
    Result<Issued> rotate(WriteTransaction &transaction, const QString &refreshToken,
                          const ClientInfo &client);

    // Sessions the actor may see: administrators all (optionally one user's), users their own.
    Result<QList<RefreshSession>> list(const Actor &actor, const QString &userPublicId = {},
                                       bool includeClosed = false);
    Result<RefreshSession> get(const Actor &actor, const QString &sessionPublicId);
    // The owner or an administrator ends a session; its access tokens stop working at once.
    QFuture<Result<RefreshSession>> revoke(const Actor &actor, const QString &sessionPublicId,
                                           const QString &reason = QStringLiteral("revoked"));
    // Inside a write job: ends a session by its public id regardless of actor (logout of the caller's own).
    Status revokeInTransaction(WriteTransaction &transaction, const QString &sessionPublicId,
                               const QString &reason);
    // Inside a write job: ends every open session of a user except `keepSessionId`.
    Status revokeAllForUser(WriteTransaction &transaction, qint64 userId, const QString &keepSessionId,
                            const QString &reason);
    // Open sessions of each of these accounts (by internal id; none open: absent), for the GUI's users table,
    // which asks for the accounts it has loaded.
    Result<QHash<qint64, qint64>> openSessionCounts(const QList<qint64> &userIds);
    // Deletes sessions that expired or were revoked longer ago than `keepMs`.
    QFuture<Result<qint64>> pruneClosed(qint64 keepMs);

    static QString hashToken(const QString &refreshToken);

signals:
    void sessionOpened(const RefreshSession &session);
    void sessionUpdated(const RefreshSession &session); // rotated (last used, expiry)
    void sessionRevoked(const RefreshSession &session);

private:
    // What issuing `refreshToken` to the client at nowMs records: its hash, the new expiry, the client (cut
    // to the columns' lengths).
    SessionUse useAt(qint64 nowMs, const QString &refreshToken, const ClientInfo &client) const;
    Status revokeExcessSessions(WriteTransaction &transaction, qint64 userId);
    Error refuseReusedToken(WriteTransaction &transaction, qint64 sessionId, const ClientInfo &client);

    Database &m_database;
    SecurityEventLog &m_events;
    RevocationService &m_revocations;
    qint64 m_lifetimeMs = 14LL * 24 * 3600 * 1000;
    qint64 m_accessTokenHorizonMs = 15LL * 60 * 1000 + 30'000;
};
