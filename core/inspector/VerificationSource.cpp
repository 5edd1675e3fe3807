#include "inspector/VerificationSource.h"

#include "jose/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/TokenFailure.h"

using namespace Qt::StringLiterals;

namespace {
SourcedKey refuse(SourcedKey::Problem problem, Error error)
{
    SourcedKey sourced;
    sourced.problem = problem;
    sourced.error = std::move(error);
    return sourced;
}

// The key itself, or why it could not be made; `sourced` keeps what was learnt on the way.
SourcedKey adopt(const Result<SigningKey> &key, SourcedKey sourced)
{
    if (!key) {
        sourced.problem = key.error().code() == ErrorCode::KeyAlgorithmMismatch
            ? SourcedKey::Problem::AlgorithmNotAllowed
            : SourcedKey::Problem::KeyUnusable;
        sourced.error = key.error();
        return sourced;
    }
    const SigningKey &k = key.value();
    const ReportSentence algorithm = ReportSentence::literal(JwsAlgorithms::name(k.algorithm()));
    if (k.isSymmetric())
        sourced.description = ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "%1 secret of %2 bytes"),
                                             {algorithm, ReportSentence::number(k.sizeInBits() / 8)});
    else
        sourced.description = ReportSentence(
            QT_TRANSLATE_NOOP("TokenInspector", "%1 public key (%2 bits), thumbprint %3"),
            {algorithm, ReportSentence::number(k.sizeInBits()), ReportSentence::literal(k.thumbprint())});
    sourced.resolver = JwsVerifier::singleKey(k);
    return sourced;
}
} // namespace

VerificationSource VerificationSource::none()
{
    return {};
}

VerificationSource VerificationSource::keyResolver(JwsKeyResolver resolver)
{
    VerificationSource source;
    source.m_kind = Kind::KeyResolver;
    source.m_resolver = std::move(resolver);
    return source;
}

VerificationSource VerificationSource::secretText(const QString &secret)
{
    VerificationSource source;
    source.m_kind = Kind::SecretText;
    source.m_material = secret.toUtf8();
    return source;
}

VerificationSource VerificationSource::secretBase64Url(const QString &encoded)
{
    VerificationSource source;
    source.m_kind = Kind::SecretBase64Url;
    source.m_material = encoded.toLatin1();
    return source;
}

VerificationSource VerificationSource::publicPem(const QByteArray &pem)
{
    VerificationSource source;
    source.m_kind = Kind::PublicPem;
    source.m_material = pem;
    return source;
}

VerificationSource VerificationSource::jwk(const QByteArray &json)
{
    VerificationSource source;
    source.m_kind = Kind::Jwk;
    source.m_material = json;
    return source;
}

SourcedKey VerificationSource::keyFor(const DecodedJws &jws, JwsAlgorithm algorithm) const
{
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::KeyResolver: {
        SourcedKey sourced;
        sourced.resolver = m_resolver;
        sourced.description = ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "the server's keys"));
        return sourced;
    }
    case Kind::SecretText:
    case Kind::SecretBase64Url:
        return secretFor(algorithm);
    case Kind::PublicPem:
        return pemKeyFor(algorithm);
    case Kind::Jwk:
        return jwkFor(jws, algorithm);
    }
    return refuse(SourcedKey::Problem::KeyUnusable,
                  Error::internal(QStringLiteral(QT_TRANSLATE_NOOP("Error", "No key or secret was given."))));
}

