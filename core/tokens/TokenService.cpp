#include "tokens/TokenService.h"

#include "common/Clock.h"
#include "common/Futures.h"
#include "events/SecurityEventLog.h"
#include "inspector/TokenInspector.h"
#include "jose/Base64Url.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsSigner.h"
#include "jose/JwsVerifier.h"
#include "jose/TokenFailure.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionStore.h"
#include "tokens/RevocationList.h"
#include "tokens/RevocationStore.h"
#include "tokens/SigningKeyStore.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <openssl/rand.h>

#include <limits>

Q_LOGGING_CATEGORY(lcTokens, "bookwarden.core.tokens")

namespace {
const QString accessTokenType = QStringLiteral("at+jwt");

// Claims Bookwarden sets itself; minted tokens may not override them.
const QStringList reservedClaims
    = {QStringLiteral("iss"),  QStringLiteral("aud"), QStringLiteral("sub"), QStringLiteral("name"),
       QStringLiteral("role"), QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("exp"),
       QStringLiteral("jti"),  QStringLiteral("sid")};

QString newJti()
{
    QByteArray random(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size()));
    return QString::fromLatin1(Base64Url::encode(random));
}

// Generations are unique across TokenService instances, so one thread's cache never serves another's.
std::atomic<quint64> nextVerificationGeneration {1};

struct VerifiedTokenCache
{
    static constexpr qsizetype capacity = 1024;
    struct Entry
    {
        AuthenticatedToken token;
        qint64 notBefore = 0;
        quint64 generation = 0;
    };
    QHash<QByteArray, Entry> entries;
};
thread_local VerifiedTokenCache verifiedTokens;

struct SessionGrant
{
    User user;
    RefreshSession session;
    QString refreshToken;
};

Error revoked(RevocationList::Reason reason)
{
    switch (reason) {
    case RevocationList::Reason::Token:
        return TokenFailures::error(TokenFailure::Revoked,
                                    QT_TRANSLATE_NOOP("Error", "The token was revoked (signed out)."));
    case RevocationList::Reason::Session:
        return TokenFailures::error(TokenFailure::Revoked,
                                    QT_TRANSLATE_NOOP("Error", "The token's session was ended."));
    case RevocationList::Reason::Subject:
        return TokenFailures::error(TokenFailure::Revoked,
                                    QT_TRANSLATE_NOOP("Error",
                                                      "The token was issued before the user's tokens were "
                                                      "revoked (password, role or status change)."));
    case RevocationList::Reason::NotRevoked:
        break;
    }
    return TokenFailures::error(TokenFailure::Revoked);
}
} // namespace

struct TokenService::Verification
{
    Verification(SigningKeyStore &keys, const TokenSettings &settings, const Clock &clock)
        : verifier([&keys](const QString &kid) { return keys.resolve(kid); })
        , claims(
              [&settings] {
                  ClaimsPolicy policy;
                  policy.issuer = settings.issuer;
                  policy.audience = settings.audience;
                  policy.leewaySeconds = settings.leewaySeconds;
                  policy.requireExpiry = true;
                  policy.requireIssuedAt = true;
                  policy.requiredType = accessTokenType;
                  policy.requiredClaims
                      = {QStringLiteral("sub"), QStringLiteral("jti"), QStringLiteral("role")};
                  return policy;
              }(),
              clock)
    { }

    JwsVerifier verifier;
    ClaimsValidator claims;
};

