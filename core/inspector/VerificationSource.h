#pragma once

#include "inspector/ReportSentence.h"
#include "jose/JwsDecoder.h"
#include "jose/JwsVerifier.h"

#include <QByteArray>
#include <QString>

// What a VerificationSource offers for one token: the key to check it with, or why there is none.
struct SourcedKey
{
    enum class Problem {
        None, // `resolver` is set
        KeyUnusable, // the secret, PEM or JWK cannot be read as a key
        AlgorithmNotAllowed, // the source cannot check the token's algorithm (a secret for RS256, a PEM for
                             // HS256)
        UnknownKid, // no JWK of the set fits the token's kid
    };

    JwsKeyResolver resolver;
    Problem problem = Problem::None;
    std::optional<Error> error; // why not, when problem is not None
    ReportSentence description; // "HS256 secret of 6 bytes", "ES256 public key (256 bits), thumbprint …"
    qsizetype secretBytes = -1; // the length of an HMAC secret given (-1 for other sources)
    bool privateKeyGiven = false; // a private PEM or JWK was given; only its public half is used
};

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

    // The key for `jws`, whose alg names `algorithm`. The token's alg only picks among what the source
    // allows: a secret checks HS256/384/512 only, a PEM or a JWK only the algorithm its key is for, and a
    // public key is never used as an HMAC secret.
    SourcedKey keyFor(const DecodedJws &jws, JwsAlgorithm algorithm) const;

    Kind kind() const { return m_kind; }
    const JwsKeyResolver &resolver() const { return m_resolver; }
    // The secret (UTF-8 bytes or the base64url text), PEM or JWK JSON, as given.
    const QByteArray &material() const { return m_material; }

private:
    // keyFor() for each kind of source.
    SourcedKey secretFor(JwsAlgorithm algorithm) const;
    SourcedKey pemKeyFor(JwsAlgorithm algorithm) const;
    SourcedKey jwkFor(const DecodedJws &jws, JwsAlgorithm algorithm) const;

    Kind m_kind = Kind::None;
    JwsKeyResolver m_resolver;
    QByteArray m_material;
};
