#include "jose/JwsVerifier.h"

#include "jose/ClaimsValidator.h"
#include "jose/JoseLogging.h"
#include "jose/TokenFailure.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
Error malformedKid()
{
    return TokenFailures::error(
        TokenFailure::Malformed,
        QT_TRANSLATE_NOOP("Error",
                          "The token kid must be a non-empty string of at most %1 characters without "
                          "control characters."),
        {QString::number(JwsVerifier::MaxKidLength)});
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Status checkCritical(const QJsonObject &header, const QStringList &understood)
{
    if (header.contains("crit"_L1)) {
        const QJsonValue crit = header.value("crit"_L1);
        if (!crit.isArray() || crit.toArray().isEmpty())
            return TokenFailures::error(
                TokenFailure::Malformed,
                QT_TRANSLATE_NOOP("Error", "The token crit header must be a non-empty array of strings."));
        for (const QJsonValue name : crit.toArray()) {
            if (!name.isString())
                return TokenFailures::error(
                    TokenFailure::Malformed,
                    QT_TRANSLATE_NOOP("Error",
                                      "The token crit header must be a non-empty array of strings."));
            if (name.toString() == "b64"_L1 || !understood.contains(name.toString()))
                return TokenFailures::error(
                    TokenFailure::UnsupportedCrit,
                    QT_TRANSLATE_NOOP("Error",
                                      "The token marks a header extension as critical that this server "
                                      "does not support."));
        }
    }
    // RFC 7797's unencoded payload changes what the signature covers; it is not implemented.
    if (header.contains("b64"_L1) && header.value("b64"_L1) != QJsonValue(true))
        return TokenFailures::error(
            TokenFailure::UnsupportedCrit,
            QT_TRANSLATE_NOOP("Error",
                              "The token uses the unencoded payload option (b64), which is not supported."));
    return {};
}
} // namespace

JwsVerifier::JwsVerifier(JwsKeyResolver resolver, JwsLimits limits)
    : m_resolver(std::move(resolver))
    , m_limits(limits)
{ }

void JwsVerifier::setUnderstoodCriticalHeaders(const QStringList &names)
{
    m_understoodCritical = names;
}

Result<VerifiedJws> JwsVerifier::verify(QByteArrayView token) const
{
    Result<DecodedJws> decoded = JwsDecoder::decode(token, m_limits);
    if (!decoded)
        return decoded.error();
    Result<SigningKey> key = verifyDecoded(decoded.value());
    if (!key)
        return key.error();
    return VerifiedJws {std::move(decoded).value(), std::move(key).value()};
}

Result<VerifiedJws> JwsVerifier::verify(QByteArrayView token, const ClaimsValidator &claims) const
{
    Result<VerifiedJws> verified = verify(token);
    if (!verified)
        return verified;
    const Status valid = claims.validate(verified->token.header, verified->token.payload);
    if (!valid)
        return valid.error();
    return verified;
}

Result<SigningKey> JwsVerifier::verifyDecoded(const DecodedJws &jws) const
{
    if (JwsAlgorithms::isNone(jws.algorithm))
        return TokenFailures::error(TokenFailure::AlgNone);
    const std::optional<JwsAlgorithm> algorithm = JwsAlgorithms::fromName(jws.algorithm);
    if (!algorithm)
        return TokenFailures::error(TokenFailure::AlgorithmNotAllowed,
                                    QT_TRANSLATE_NOOP("Error", "The token algorithm is not supported."));
    if (const Status critical = checkCritical(jws.header, m_understoodCritical); !critical)
        return critical.error();

    QString kid;
    if (jws.header.contains("kid"_L1)) {
        const QJsonValue value = jws.header.value("kid"_L1);
        if (!value.isString())
            return malformedKid();
        kid = value.toString();
        if (kid.isEmpty() || kid.size() > MaxKidLength || hasControlCharacters(kid))
            return malformedKid();
    }

    if (!m_resolver)
        return Error::internal(u"JwsVerifier has no key resolver"_s);
    Result<SigningKey> key = m_resolver(kid);
    if (!key)
        return key.error();
    if (key->isNull())
        return Error::internal(u"The key resolver returned a null key"_s);
    if (key->algorithm() != *algorithm)
        return TokenFailures::error(
            TokenFailure::AlgorithmNotAllowed,
            QT_TRANSLATE_NOOP("Error", "The token algorithm %1 is not the algorithm of its key (%2)."),
            {JwsAlgorithms::name(*algorithm), JwsAlgorithms::name(key->algorithm())});
    if (!key->verify(jws.signingInput(), jws.signature)) {
        qCDebug(lcJose) << "signature refused; key" << key->kid() << JwsAlgorithms::name(key->algorithm());
        return TokenFailures::error(TokenFailure::BadSignature);
    }
    return key;
}

JwsKeyResolver JwsVerifier::singleKey(SigningKey key)
{
    return [key = std::move(key)](const QString &) -> Result<SigningKey> { return key; };
}

JwsKeyResolver JwsVerifier::keySet(QList<SigningKey> keys)
{
    return [keys = std::move(keys)](const QString &kid) -> Result<SigningKey> {
        if (kid.isEmpty()) {
            if (keys.size() == 1)
                return keys.first();
            return unknownKid();
        }
        for (const SigningKey &key : keys) {
            if (key.kid() == kid)
                return key;
        }
        return unknownKid();
    };
}

Error JwsVerifier::unknownKid()
{
    return TokenFailures::error(TokenFailure::UnknownKid);
}
