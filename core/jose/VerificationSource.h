#pragma once

#include "jose/JwsVerifier.h"

#include <QByteArray>
#include <QString>

// What the Token Inspector checks a token's signature with.
class VerificationSource
{
public:
    enum class Kind {
        None, // decode and explain only
        KeyResolver, // the server's own keys, looked up by kid (the token store passes one)
        SecretText, // an HMAC secret typed as text (its UTF-8 bytes are the key)
        SecretBase64Url, // an HMAC secret given in base64url
        PublicPem, // a PEM public key or certificate (a pasted private key is used for its public half)
        Jwk, // a JWK or a JWK Set, as JSON text
    };

    VerificationSource() = default; // Kind::None

    static VerificationSource none();
    static VerificationSource keyResolver(JwsKeyResolver resolver);
    static VerificationSource secretText(const QString &secret);
    static VerificationSource secretBase64Url(const QString &encoded);
    static VerificationSource publicPem(const QByteArray &pem);
    static VerificationSource jwk(const QByteArray &json);

    Kind kind() const { return m_kind; }
    const JwsKeyResolver &resolver() const { return m_resolver; }
    // The secret (UTF-8 bytes or the base64url text), PEM or JWK JSON, as given.
    const QByteArray &material() const { return m_material; }

private:
    Kind m_kind = Kind::None;
    JwsKeyResolver m_resolver;
    QByteArray m_material;
};
