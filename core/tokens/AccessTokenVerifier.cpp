#include "tokens/AccessTokenVerifier.h"

#include "common/Clock.h"
#include "inspector/TokenInspector.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsVerifier.h"
#include "jose/TokenFailure.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/RevocationList.h"
#include "tokens/SigningKeyService.h"
#include "users/UserService.h"

#include <limits>

namespace {
// Generations are unique across verifier instances, so one thread's cache never serves another's.
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

ClaimsPolicy serverPolicy(const TokenSettings &settings)
{
    ClaimsPolicy policy;
    policy.issuer = settings.issuer;
    policy.audience = settings.audience;
    policy.leewaySeconds = settings.leewaySeconds;
    policy.requiredType = AccessClaims::tokenType;
    return policy;
}

// What the signature and the static claims say; the role must be one Bookwarden knows.
Result<AccessClaims> claimsOf(const VerifiedJws &verified)
{
    const QJsonObject &payload = verified.token.payload;
    AccessClaims claims;
    claims.subject = payload.value(QStringLiteral("sub")).toString();
    claims.username = payload.value(QStringLiteral("name")).toString();
    claims.jti = payload.value(QStringLiteral("jti")).toString();
    claims.sessionId = payload.value(QStringLiteral("sid")).toString();
    claims.issuedAt = qint64(payload.value(QStringLiteral("iat")).toDouble());
    claims.expiresAt = qint64(payload.value(QStringLiteral("exp")).toDouble());
    claims.kid = verified.key.kid();
    claims.payload = payload;
    const std::optional<Role> role = Roles::fromName(payload.value(QStringLiteral("role")).toString());
    if (!role)
        return TokenFailures::error(TokenFailure::InvalidClaim,
                                    QT_TRANSLATE_NOOP("Error", "The role claim is not valid."));
    claims.role = *role;
    return claims;
}

void remember(QByteArrayView token, const AuthenticatedToken &authenticated, quint64 generation)
{
    if (verifiedTokens.entries.size() >= VerifiedTokenCache::capacity)
        verifiedTokens.entries.clear();
    const QJsonValue notBefore = authenticated.claims.payload.value(QStringLiteral("nbf"));
    verifiedTokens.entries.insert(QByteArray(token.data(), token.size()),
                                  VerifiedTokenCache::Entry {authenticated,
                                                             notBefore.isDouble()
                                                                 ? qint64(notBefore.toDouble())
                                                                 : std::numeric_limits<qint64>::min() / 2,
                                                             generation});
}
} // namespace

struct AccessTokenVerifier::Verification
{
    Verification(SigningKeyService &keys, const TokenSettings &settings, const Clock &clock)
        : verifier([&keys](const QString &kid) { return keys.resolve(kid); })
        , claims(
              [&settings] {
                  ClaimsPolicy policy = serverPolicy(settings);
                  policy.requireExpiry = true;
                  policy.requireIssuedAt = true;
                  policy.requiredClaims
                      = {QStringLiteral("sub"), QStringLiteral("jti"), QStringLiteral("role")};
                  return policy;
              }(),
              clock)
    { }

    JwsVerifier verifier;
    ClaimsValidator claims;
};

