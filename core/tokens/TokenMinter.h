#pragma once

#include "common/Result.h"
#include "tokens/TokenSettings.h"
#include "users/Actor.h"
#include "users/User.h"

#include <QJsonObject>
#include <QObject>
#include <QReadWriteLock>

class Clock;
class RevocationList;
class SecurityEventLog;
class SigningKeyService;
class UserService;

// Access tokens made: RFC 9068 JWTs (typ at+jwt; iss, aud, sub, name, role, iat, nbf, exp, jti, sid)
// signed with the active key, for sign-ins and refreshes (SignInService) and, with a chosen lifetime and
// extra claims, for administrators testing clients. Remembers the latest one for the Token Inspector.
class TokenMinter : public QObject
{
    Q_OBJECT

public:
    TokenMinter(const Clock &clock, UserService &users, SigningKeyService &keys,
                const RevocationList &revocations, SecurityEventLog &events, QObject *parent = nullptr);

    // What new tokens say and how long they live (already checked by the caller).
    void setSettings(const TokenSettings &settings);
    TokenSettings settings() const;

    // A token for the user, never issued before the user's latest revocation; `sessionId` becomes "sid"
    // (empty for minted tokens).
    Result<QString> signAccessToken(const User &user, const QString &sessionId, qint64 lifetimeSeconds,
                                    const QJsonObject &extraClaims = {});
    // An access token for a user with a chosen lifetime and extra claims, for testing clients (admin).
    Result<QString> mint(const Actor &actor, const QString &userPublicId, qint64 lifetimeSeconds,
                         const QJsonObject &extraClaims);

    // The most recent access token this process issued (the Token Inspector's "inspect latest").
    QString lastIssuedToken() const;

signals:
    // An access token was issued (any thread). Carries no token: its jti and who got it.
    void accessTokenIssued(const QString &jti, const QString &username);

private:
    const Clock &m_clock;
    UserService &m_users;
    SigningKeyService &m_keys;
    const RevocationList &m_revocations;
    SecurityEventLog &m_events;

    mutable QReadWriteLock m_lock;
    TokenSettings m_settings;
    QString m_lastIssuedToken;
};