TokenService::TokenService(Database &database, UserService &users, RefreshSessionStore &sessions,
                           SigningKeyStore &keys, RevocationList &revocationList,
                           RevocationStore &revocations, SecurityEventLog &events, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_users(users)
    , m_sessions(sessions)
    , m_keys(keys)
    , m_revocationList(revocationList)
    , m_revocations(revocations)
    , m_events(events)
    , m_verificationGeneration(nextVerificationGeneration.fetch_add(1))
{
    m_verification = std::make_shared<Verification>(m_keys, m_settings, m_database.clock());
    connect(
        &m_keys, &SigningKeyStore::keysChanged, this,
        [this] { m_verificationGeneration.store(nextVerificationGeneration.fetch_add(1)); },
        Qt::DirectConnection);
    m_sessions.setLifetimeMs(m_settings.refreshLifetimeSeconds * 1000);
    m_sessions.setAccessTokenHorizonMs(m_settings.revocationHorizonMs());
    m_keys.setTokenHorizonMs(m_settings.revocationHorizonMs());
    connect(
        &m_users, &UserService::userDeleted, this,
        [this](const User &user) {
            QWriteLocker locker(&m_lock);
            m_userIds.remove(user.publicId);
        },
        Qt::DirectConnection);
}

TokenService::~TokenService() = default;

Status TokenService::setSettings(const TokenSettings &settings)
{
    if (Status valid = settings.check(); !valid)
        return valid;
    auto verification = std::make_shared<Verification>(m_keys, settings, m_database.clock());
    {
        QWriteLocker locker(&m_lock);
        m_settings = settings;
        m_verification = std::move(verification);
    }
    m_verificationGeneration.store(nextVerificationGeneration.fetch_add(1));
    m_sessions.setLifetimeMs(settings.refreshLifetimeSeconds * 1000);
    m_sessions.setAccessTokenHorizonMs(settings.revocationHorizonMs());
    m_keys.setTokenHorizonMs(settings.revocationHorizonMs());
    return {};
}

TokenSettings TokenService::settings() const
{
    QReadLocker locker(&m_lock);
    return m_settings;
}

std::shared_ptr<const TokenService::Verification> TokenService::verification() const
{
    QReadLocker locker(&m_lock);
    return m_verification;
}

QString TokenService::lastIssuedToken() const
{
    QReadLocker locker(&m_lock);
    return m_lastIssuedToken;
}

Result<QString> TokenService::signAccessToken(const User &user, const QString &sessionId,
                                              qint64 lifetimeSeconds, const QJsonObject &extraClaims)
{
    const TokenSettings current = settings();
    const SigningKey key = m_keys.activeKey();
    if (key.isNull())
        return Error::internal(QStringLiteral("There is no active signing key."));

    const qint64 now = m_database.clock().nowSeconds();
    // Never earlier than the user's latest revocation, or the new token would be born revoked.
    const qint64 validAfterMs
        = qMax(user.tokensValidAfterMs, m_revocationList.subjectValidAfterMs(user.publicId));
    const qint64 issuedAt = qMax(now, RevocationList::firstValidIssuedAtSeconds(validAfterMs));
    const QString jti = newJti();

    QJsonObject payload = extraClaims;
    payload.insert(QStringLiteral("iss"), current.issuer);
    payload.insert(QStringLiteral("aud"), current.audience);
    payload.insert(QStringLiteral("sub"), user.publicId);
    payload.insert(QStringLiteral("name"), user.username);
    payload.insert(QStringLiteral("role"), Roles::name(user.role));
    payload.insert(QStringLiteral("iat"), issuedAt);
    payload.insert(QStringLiteral("nbf"), now);
    payload.insert(QStringLiteral("exp"), now + lifetimeSeconds);
    payload.insert(QStringLiteral("jti"), jti);
    if (!sessionId.isEmpty())
        payload.insert(QStringLiteral("sid"), sessionId);

    const Result<QByteArray> token
        = JwsSigner::sign(key, QJsonObject {{QStringLiteral("typ"), accessTokenType}}, payload);
    if (!token)
        return token.error();
    const QString text = QString::fromLatin1(token.value());
    {
        QWriteLocker locker(&m_lock);
        m_lastIssuedToken = text;
    }
    emit accessTokenIssued(jti, user.username);
    return text;
}

Result<TokenPair> TokenService::completePair(const User &user, const RefreshSession &session,
                                             const QString &refreshToken)
{
    const qint64 lifetime = settings().accessLifetimeSeconds;
    const Result<QString> access = signAccessToken(user, session.publicId, lifetime, {});
    if (!access)
        return access.error();
    return TokenPair {access.value(), refreshToken, lifetime, user, session};
}

QFuture<Result<TokenPair>> TokenService::login(const QString &username, const QString &password,
                                               const ClientInfo &client)
{
    QFuture<Result<SessionGrant>> granted = Futures::andThen<SessionGrant>(
        m_users.authenticate(username, password, client), [this, client](const User &user) {
            return m_database.writer().submit<SessionGrant>(
                [this, user, client](WriteTransaction &transaction) -> Result<SessionGrant> {
                    const Result<RefreshSessionStore::Issued> issued
                        = m_sessions.open(transaction, user.id, client);
                    if (!issued)
                        return issued.error();
                    return SessionGrant {user, issued->session, issued->refreshToken};
                });
        });
    return Futures::andThen<TokenPair>(granted, [this](const SessionGrant &grant) {
        return Futures::ready<TokenPair>(completePair(grant.user, grant.session, grant.refreshToken));
    });
}

QFuture<Result<TokenPair>> TokenService::refresh(const QString &refreshToken, const ClientInfo &client)
{
    QFuture<Result<SessionGrant>> granted = m_database.writer().submit<SessionGrant>(
        [this, refreshToken, client](WriteTransaction &transaction) -> Result<SessionGrant> {
            const Result<RefreshSessionStore::Issued> issued
                = m_sessions.rotate(transaction, refreshToken, client);
            if (!issued)
                return issued.error();
            const Result<std::optional<StoredUser>> user
                = UserRepository::findById(transaction.connection(), issued->session.userId);
            if (!user)
                return user.error();
            if (!user.value() || user.value()->user.disabled)
                return Error::unauthorized(ErrorCode::InvalidRefreshToken,
                                           QStringLiteral(QT_TRANSLATE_NOOP(
                                               "Error", "The refresh token is not valid; sign in again.")));
            return SessionGrant {user.value()->user, issued->session, issued->refreshToken};
        });
    return Futures::andThen<TokenPair>(granted, [this](const SessionGrant &grant) {
        return Futures::ready<TokenPair>(completePair(grant.user, grant.session, grant.refreshToken));
    });
}

QFuture<Result<bool>> TokenService::logout(const AccessClaims &claims, const ClientInfo &client)
{
    const qint64 keepUntilMs = (claims.expiresAt + settings().leewaySeconds) * 1000;
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

Result<qint64> TokenService::userIdFor(const QString &publicId) const
{
    {
        QReadLocker locker(&m_lock);
        const auto found = m_userIds.constFind(publicId);
        if (found != m_userIds.constEnd())
            return *found;
    }
    const Result<std::optional<User>> user
        = UserRepository::findByPublicId(m_database.connection(), publicId);
    if (!user)
        return user.error();
    if (!user.value())
        return TokenFailures::error(TokenFailure::Revoked,
                                    QT_TRANSLATE_NOOP("Error", "The token's user no longer exists."));
    QWriteLocker locker(&m_lock);
    m_userIds.insert(publicId, user.value()->id);
    return user.value()->id;
}

Result<AuthenticatedToken> TokenService::verifyAccessToken(QByteArrayView token) const
{
    if (token.startsWith(RefreshSessionStore::tokenPrefix.toLatin1()))
        return TokenFailures::error(
            TokenFailure::Malformed,
            QT_TRANSLATE_NOOP("Error",
                              "This is a refresh token, not an access token; exchange "
                              "it at /api/v1/auth/refresh."));
    const quint64 generation = m_verificationGeneration.load();
    const auto cached = verifiedTokens.entries.constFind(QByteArray::fromRawData(token.data(), token.size()));
    if (cached != verifiedTokens.entries.constEnd() && cached->generation == generation) {
        // Signature and static claims are known good; times and revocation can change, so check them.
        const qint64 now = m_database.clock().nowSeconds();
        const qint64 leeway = settings().leewaySeconds;
        const AccessClaims &claims = cached->token.claims;
        if (now < claims.expiresAt + leeway && now >= cached->notBefore - leeway) {
            const RevocationList::Reason reason
                = m_revocationList.check(claims.jti, claims.subject, claims.sessionId, claims.issuedAt);
            if (reason != RevocationList::Reason::NotRevoked)
                return revoked(reason);
            return cached->token;
        }
        // Expired or not yet valid: the full check below gives the exact reason.
    }

    const std::shared_ptr<const Verification> checks = verification();
    const Result<VerifiedJws> verified = checks->verifier.verify(token, checks->claims);
    if (!verified)
        return verified.error();

    const QJsonObject &payload = verified->token.payload;
    AccessClaims claims;
    claims.subject = payload.value(QStringLiteral("sub")).toString();
    claims.username = payload.value(QStringLiteral("name")).toString();
    claims.jti = payload.value(QStringLiteral("jti")).toString();
    claims.sessionId = payload.value(QStringLiteral("sid")).toString();
    claims.issuedAt = qint64(payload.value(QStringLiteral("iat")).toDouble());
    claims.expiresAt = qint64(payload.value(QStringLiteral("exp")).toDouble());
    claims.kid = verified->key.kid();
    claims.payload = payload;
    const std::optional<Role> role = Roles::fromName(payload.value(QStringLiteral("role")).toString());
    if (!role)
        return TokenFailures::error(TokenFailure::InvalidClaim,
                                    QT_TRANSLATE_NOOP("Error", "The role claim is not valid."));
    claims.role = *role;

    const RevocationList::Reason reason
        = m_revocationList.check(claims.jti, claims.subject, claims.sessionId, claims.issuedAt);
    if (reason != RevocationList::Reason::NotRevoked)
        return revoked(reason);

    const Result<qint64> userId = userIdFor(claims.subject);
    if (!userId)
        return userId.error();
    const AuthenticatedToken authenticated {
        claims, Actor {userId.value(), claims.subject, claims.username, claims.role}};
    if (verifiedTokens.entries.size() >= VerifiedTokenCache::capacity)
        verifiedTokens.entries.clear();
    const QJsonValue notBefore = payload.value(QStringLiteral("nbf"));
    verifiedTokens.entries.insert(QByteArray(token.data(), token.size()),
                                  VerifiedTokenCache::Entry {authenticated,
                                                             notBefore.isDouble()
                                                                 ? qint64(notBefore.toDouble())
                                                                 : std::numeric_limits<qint64>::min() / 2,
                                                             generation});
    return authenticated;
}

QJsonObject TokenService::introspect(const Actor &actor, QByteArrayView token) const
{
    const Result<AuthenticatedToken> verified = verifyAccessToken(token);
    if (!verified || (!actor.isAdmin() && verified->claims.subject != actor.publicId))
        return QJsonObject {{QStringLiteral("active"), false}};
    QJsonObject answer = verified->claims.payload;
    answer.insert(QStringLiteral("active"), true);
    answer.insert(QStringLiteral("token_type"), QStringLiteral("access_token"));
    answer.insert(QStringLiteral("username"), verified->claims.username);
    return answer;
}

Result<QString> TokenService::mint(const Actor &actor, const QString &userPublicId, qint64 lifetimeSeconds,
                                   const QJsonObject &extraClaims)
{
    if (!actor.isAdmin())
        return Error::forbidden(ErrorCode::AdminRequired,
                                QStringLiteral(QT_TRANSLATE_NOOP("Error", "This needs an administrator.")));
    if (lifetimeSeconds < 1 || lifetimeSeconds > TokenSettings::maximumAccessLifetimeSeconds)
        return Error::invalidField(QStringLiteral("lifetime"),
                                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "From 1 second to 24 hours.")));
    for (const QString &claim : reservedClaims) {
        if (extraClaims.contains(claim))
            return Error::invalidField(QStringLiteral("claims"),
                                       QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                                                        "The claim %1 is set by Bookwarden; "
                                                                        "remove it from the extra claims.")))
                .withArguments({claim});
    }
    const Result<User> user = m_users.get(actor, userPublicId);
    if (!user)
        return user.error();
    // A disabled account's tokens are void; one minted now would outlive that rule.
    if (user->disabled)
        return Error::invalidField(
            QStringLiteral("user"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "This account is disabled; enable it first.")));
    const Result<QString> token = signAccessToken(user.value(), QString(), lifetimeSeconds, extraClaims);
    if (!token)
        return token;
    SecurityEvent event;
    event.type = SecurityEventType::tokenMinted;
    event.actor = actor.displayName();
    event.subjectId = user->publicId;
    event.subjectName = user->username;
    event.details
        = QJsonObject {{QStringLiteral("lifetime_seconds"), double(lifetimeSeconds)},
                       {QStringLiteral("extra_claims"), QJsonArray::fromStringList(extraClaims.keys())}};
    m_events.recordAsync(event);
    return token;
}

