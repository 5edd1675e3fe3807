#pragma once

#include "common/Result.h"
#include "jose/JwsAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

class SigningKeyData;

// A key for one JWS algorithm: an HMAC secret or an RSA, EC (P-256, P-384) or Ed25519 key pair or public
// key. A value type: copies share the key material (cheap, thread-safe to use from several threads at once)
// and the HMAC secret is wiped from memory when the last copy goes.
//
// A key's algorithm is fixed when it is made. An RSA key made for RS256 verifies RS256 and nothing else,
// not RS384 and not PS256; an HMAC key never verifies an asymmetric algorithm and an asymmetric key never
// serves as an HMAC secret. That, and not the token's own "alg" header, is what decides how a token is
// checked (RFC 8725 §3.1).
//
// Errors are ErrorKind::Invalid with one of these codes:
//   key_invalid             the input is not a well-formed key (PEM, JWK, material)
//   key_unsupported         a key type, curve or format Bookwarden does not handle
//   key_too_weak            an HMAC secret shorter than the hash, an RSA modulus under 2048 bits
//   key_algorithm_mismatch  the key cannot be used with the requested algorithm
//   key_not_private         signing or exporting private material with a public key
// and ErrorKind::Internal when OpenSSL itself fails.
class SigningKey
{
public:
    static constexpr int MinimumRsaBits = 2048;
    static constexpr int MaximumRsaBits = 8192;

    SigningKey(); // a null key: isNull(), signs and verifies nothing
    SigningKey(const SigningKey &other);
    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(const SigningKey &other);
    SigningKey &operator=(SigningKey &&other) noexcept;
    ~SigningKey();

    // A fresh key: an HMAC secret of the hash's size from OpenSSL's CSPRNG, an RSA key of rsaBits
    // (2048, 3072 or 4096) for RS*/PS256, a P-256 or P-384 key for ES256/ES384, an Ed25519 key for EdDSA.
    static Result<SigningKey> generate(JwsAlgorithm algorithm, int rsaBits = MinimumRsaBits);

    // An HMAC key. Refuses a secret shorter than the hash output (RFC 7518 §3.2), and one that is an
    // asymmetric key in text form (a PEM block or JWK), the raw material of algorithm-confusion attacks.
    static Result<SigningKey> fromSecret(QByteArrayView secret, JwsAlgorithm algorithm);
    // The same without the length rule, for the Token Inspector, which must check tokens signed with weak
    // secrets that users paste in. Never use it for keys the server signs or verifies with. An empty
    // secret and asymmetric key text are still refused.
    static Result<SigningKey> fromSecretUnchecked(QByteArrayView secret, JwsAlgorithm algorithm);

    // A private key in PEM: PKCS#8 ("BEGIN PRIVATE KEY") or the traditional RSA/EC forms. Encrypted PEM is
    // refused (there is nobody to ask for a passphrase).
    static Result<SigningKey> fromPrivatePem(QByteArrayView pem, JwsAlgorithm algorithm);
    // A public key in PEM: SubjectPublicKeyInfo ("BEGIN PUBLIC KEY") or an X.509 certificate, whose key is
    // used as it is (the certificate itself is not validated).
    static Result<SigningKey> fromPublicPem(QByteArrayView pem, JwsAlgorithm algorithm);

    enum class SecretPolicy { RequireFullLength, AllowWeakForInspection };
    // A public or private JWK (RSA, EC, OKP or oct). The algorithm is the JWK's own "alg" when it has one
    // (an `algorithm` argument must then agree), otherwise `algorithm`, otherwise the only algorithm the
    // key's curve allows (EC, OKP). The JWK's kid becomes the key's kid.
    static Result<SigningKey> fromJwk(const QJsonObject &jwk, std::optional<JwsAlgorithm> algorithm = {},
                                      SecretPolicy secretPolicy = SecretPolicy::RequireFullLength);

    // For storage: PEM PKCS#8 for a private key, PEM SubjectPublicKeyInfo for a public-only key, the raw
    // secret for HMAC. The caller owns the secret bytes it gets and should wipe them.
    Result<QByteArray> exportMaterial() const;
    // The inverse of exportMaterial() (the kid is stored separately and set with setKid()).
    static Result<SigningKey> fromMaterial(JwsAlgorithm algorithm, QByteArrayView material);

    // The public JWK (RFC 7517): kty, the public members, kid, use "sig" and alg. Never a private member.
    // Empty for HMAC keys and null keys.
    QJsonObject publicJwk() const;
    // The public key as PEM SubjectPublicKeyInfo; empty for HMAC keys.
    QByteArray publicPem() const;
    // The RFC 7638 SHA-256 thumbprint in base64url, usable as a default kid. For an HMAC key it is a hash
    // of the secret: publish it only for high-entropy secrets.
    QString thumbprint() const;
    // The same key without its private half (an HMAC key has none to drop and is returned as it is).
    SigningKey publicKey() const;

    QString kid() const;
    void setKid(const QString &kid);
    JwsAlgorithm algorithm() const;
    bool isNull() const;
    bool isSymmetric() const;
    bool hasPrivateKey() const; // true for HMAC keys: the secret signs
    // RSA modulus bits, curve bits, or HMAC secret length in bits.
    int sizeInBits() const;

    // The JWS Signature of a JWS Signing Input (RFC 7515 §5.1): an HMAC, an RSASSA-PKCS1-v1_5 or
    // RSASSA-PSS signature, an ECDSA signature as the fixed-width R || S of RFC 7518 §3.4, or an Ed25519
    // signature.
    Result<QByteArray> sign(QByteArrayView signingInput) const;
    // True when `signature` is this key's valid signature of `signingInput`. Checks the exact length
    // first, compares HMACs in constant time and refuses ECDSA values r or s that are 0 or not below the
    // group order (CVE-2022-21449).
    bool verify(QByteArrayView signingInput, QByteArrayView signature) const;

private:
    friend class SigningKeyData;
    explicit SigningKey(SigningKeyData *data);
    QSharedDataPointer<SigningKeyData> d;
};
