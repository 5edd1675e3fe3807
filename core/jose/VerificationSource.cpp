#include "jose/VerificationSource.h"

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
