#pragma once

#include "common/Result.h"
#include "inspector/InspectionReport.h"
#include "inspector/VerificationSource.h"
#include "tokens/AccessClaims.h"
#include "tokens/TokenSettings.h"
#include "users/Actor.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QReadWriteLock>

#include <atomic>
#include <memory>

class Clock;
class RevocationList;
class SigningKeyService;
class UserService;

// Every request's access token checked completely: signature against the server's keys, claims against the
// settings (issuer, audience, type, times), revocation (O(1) in memory) and the user's existence. Runs
// concurrently on the HTTP worker threads: the checks are const and share nothing but read-locked state.
// Also RFC 7662 introspection and the Token Inspector's reports, which judge tokens the way the server does.
class AccessTokenVerifier : public QObject
{
    Q_OBJECT

public:
    AccessTokenVerifier(const Clock &clock, UserService &users, SigningKeyService &keys,
                        const RevocationList &revocations, QObject *parent = nullptr);
    ~AccessTokenVerifier() override;

    // The issuer, audience and leeway tokens are checked against (already checked by the caller).
    void setSettings(const TokenSettings &settings);

    // Checks a presented access token completely. Failures are token failures (TokenFailure codes).
    Result<AuthenticatedToken> verifyAccessToken(QByteArrayView token) const;
    // RFC 7662: {"active": false} for anything not valid, else the claims. A user may introspect only
    // their own tokens; an administrator any.
    QJsonObject introspect(const Actor &actor, QByteArrayView token) const;

    // The Token Inspector's report on any token, checked against the server's own keys, claims policy
    // (issuer, audience, type) and revocations.
    InspectionReport inspectWithServerKeys(QByteArrayView token) const;
    // The same against a key the administrator supplies (a secret, PEM or JWK), for other services'
    // tokens: no issuer, audience or revocation rules of this server apply.
    InspectionReport inspect(QByteArrayView token, const VerificationSource &source) const;

private:
    struct Verification;
    std::shared_ptr<const Verification> verification() const;
    TokenSettings settings() const;
    Result<qint64> userIdFor(const QString &publicId) const;
    void startNewGeneration();

    const Clock &m_clock;
    UserService &m_users;
    SigningKeyService &m_keys;
    const RevocationList &m_revocations;

    mutable QReadWriteLock m_lock;
    TokenSettings m_settings;
    std::shared_ptr<const Verification> m_verification;
    mutable QHash<QString, qint64> m_userIds; // public id → internal id, filled on demand
    // Tokens verified before are remembered per thread, keyed by their exact bytes, so a client's repeated
    // requests skip decoding and the signature check; times and revocation are checked on every use. A
    // change of keys or settings starts a new generation, which empties every cache.
    std::atomic<quint64> m_verificationGeneration;
};
