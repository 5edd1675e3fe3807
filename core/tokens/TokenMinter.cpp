#include "tokens/TokenMinter.h"

#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "jose/Base64Url.h"
#include "jose/JwsSigner.h"
#include "tokens/AccessClaims.h"
#include "tokens/RevocationList.h"
#include "tokens/SigningKeyService.h"
#include "users/UserRules.h"
#include "users/UserService.h"

#include <QJsonArray>

#include <openssl/rand.h>

namespace {
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

Status checkMintRequest(qint64 lifetimeSeconds, const QJsonObject &extraClaims)
{
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
    return {};
}
} // namespace

TokenMinter::TokenMinter(const Clock &clock, UserService &users, SigningKeyService &keys,
                         const RevocationList &revocations, SecurityEventLog &events, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_users(users)
    , m_keys(keys)
    , m_revocations(revocations)
    , m_events(events)
{ }

void TokenMinter::setSettings(const TokenSettings &settings)
{
    QWriteLocker locker(&m_lock);
    m_settings = settings;
}

TokenSettings TokenMinter::settings() const
{
    QReadLocker locker(&m_lock);
    return m_settings;
}

QString TokenMinter::lastIssuedToken() const
{
    QReadLocker locker(&m_lock);
    return m_lastIssuedToken;
}

Result<QString> TokenMinter::signAccessToken(const User &user, const QString &sessionId,
                                             qint64 lifetimeSeconds, const QJsonObject &extraClaims)
{
    const TokenSettings current = settings();
    const SigningKey key = m_keys.activeKey();
    if (key.isNull())
        return Error::internal(QStringLiteral("There is no active signing key."));

    const qint64 now = m_clock.nowSeconds();
    // Never earlier than the user's latest revocation, or the new token would be born revoked.
    const qint64 validAfterMs
        = qMax(user.tokensValidAfterMs, m_revocations.subjectValidAfterMs(user.publicId));
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
        = JwsSigner::sign(key, QJsonObject {{QStringLiteral("typ"), AccessClaims::tokenType}}, payload);
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

Result<QString> TokenMinter::mint(const Actor &actor, const QString &userPublicId, qint64 lifetimeSeconds,
                                  const QJsonObject &extraClaims)
{
    if (Status admin = UserRules::checkAdministrator(actor); !admin)
        return admin.error();
    if (Status valid = checkMintRequest(lifetimeSeconds, extraClaims); !valid)
        return valid.error();
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
