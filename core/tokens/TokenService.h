#pragma once

#include "common/Result.h"
#include "inspector/InspectionReport.h"
#include "inspector/VerificationSource.h"
#include "tokens/RefreshSession.h"
#include "tokens/TokenSettings.h"
#include "users/Actor.h"
#include "users/ClientInfo.h"
#include "users/User.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QReadWriteLock>

#include <atomic>
#include <memory>

class ClaimsValidator;
class Database;
class JwsVerifier;
class RefreshSessionStore;
class RevocationList;
class RevocationStore;
class SecurityEventLog;
class SigningKeyStore;
class UserService;

// What a verified access token says, and who it speaks for.
struct AccessClaims
{
    QString subject; // the user's public id
    QString username;
    Role role = Role::User;
    QString jti;
    QString sessionId; // empty for minted tokens
    qint64 issuedAt = 0; // seconds since the epoch
    qint64 expiresAt = 0;
    QString kid;
    QJsonObject payload;
};

struct AuthenticatedToken
{
    AccessClaims claims;
    Actor actor;
};

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    User user;
    RefreshSession session;
};

// Access tokens (RFC 9068 JWTs: typ at+jwt; iss, aud, sub, name, role, iat, nbf, exp, jti, sid) signed
// with the active key, and refresh tokens through RefreshSessionStore: sign-in, refresh with rotation,
// logout, verification of every request's token (signature, claims, revocation; O(1) in memory), RFC 7662
// introspection, and tokens minted by administrators for testing clients.
class TokenService : public QObject
{
    Q_OBJECT

public:
    TokenService(Database &database, UserService &users, RefreshSessionStore &sessions, SigningKeyStore &keys,
                 RevocationList &revocationList, RevocationStore &revocations, SecurityEventLog &events,
                 QObject *parent = nullptr);
    ~TokenService() override;

    Status setSettings(const TokenSettings &settings);
    TokenSettings settings() const;

    // Username and password (through UserService::authenticate, with its throttling) → a new session.
    QFuture<Result<TokenPair>> login(const QString &username, const QString &password,
                                     const ClientInfo &client);
    // Exchanges a refresh token for a new pair (the refresh token rotates).
    QFuture<Result<TokenPair>> refresh(const QString &refreshToken, const ClientInfo &client);
    // Ends the token's session and revokes the token itself.
    QFuture<Result<bool>> logout(const AccessClaims &claims, const ClientInfo &client = {});

    // Checks a presented access token completely. Failures are token failures (TokenFailure codes).
    Result<AuthenticatedToken> verifyAccessToken(QByteArrayView token) const;
    // RFC 7662: {"active": false} for anything not valid, else the claims. A user may introspect only
    // their own tokens; an administrator any.
    QJsonObject introspect(const Actor &actor, QByteArrayView token) const;
    // An access token for a user with a chosen lifetime and extra claims, for testing clients (admin).
    Result<QString> mint(const Actor &actor, const QString &userPublicId, qint64 lifetimeSeconds,
                         const QJsonObject &extraClaims);

    // The Token Inspector's report on any token, checked against the server's own keys, claims policy
    // (issuer, audience, type) and revocations.
    InspectionReport inspectWithServerKeys(QByteArrayView token) const;
    // The same against a key the administrator supplies (a secret, PEM or JWK), for other services'
    // tokens: no issuer, audience or revocation rules of this server apply.
    InspectionReport inspect(QByteArrayView token, const VerificationSource &source) const;

    // The most recent access token this process issued (the Token Inspector's "inspect latest").
    QString lastIssuedToken() const;

signals:
    // An access token was issued (any thread). Carries no token: its jti and who got it.
    void accessTokenIssued(const QString &jti, const QString &username);

private:
    struct Verification;
    Result<QString> signAccessToken(const User &user, const QString &sessionId, qint64 lifetimeSeconds,
                                    const QJsonObject &extraClaims);
    Result<TokenPair> completePair(const User &user, const RefreshSession &session,
                                   const QString &refreshToken);
    Result<qint64> userIdFor(const QString &publicId) const;
    std::shared_ptr<const Verification> verification() const;

    Database &m_database;
    UserService &m_users;
    RefreshSessionStore &m_sessions;
    SigningKeyStore &m_keys;
    RevocationList &m_revocationList;
    RevocationStore &m_revocations;
    SecurityEventLog &m_events;

    mutable QReadWriteLock m_lock;
    TokenSettings m_settings;
    std::shared_ptr<const Verification> m_verification;
    QString m_lastIssuedToken;
    mutable QHash<QString, qint64> m_userIds; // public id → internal id, filled on demand
    // Tokens verified before are remembered per thread, keyed by their exact bytes, so a client's repeated
    // requests skip decoding and the signature check; times and revocation are checked on every use. A
    // change of keys or settings starts a new generation, which empties every cache.
    std::atomic<quint64> m_verificationGeneration;
};
