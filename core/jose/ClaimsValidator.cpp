#include "jose/ClaimsValidator.h"

#include "jose/TokenFailure.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
Error invalidClaim(const QString &claim, const char *expectedType)
{
    return TokenFailures::error(TokenFailure::InvalidClaim,
                                QT_TRANSLATE_NOOP("Error", "The claim %1 must be %2."),
                                {claim, QString::fromLatin1(expectedType)});
}

Error missingClaim(const QString &claim)
{
    return TokenFailures::error(TokenFailure::MissingClaim,
                                QT_TRANSLATE_NOOP("Error", "The token has no %1 claim."), {claim});
}
} // namespace

ClaimsValidator::ClaimsValidator(ClaimsPolicy policy, const Clock &clock)
    : m_policy(std::move(policy))
    , m_clock(&clock)
{ }

QString ClaimsValidator::normalizedType(const QString &type)
{
    QString normalized = type.toLower();
    if (normalized.startsWith("application/"_L1))
        normalized.remove(0, 12);
    return normalized;
}

Status ClaimsValidator::validate(const QJsonObject &header, const QJsonObject &payload) const
{
    if (m_policy.requiredType) {
        const QJsonValue type = header.value("typ"_L1);
        if (!type.isString() || normalizedType(type.toString()) != normalizedType(*m_policy.requiredType))
            return TokenFailures::error(TokenFailure::WrongType,
                                        QT_TRANSLATE_NOOP("Error", "The token type (typ) must be %1."),
                                        {normalizedType(*m_policy.requiredType)});
    }

    // Types first: a claim of the wrong type is an invalid token even where the policy ignores the claim.
    for (const QLatin1StringView name : {"exp"_L1, "nbf"_L1, "iat"_L1}) {
        if (payload.contains(name) && !payload.value(name).isDouble())
            return invalidClaim(name, "a number of seconds since 1970 (a JSON number)");
    }
    for (const QLatin1StringView name : {"iss"_L1, "sub"_L1, "jti"_L1}) {
        if (payload.contains(name) && !payload.value(name).isString())
            return invalidClaim(name, "a string");
    }
    const QJsonValue audience = payload.value("aud"_L1);
    QStringList audiences;
    if (audience.isString()) {
        audiences.append(audience.toString());
    } else if (audience.isArray()) {
        for (const QJsonValue element : audience.toArray()) {
            if (!element.isString())
                return invalidClaim(u"aud"_s, "a string or an array of strings");
            audiences.append(element.toString());
        }
    } else if (!audience.isUndefined()) {
        return invalidClaim(u"aud"_s, "a string or an array of strings");
    }

    // Compare in milliseconds so that a fractional NumericDate (allowed by RFC 7519 §2) keeps its precision.
    const double nowMs = double(m_clock->nowMs());
    const double leewayMs = double(qMax<qint64>(0, m_policy.leewaySeconds)) * 1000.0;
    if (payload.contains("exp"_L1)) {
        if (nowMs >= payload.value("exp"_L1).toDouble() * 1000.0 + leewayMs)
            return TokenFailures::error(TokenFailure::Expired);
    } else if (m_policy.requireExpiry) {
        return missingClaim(u"exp"_s);
    }
    if (payload.contains("nbf"_L1) && nowMs + leewayMs < payload.value("nbf"_L1).toDouble() * 1000.0)
        return TokenFailures::error(TokenFailure::NotYetValid);
    if (payload.contains("iat"_L1)) {
        if (nowMs + leewayMs < payload.value("iat"_L1).toDouble() * 1000.0)
            return TokenFailures::error(TokenFailure::IssuedInFuture);
    } else if (m_policy.requireIssuedAt) {
        return missingClaim(u"iat"_s);
    }

    if (m_policy.issuer) {
        if (!payload.contains("iss"_L1))
            return missingClaim(u"iss"_s);
        if (payload.value("iss"_L1).toString() != *m_policy.issuer)
            return TokenFailures::error(TokenFailure::WrongIssuer);
    }
    if (!m_policy.acceptAnyAudience) {
        if (m_policy.audience && audience.isUndefined())
            return missingClaim(u"aud"_s);
        if (!audience.isUndefined() && (!m_policy.audience || !audiences.contains(*m_policy.audience)))
            return TokenFailures::error(TokenFailure::WrongAudience);
    }
    for (const QString &claim : m_policy.requiredClaims) {
        if (!payload.contains(claim))
            return TokenFailures::error(
                TokenFailure::MissingClaim,
                QT_TRANSLATE_NOOP("Error", "The token lacks a claim this service requires."));
    }
    return {};
}