AccessTokenVerifier::AccessTokenVerifier(const Clock &clock, UserService &users, SigningKeyService &keys,
                                         const RevocationList &revocations, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_users(users)
    , m_keys(keys)
    , m_revocations(revocations)
    , m_verification(std::make_shared<Verification>(keys, m_settings, clock))
    , m_verificationGeneration(nextVerificationGeneration.fetch_add(1))
{
    connect(
        &m_keys, &SigningKeyService::keysChanged, this, [this] { startNewGeneration(); },
        Qt::DirectConnection);
    connect(
        &m_users, &UserService::userDeleted, this,
        [this](const User &user) {
            QWriteLocker locker(&m_lock);
            m_userIds.remove(user.publicId);
        },
        Qt::DirectConnection);
}

AccessTokenVerifier::~AccessTokenVerifier() = default;

void AccessTokenVerifier::setSettings(const TokenSettings &settings)
{
    auto verification = std::make_shared<Verification>(m_keys, settings, m_clock);
    {
        QWriteLocker locker(&m_lock);
        m_settings = settings;
        m_verification = std::move(verification);
    }
    startNewGeneration();
}

void AccessTokenVerifier::startNewGeneration()
{
    m_verificationGeneration.store(nextVerificationGeneration.fetch_add(1));
}

TokenSettings AccessTokenVerifier::settings() const
{
    QReadLocker locker(&m_lock);
    return m_settings;
}

std::shared_ptr<const AccessTokenVerifier::Verification> AccessTokenVerifier::verification() const
{
    QReadLocker locker(&m_lock);
    return m_verification;
}

Result<qint64> AccessTokenVerifier::userIdFor(const QString &publicId) const
{
    {
        QReadLocker locker(&m_lock);
        const auto found = m_userIds.constFind(publicId);
        if (found != m_userIds.constEnd())
            return *found;
    }
    const Result<std::optional<User>> user = m_users.findByPublicId(publicId);
    if (!user)
        return user.error();
    if (!user.value())
        return TokenFailures::error(TokenFailure::Revoked,
                                    QT_TRANSLATE_NOOP("Error", "The token's user no longer exists."));
    QWriteLocker locker(&m_lock);
    m_userIds.insert(publicId, user.value()->id);
    return user.value()->id;
}

Result<AuthenticatedToken> AccessTokenVerifier::verifyAccessToken(QByteArrayView token) const
{
    if (token.startsWith(RefreshSessionService::tokenPrefix.toLatin1()))
        return TokenFailures::error(
            TokenFailure::Malformed,
            QT_TRANSLATE_NOOP("Error",
                              "This is a refresh token, not an access token; exchange "
                              "it at /api/v1/auth/refresh."));
    const quint64 generation = m_verificationGeneration.load();
    const auto cached = verifiedTokens.entries.constFind(QByteArray::fromRawData(token.data(), token.size()));
    if (cached != verifiedTokens.entries.constEnd() && cached->generation == generation) {
        // Signature and static claims are known good; times and revocation can change, so check them.
        const qint64 now = m_clock.nowSeconds();
        const qint64 leeway = settings().leewaySeconds;
        const AccessClaims &claims = cached->token.claims;
        if (now < claims.expiresAt + leeway && now >= cached->notBefore - leeway) {
            const RevocationList::Reason reason
                = m_revocations.check(claims.jti, claims.subject, claims.sessionId, claims.issuedAt);
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
    const Result<AccessClaims> claims = claimsOf(verified.value());
    if (!claims)
        return claims.error();

    const RevocationList::Reason reason
        = m_revocations.check(claims->jti, claims->subject, claims->sessionId, claims->issuedAt);
    if (reason != RevocationList::Reason::NotRevoked)
        return revoked(reason);

    const Result<qint64> userId = userIdFor(claims->subject);
    if (!userId)
        return userId.error();
    const AuthenticatedToken authenticated {
        claims.value(), Actor {userId.value(), claims->subject, claims->username, claims->role}};
    remember(token, authenticated, generation);
    return authenticated;
}

QJsonObject AccessTokenVerifier::introspect(const Actor &actor, QByteArrayView token) const
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

InspectionReport AccessTokenVerifier::inspectWithServerKeys(QByteArrayView token) const
{
    TokenInspector inspector(m_clock);
    inspector.setClaimsPolicy(serverPolicy(settings()));
    inspector.setRevocationCheck([this](const QJsonObject &payload) {
        const RevocationList::Reason reason = m_revocations.check(
            payload.value(QStringLiteral("jti")).toString(), payload.value(QStringLiteral("sub")).toString(),
            payload.value(QStringLiteral("sid")).toString(),
            qint64(payload.value(QStringLiteral("iat")).toDouble()));
        if (reason == RevocationList::Reason::NotRevoked)
            return RevocationVerdict {};
        return RevocationVerdict {true, revoked(reason).message()};
    });
    SigningKeyService *keys = &m_keys;
    return inspector.inspect(
        token, VerificationSource::keyResolver([keys](const QString &kid) { return keys->resolve(kid); }));
}

InspectionReport AccessTokenVerifier::inspect(QByteArrayView token, const VerificationSource &source) const
{
    TokenInspector inspector(m_clock);
    ClaimsPolicy policy;
    policy.acceptAnyAudience = true;
    policy.leewaySeconds = settings().leewaySeconds;
    inspector.setClaimsPolicy(policy);
    return inspector.inspect(token, source);
}
