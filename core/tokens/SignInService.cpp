#include "tokens/SignInService.h"

#include "common/Futures.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/RevocationService.h"
#include "tokens/TokenMinter.h"
#include "users/UserService.h"

#include <QJsonObject>

struct SignInService::SessionGrant
{
    User user;
    RefreshSession session;
    QString refreshToken;
};

SignInService::SignInService(Database &database, UserService &users, RefreshSessionService &sessions,
                             TokenMinter &minter, RevocationService &revocations, SecurityEventLog &events)
    : m_database(database)
    , m_users(users)
    , m_sessions(sessions)
    , m_minter(minter)
    , m_revocations(revocations)
    , m_events(events)
{ }

QFuture<Result<TokenPair>> SignInService::completePair(const QFuture<Result<SessionGrant>> &granted)
{
    return Futures::andThen<TokenPair>(granted, [this](const SessionGrant &grant) {
        const qint64 lifetime = m_minter.settings().accessLifetimeSeconds;
        const Result<QString> access = m_minter.signAccessToken(grant.user, grant.session.publicId, lifetime);
        if (!access)
            return Futures::ready<TokenPair>(access.error());
        return Futures::ready<TokenPair>(
            TokenPair {access.value(), grant.refreshToken, lifetime, grant.user, grant.session});
    });
}

QFuture<Result<TokenPair>> SignInService::login(const QString &username, const QString &password,
                                                const ClientInfo &client)
{
    return completePair(Futures::andThen<SessionGrant>(
        m_users.authenticate(username, password, client), [this, client](const User &user) {
            return m_database.writer().submit<SessionGrant>(
                [this, user, client](WriteTransaction &transaction) -> Result<SessionGrant> {
                    const Result<RefreshSessionService::Issued> issued
                        = m_sessions.open(transaction, user.id, client);
                    if (!issued)
                        return issued.error();
                    return SessionGrant {user, issued->session, issued->refreshToken};
                });
        }));
}

QFuture<Result<TokenPair>> SignInService::refresh(const QString &refreshToken, const ClientInfo &client)
{
    return completePair(m_database.writer().submit<SessionGrant>(
        [this, refreshToken, client](WriteTransaction &transaction) -> Result<SessionGrant> {
            const Result<RefreshSessionService::Issued> issued
                = m_sessions.rotate(transaction, refreshToken, client);
            if (!issued)
                return issued.error();
            const Result<std::optional<User>> user = m_users.findById(transaction, issued->session.userId);
            if (!user)
                return user.error();
            if (!user.value() || user.value()->disabled)
                return Error::unauthorized(ErrorCode::InvalidRefreshToken,
                                           QStringLiteral(QT_TRANSLATE_NOOP(
                                               "Error", "The refresh token is not valid; sign in again.")));
            return SessionGrant {*user.value(), issued->session, issued->refreshToken};
        }));
}

QFuture<Result<bool>> SignInService::logout(const AccessClaims &claims, const ClientInfo &client)
{
    const qint64 keepUntilMs = (claims.expiresAt + m_minter.settings().leewaySeconds) * 1000;
    return m_database.writer().submit<bool>(
        [this, claims, client, keepUntilMs](WriteTransaction &transaction) -> Result<bool> {
            if (!claims.sessionId.isEmpty()) {
                if (Status ended
                    = m_sessions.revokeInTransaction(transaction, claims.sessionId, QStringLiteral("logout"));
                    !ended)
                    return ended.error();
            }
            if (Status revokedToken = m_revocations.revokeToken(transaction, claims.jti, keepUntilMs);
                !revokedToken)
                return revokedToken.error();
            SecurityEvent event;
            event.type = SecurityEventType::sessionRevoked;
            event.actor = claims.username;
            event.subjectId = claims.subject;
            event.subjectName = claims.username;
            event.clientAddress = client.address;
            event.details = QJsonObject {{QStringLiteral("reason"), QStringLiteral("logout")},
                                         {QStringLiteral("session"), claims.sessionId},
                                         {QStringLiteral("jti"), claims.jti}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
            return true;
        });
}