InspectionReport TokenService::inspectWithServerKeys(QByteArrayView token) const
{
    const TokenSettings current = settings();
    TokenInspector inspector(m_database.clock());
    ClaimsPolicy policy;
    policy.issuer = current.issuer;
    policy.audience = current.audience;
    policy.leewaySeconds = current.leewaySeconds;
    policy.requiredType = accessTokenType;
    inspector.setClaimsPolicy(policy);
    inspector.setRevocationCheck([this](const QJsonObject &payload) {
        const RevocationList::Reason reason = m_revocationList.check(
            payload.value(QStringLiteral("jti")).toString(), payload.value(QStringLiteral("sub")).toString(),
            payload.value(QStringLiteral("sid")).toString(),
            qint64(payload.value(QStringLiteral("iat")).toDouble()));
        if (reason == RevocationList::Reason::NotRevoked)
            return RevocationVerdict {};
        return RevocationVerdict {true, revoked(reason).message()};
    });
    SigningKeyStore *keys = &m_keys;
    return inspector.inspect(
        token, VerificationSource::keyResolver([keys](const QString &kid) { return keys->resolve(kid); }));
}

InspectionReport TokenService::inspect(QByteArrayView token, const VerificationSource &source) const
{
    TokenInspector inspector(m_database.clock());
    ClaimsPolicy policy;
    policy.acceptAnyAudience = true;
    policy.leewaySeconds = settings().leewaySeconds;
    inspector.setClaimsPolicy(policy);
    return inspector.inspect(token, source);
}