SourcedKey VerificationSource::secretFor(JwsAlgorithm algorithm) const
{
    if (!JwsAlgorithms::isHmac(algorithm))
        return refuse(SourcedKey::Problem::AlgorithmNotAllowed,
                      TokenFailures::error(TokenFailure::AlgorithmNotAllowed,
                                           QT_TRANSLATE_NOOP("Error",
                                                             "A shared secret can only check HS256, HS384 "
                                                             "and HS512 tokens; this token uses %1."),
                                           {JwsAlgorithms::name(algorithm)}));
    QByteArray secret = m_material;
    if (m_kind == Kind::SecretBase64Url) {
        Base64Url::Failure failure;
        const std::optional<QByteArray> decoded = Base64Url::decode(secret, &failure);
        if (!decoded)
            return refuse(SourcedKey::Problem::KeyUnusable,
                          Error(ErrorKind::Invalid, ErrorCode::KeyInvalid,
                                QStringLiteral(QT_TRANSLATE_NOOP(
                                    "Error", "The secret is not base64url: character %1: %2.")),
                                {QString::number(failure.offset + 1),
                                 QString::fromLatin1(Base64Url::problemText(failure.problem))}));
        secret = *decoded;
    }
    SourcedKey sourced;
    sourced.secretBytes = secret.size();
    return adopt(SigningKey::fromSecretUnchecked(secret, algorithm), std::move(sourced));
}

SourcedKey VerificationSource::pemKeyFor(JwsAlgorithm algorithm) const
{
    if (JwsAlgorithms::isHmac(algorithm))
        return refuse(SourcedKey::Problem::AlgorithmNotAllowed,
                      TokenFailures::error(TokenFailure::AlgorithmNotAllowed,
                                           QT_TRANSLATE_NOOP("Error",
                                                             "A public key cannot check an %1 token: using "
                                                             "a public key as an HMAC secret is the "
                                                             "algorithm confusion attack."),
                                           {JwsAlgorithms::name(algorithm)}));
    if (!m_material.contains("PRIVATE KEY-----"))
        return adopt(SigningKey::fromPublicPem(m_material, algorithm), {});
    SourcedKey sourced;
    sourced.privateKeyGiven = true;
    const Result<SigningKey> privateKey = SigningKey::fromPrivatePem(m_material, algorithm);
    return adopt(privateKey ? Result<SigningKey>(privateKey->publicKey()) : privateKey, std::move(sourced));
}

SourcedKey VerificationSource::jwkFor(const DecodedJws &jws, JwsAlgorithm algorithm) const
{
    const Result<QList<QJsonObject>> keys = Jwk::parseDocument(m_material);
    if (!keys)
        return refuse(SourcedKey::Problem::KeyUnusable, keys.error());
    const QString kid = jws.header.value("kid"_L1).toString();
    QList<QJsonObject> candidates;
    for (const QJsonObject &key : keys.value()) {
        if (kid.isEmpty() || key.value("kid"_L1).toString() == kid)
            candidates.append(key);
    }
    if (candidates.size() != 1)
        return refuse(SourcedKey::Problem::UnknownKid,
                      kid.isEmpty()
                          ? TokenFailures::error(TokenFailure::UnknownKid,
                                                 QT_TRANSLATE_NOOP("Error",
                                                                   "The token names no key (kid) "
                                                                   "and the JWK Set has %1 keys."),
                                                 {QString::number(candidates.size())})
                          : TokenFailures::error(TokenFailure::UnknownKid,
                                                 QT_TRANSLATE_NOOP("Error", "No JWK has the token's kid.")));
    const QJsonObject &jwk = candidates.first();
    // A JWK's own alg wins; without one, the token's alg is tried, and fromJwk() refuses what the key type
    // cannot do (an RSA JWK for HS256).
    const std::optional<JwsAlgorithm> requested
        = jwk.contains("alg"_L1) ? std::nullopt : std::optional<JwsAlgorithm>(algorithm);
    Result<SigningKey> key
        = SigningKey::fromJwk(jwk, requested, SigningKey::SecretPolicy::AllowWeakForInspection);
    SourcedKey sourced;
    if (key && key->isSymmetric())
        sourced.secretBytes = key->sizeInBits() / 8;
    if (key && key->hasPrivateKey() && !key->isSymmetric()) {
        sourced.privateKeyGiven = true;
        key = key->publicKey();
    }
    return adopt(key, std::move(sourced));
}
