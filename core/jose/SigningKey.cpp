// Every OpenSSL call of the jose module lives in this file, so that no header has to name an OpenSSL type.
// Only the OpenSSL 3 EVP interfaces are used; the deprecated RSA_*/EC_KEY_* ones are hidden below so that
// using one by mistake does not compile.
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED

#include "jose/SigningKey.h"

#include "jose/JoseLogging.h"
#include "jose/Jwk.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
template<typename T, void (*Free)(T *)>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<T, Free>>;

using PkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using PkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtxPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using MacPtr = OpenSslPtr<EVP_MAC, EVP_MAC_free>;
using MacCtxPtr = OpenSslPtr<EVP_MAC_CTX, EVP_MAC_CTX_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using BnPtr = OpenSslPtr<BIGNUM, BN_clear_free>;
using ParamBldPtr = OpenSslPtr<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using ParamPtr = OpenSslPtr<OSSL_PARAM, OSSL_PARAM_free>;
using EcdsaSigPtr = OpenSslPtr<ECDSA_SIG, ECDSA_SIG_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;

enum class KeyFamily { Hmac, Rsa, Ec, Ed25519 };

KeyFamily familyOf(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::HS256:
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::HS512:
        return KeyFamily::Hmac;
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::PS256:
        return KeyFamily::Rsa;
    case JwsAlgorithm::ES256:
    case JwsAlgorithm::ES384:
        return KeyFamily::Ec;
    case JwsAlgorithm::EdDSA:
        return KeyFamily::Ed25519;
    }
    return KeyFamily::Hmac;
}

const char *digestName(JwsAlgorithm algorithm)
{
    switch (JwsAlgorithms::hashSize(algorithm)) {
    case 32:
        return "SHA256";
    case 48:
        return "SHA384";
    default:
        return "SHA512";
    }
}

// The curve of ES256 or ES384 as OpenSSL and JOSE name it, with its coordinate size and its group order n
// (big-endian, from SEC 2 / FIPS 186-4). r and s of a valid signature lie in [1, n-1].
struct CurveInfo
{
    const char *opensslName;
    const char *joseName;
    qsizetype size;
    const unsigned char *order;
};

constexpr unsigned char P256Order[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51,
};
constexpr unsigned char P384Order[48] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC7, 0x63, 0x4D, 0x81, 0xF4, 0x37, 0x2D, 0xDF,
    0x58, 0x1A, 0x0D, 0xB2, 0x48, 0xB0, 0xA7, 0x7A, 0xEC, 0xEC, 0x19, 0x6A, 0xCC, 0xC5, 0x29, 0x73,
};

CurveInfo curveOf(JwsAlgorithm algorithm)
{
    if (algorithm == JwsAlgorithm::ES384)
        return {"secp384r1", "P-384", 48, P384Order};
    return {"prime256v1", "P-256", 32, P256Order};
}

// The first queued OpenSSL error as text (it never contains key material), and an empty queue afterwards
// so that a stale error cannot be mistaken for a later one.
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"no OpenSSL error queued"_s;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error keyError(ErrorCode code, const char *message, QStringList arguments = {})
{
    return Error(ErrorKind::Invalid, code, QString::fromLatin1(message), std::move(arguments));
}

Error opensslFailure(const char *what)
{
    qCWarning(lcJose) << "OpenSSL failed to" << what << ':' << takeOpenSslError();
    return Error::internal(QStringLiteral(QT_TRANSLATE_NOOP("Error", "The cryptography library failed.")));
}

BnPtr toBignum(const QByteArray &bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

QByteArray fromBignum(const BIGNUM *number, int width = 0)
{
    const int size = width > 0 ? width : BN_num_bytes(number);
    QByteArray bytes(size, Qt::Uninitialized);
    if (BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), size) != size)
        return {};
    return bytes;
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

// Key text longer than this is not a key (an 8192-bit RSA private key in PEM is about 6.5 KiB).
constexpr qsizetype MaxPemBytes = 1024 * 1024;

int refusePassphrase(char *, int, int, void *)
{
    return -1; // encrypted PEM is not supported; never prompt on a terminal
}

// A secret that is really a key in text form: using one as an HMAC secret is the classic algorithm-confusion
// attack (verify an HS256 token with the server's RSA public key as the secret), so such secrets are refused
// outright, as PyJWT does.
bool looksLikeKeyText(QByteArrayView secret)
{
    const QByteArrayView trimmed = secret.trimmed();
    return secret.contains("-----BEGIN") || trimmed.startsWith("ssh-rsa ")
        || trimmed.startsWith("ssh-ed25519 ") || trimmed.startsWith("ecdsa-sha2-")
        || (trimmed.startsWith("{") && trimmed.contains("\"kty\""));
}

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}
} // namespace

class SigningKeyData : public QSharedData
{
public:
    SigningKeyData() = default;
    SigningKeyData(const SigningKeyData &other)
        : QSharedData(other)
        , algorithm(other.algorithm)
        , kid(other.kid)
        , secret(other.secret) // std::vector copies deeply: each copy wipes its own bytes
        , hasPrivate(other.hasPrivate)
        , publicComponents(other.publicComponents)
    {
        if (other.pkey && EVP_PKEY_up_ref(other.pkey) == 1)
            pkey = other.pkey;
        if (other.digest && EVP_MD_up_ref(other.digest) == 1)
            digest = other.digest;
        if (other.macTemplate)
            macTemplate = EVP_MAC_CTX_dup(other.macTemplate);
    }
    SigningKeyData &operator=(const SigningKeyData &) = delete;
    ~SigningKeyData()
    {
        if (!secret.empty())
            OPENSSL_cleanse(secret.data(), secret.size());
        EVP_MAC_CTX_free(macTemplate); // HMAC contexts wipe their key copies when freed
        EVP_MD_free(digest);
        EVP_PKEY_free(pkey);
    }

    JwsAlgorithm algorithm = JwsAlgorithm::HS256;
    QString kid;
    std::vector<unsigned char> secret;
    EVP_PKEY *pkey = nullptr;
    bool hasPrivate = false;
    EVP_MD *digest = nullptr; // fetched once per key (not for EdDSA)
    // A keyed HMAC context that is only ever duplicated, never updated: duplicating it is cheaper than
    // keying a new context per token, and concurrent reads of it are safe.
    EVP_MAC_CTX *macTemplate = nullptr;
    JwkComponents publicComponents; // kty, crv and the public members, for publicJwk() and thumbprint()

    // Hands a fully built key over to a SigningKey (whose constructor from data is private).
    static SigningKey toKey(SigningKeyData *data) { return SigningKey(data); }
};

namespace {
bool computeHmac(const SigningKeyData &key, QByteArrayView input, unsigned char *out, size_t *outSize)
{
    if (!key.macTemplate) // only if duplicating it failed when the key was copied
        return false;
    MacCtxPtr context(EVP_MAC_CTX_dup(key.macTemplate));
    return context
        && EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char *>(input.data()),
                          size_t(input.size()))
        == 1
        && EVP_MAC_final(context.get(), out, outSize, EVP_MAX_MD_SIZE) == 1;
}

// Prepares a sign or verify operation: the digest for RSA and ECDSA, none for Ed25519 (which hashes
// internally), and for PS256 the RSASSA-PSS parameters of RFC 7518 §3.5: MGF1 with the same hash and a salt
// as long as the hash. On verification, RSA_PSS_SALTLEN_DIGEST requires exactly that salt length.
bool initDigestOperation(const SigningKeyData &key, EVP_MD_CTX *context, bool signing)
{
    EVP_PKEY_CTX *pkeyContext = nullptr;
    const EVP_MD *digest = familyOf(key.algorithm) == KeyFamily::Ed25519 ? nullptr : key.digest;
    const int initialized = signing ? EVP_DigestSignInit(context, &pkeyContext, digest, nullptr, key.pkey)
                                    : EVP_DigestVerifyInit(context, &pkeyContext, digest, nullptr, key.pkey);
    if (initialized != 1)
        return false;
    if (familyOf(key.algorithm) != KeyFamily::Rsa)
        return true;
    if (key.algorithm != JwsAlgorithm::PS256)
        return EVP_PKEY_CTX_set_rsa_padding(pkeyContext, RSA_PKCS1_PADDING) == 1;
    return EVP_PKEY_CTX_set_rsa_padding(pkeyContext, RSA_PKCS1_PSS_PADDING) == 1
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyContext, RSA_PSS_SALTLEN_DIGEST) == 1
        && EVP_PKEY_CTX_set_rsa_mgf1_md(pkeyContext, key.digest) == 1;
}

Result<QByteArray> signWith(const SigningKeyData &key, QByteArrayView input)
{
    const auto *data = reinterpret_cast<const unsigned char *>(input.data());
    if (familyOf(key.algorithm) == KeyFamily::Hmac) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        size_t macSize = 0;
        if (!computeHmac(key, input, mac, &macSize))
            return opensslFailure("compute an HMAC");
        return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(macSize));
    }

    MdCtxPtr context(EVP_MD_CTX_new());
    size_t size = 0;
    if (!context || !initDigestOperation(key, context.get(), true)
        || EVP_DigestSign(context.get(), nullptr, &size, data, size_t(input.size())) != 1)
        return opensslFailure("start a signature");
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, data,
                       size_t(input.size()))
        != 1)
        return opensslFailure("sign");
    signature.resize(qsizetype(size));
    if (familyOf(key.algorithm) != KeyFamily::Ec)
        return signature;

    // OpenSSL produces DER (SEQUENCE of two INTEGERs); JWS wants R || S, each padded to the curve size.
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    EcdsaSigPtr parsed(d2i_ECDSA_SIG(nullptr, &der, long(signature.size())));
    if (!parsed)
        return opensslFailure("decode an ECDSA signature");
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(parsed.get(), &r, &s);
    const int width = int(curveOf(key.algorithm).size);
    return QByteArray(fromBignum(r, width) + fromBignum(s, width));
}

// r or s of a JOSE ECDSA signature: big-endian, exactly the curve size, and in [1, n-1]. OpenSSL refuses
// the others too; checking here as well keeps "psychic signatures" (r = s = 0, CVE-2022-21449) out no
// matter what the library below does.
bool isValidScalar(const unsigned char *value, const CurveInfo &curve)
{
    bool zero = true;
    for (qsizetype i = 0; i < curve.size; ++i)
        zero = zero && value[i] == 0;
    return !zero && std::memcmp(value, curve.order, size_t(curve.size)) < 0;
}

bool verifyWith(const SigningKeyData &key, QByteArrayView input, QByteArrayView signature)
{
    const KeyFamily family = familyOf(key.algorithm);
    if (family == KeyFamily::Hmac) {
        if (signature.size() != JwsAlgorithms::hashSize(key.algorithm))
            return false;
        unsigned char mac[EVP_MAX_MD_SIZE];
        size_t macSize = 0;
        if (!computeHmac(key, input, mac, &macSize) || macSize != size_t(signature.size())) {
            ERR_clear_error();
            return false;
        }
        return CRYPTO_memcmp(mac, signature.data(), macSize) == 0;
    }

    QByteArray der;
    QByteArrayView checked = signature;
    if (family == KeyFamily::Rsa) {
        if (signature.size() != EVP_PKEY_get_size(key.pkey))
            return false;
    } else if (family == KeyFamily::Ed25519) {
        if (signature.size() != 64)
            return false;
    } else {
        const CurveInfo curve = curveOf(key.algorithm);
        if (signature.size() != 2 * curve.size)
            return false;
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.data());
        if (!isValidScalar(raw, curve) || !isValidScalar(raw + curve.size, curve))
            return false;
        EcdsaSigPtr ecdsa(ECDSA_SIG_new());
        BnPtr r(BN_bin2bn(raw, int(curve.size), nullptr));
        BnPtr s(BN_bin2bn(raw + curve.size, int(curve.size), nullptr));
        if (!ecdsa || !r || !s || ECDSA_SIG_set0(ecdsa.get(), r.get(), s.get()) != 1) {
            ERR_clear_error();
            return false;
        }
        r.release(); // owned by ecdsa now
        s.release();
        const int derSize = i2d_ECDSA_SIG(ecdsa.get(), nullptr);
        if (derSize <= 0) {
            ERR_clear_error();
            return false;
        }
        der.resize(derSize);
        auto *out = reinterpret_cast<unsigned char *>(der.data());
        i2d_ECDSA_SIG(ecdsa.get(), &out);
        checked = der;
    }

    MdCtxPtr context(EVP_MD_CTX_new());
    const bool valid = context && initDigestOperation(key, context.get(), false)
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(checked.data()),
                            size_t(checked.size()), reinterpret_cast<const unsigned char *>(input.data()),
                            size_t(input.size()))
            == 1;
    if (!valid)
        ERR_clear_error();
    return valid;
}

// The public members of an asymmetric key, read back from OpenSSL in their canonical form.
bool readPublicComponents(EVP_PKEY *pkey, JwsAlgorithm algorithm, JwkComponents *c)
{
    switch (familyOf(algorithm)) {
    case KeyFamily::Rsa: {
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n) == 1
            && EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1;
        if (ok) {
            c->kty = u"RSA"_s;
            c->n = fromBignum(n);
            c->e = fromBignum(e);
        }
        BN_free(n);
        BN_free(e);
        return ok;
    }
    case KeyFamily::Ec: {
        const CurveInfo curve = curveOf(algorithm);
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1
            && EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
        if (ok) {
            c->kty = u"EC"_s;
            c->crv = QString::fromLatin1(curve.joseName);
            c->x = fromBignum(x, int(curve.size));
            c->y = fromBignum(y, int(curve.size));
        }
        BN_free(x);
        BN_free(y);
        return ok;
    }
    case KeyFamily::Ed25519: {
        unsigned char raw[32];
        size_t size = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(pkey, raw, &size) != 1 || size != sizeof raw)
            return false;
        c->kty = u"OKP"_s;
        c->crv = u"Ed25519"_s;
        c->x = QByteArray(reinterpret_cast<const char *>(raw), qsizetype(size));
        return true;
    }
    case KeyFamily::Hmac:
        break;
    }
    return false;
}

// Whether an OpenSSL key is of the kind `algorithm` needs.
bool keyFitsAlgorithm(EVP_PKEY *pkey, JwsAlgorithm algorithm)
{
    switch (familyOf(algorithm)) {
    case KeyFamily::Rsa:
        return EVP_PKEY_is_a(pkey, "RSA") == 1;
    case KeyFamily::Ec: {
        if (EVP_PKEY_is_a(pkey, "EC") != 1)
            return false;
        char group[64] = {};
        size_t length = 0;
        return EVP_PKEY_get_group_name(pkey, group, sizeof group, &length) == 1
            && QByteArrayView(group, qsizetype(length)) == QByteArrayView(curveOf(algorithm).opensslName);
    }
    case KeyFamily::Ed25519:
        return EVP_PKEY_is_a(pkey, "ED25519") == 1;
    case KeyFamily::Hmac:
        break;
    }
    return false;
}

const char *familyDescription(JwsAlgorithm algorithm)
{
    switch (familyOf(algorithm)) {
    case KeyFamily::Rsa:
        return "an RSA key";
    case KeyFamily::Ec:
        return algorithm == JwsAlgorithm::ES384 ? "an EC P-384 key" : "an EC P-256 key";
    case KeyFamily::Ed25519:
        return "an Ed25519 key";
    case KeyFamily::Hmac:
        break;
    }
    return "an HMAC secret";
}
} // namespace

namespace {
Result<SigningKey> makeHmacKey(QByteArrayView secret, JwsAlgorithm algorithm, bool enforceLength)
{
    if (familyOf(algorithm) != KeyFamily::Hmac)
        return keyError(ErrorCode::KeyAlgorithmMismatch,
                        QT_TRANSLATE_NOOP("Error", "A shared secret cannot be used for %1."),
                        {JwsAlgorithms::name(algorithm)});
    if (secret.isEmpty())
        return keyError(ErrorCode::KeyTooWeak, QT_TRANSLATE_NOOP("Error", "The secret is empty."));
    if (looksLikeKeyText(secret))
        return keyError(ErrorCode::KeyInvalid,
                        QT_TRANSLATE_NOOP("Error",
                                          "The secret is an asymmetric key in text form; such a key must "
                                          "never be used as an HMAC secret."));
    const int minimum = JwsAlgorithms::hashSize(algorithm);
    if (enforceLength && secret.size() < minimum)
        return keyError(
            ErrorCode::KeyTooWeak,
            QT_TRANSLATE_NOOP("Error", "The secret has %1 bytes; %2 needs at least %3 random bytes."),
            {QString::number(secret.size()), JwsAlgorithms::name(algorithm), QString::number(minimum)});

    auto *data = new SigningKeyData;
    const SigningKey key = SigningKeyData::toKey(data); // owns data from here on, also on failure
    data->algorithm = algorithm;
    data->hasPrivate = true;
    const auto *bytes = reinterpret_cast<const unsigned char *>(secret.data());
    data->secret.assign(bytes, bytes + secret.size());
    data->publicComponents.kty = u"oct"_s;

    MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    data->digest = EVP_MD_fetch(nullptr, digestName(algorithm), nullptr);
    data->macTemplate = mac ? EVP_MAC_CTX_new(mac.get()) : nullptr;
    OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digestName(algorithm)), 0),
        OSSL_PARAM_construct_end(),
    };
    if (!data->digest || !data->macTemplate
        || EVP_MAC_init(data->macTemplate, data->secret.data(), data->secret.size(), parameters) != 1)
        return opensslFailure("key an HMAC context");
    return key;
}

// Takes ownership of an OpenSSL key and makes a SigningKey of it after checking that it fits the
// algorithm, is strong enough and passes OpenSSL's public key check (RSA exponent and modulus sanity, EC
// point on the curve) and, when private, that it signs something its public half verifies: that catches
// JWKs whose public and private members do not belong together.
Result<SigningKey> adoptKey(PkeyPtr pkey, JwsAlgorithm algorithm, bool hasPrivate)
{
    if (!pkey)
        return keyError(ErrorCode::KeyInvalid, QT_TRANSLATE_NOOP("Error", "The key could not be read."));
    if (!keyFitsAlgorithm(pkey.get(), algorithm))
        return keyError(ErrorCode::KeyAlgorithmMismatch,
                        QT_TRANSLATE_NOOP("Error", "The key is not %1, which %2 needs."),
                        {QString::fromLatin1(familyDescription(algorithm)), JwsAlgorithms::name(algorithm)});
    if (familyOf(algorithm) == KeyFamily::Rsa) {
        const int bits = EVP_PKEY_get_bits(pkey.get());
        if (bits < SigningKey::MinimumRsaBits)
            return keyError(ErrorCode::KeyTooWeak,
                            QT_TRANSLATE_NOOP("Error", "The RSA key has %1 bits; at least %2 are required."),
                            {QString::number(bits), QString::number(SigningKey::MinimumRsaBits)});
        if (bits > SigningKey::MaximumRsaBits)
            return keyError(ErrorCode::KeyUnsupported,
                            QT_TRANSLATE_NOOP("Error", "The RSA key has %1 bits; at most %2 are supported."),
                            {QString::number(bits), QString::number(SigningKey::MaximumRsaBits)});
    }
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        qCDebug(lcJose) << "public key check failed:" << takeOpenSslError();
        return keyError(ErrorCode::KeyInvalid,
                        QT_TRANSLATE_NOOP("Error", "The public key is not valid for its type."));
    }

    auto *data = new SigningKeyData;
    const SigningKey key = SigningKeyData::toKey(data);
    data->algorithm = algorithm;
    data->hasPrivate = hasPrivate;
    data->pkey = pkey.release();
    if (familyOf(algorithm) != KeyFamily::Ed25519) {
        data->digest = EVP_MD_fetch(nullptr, digestName(algorithm), nullptr);
        if (!data->digest)
            return opensslFailure("fetch a digest");
    }
    if (!readPublicComponents(data->pkey, algorithm, &data->publicComponents))
        return opensslFailure("read a public key");

    if (hasPrivate) {
        static const QByteArray probe = QByteArrayLiteral("bookwarden signing key self-test");
        const Result<QByteArray> signature = signWith(*data, probe);
        if (!signature || !verifyWith(*data, probe, *signature)) {
            ERR_clear_error();
            return keyError(ErrorCode::KeyInvalid,
                            QT_TRANSLATE_NOOP("Error", "The private key does not match its public key."));
        }
    }
    return key;
}

// The OpenSSL key for the asymmetric members of a parsed JWK.
PkeyPtr pkeyFromComponents(const JwkComponents &c, bool *hasPrivate)
{
    *hasPrivate = !c.d.isEmpty();
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return nullptr;
    std::vector<BnPtr> numbers; // must outlive the built parameters
    auto pushNumber = [&](const char *name, const QByteArray &bytes) {
        numbers.push_back(toBignum(bytes));
        return numbers.back() && OSSL_PARAM_BLD_push_BN(builder.get(), name, numbers.back().get()) == 1;
    };

    if (c.kty == "OKP"_L1) {
        const auto *x = reinterpret_cast<const unsigned char *>(c.x.constData());
        if (!*hasPrivate)
            return PkeyPtr(
                EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, x, size_t(c.x.size())));
        PkeyPtr pkey(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr,
                                                     reinterpret_cast<const unsigned char *>(c.d.constData()),
                                                     size_t(c.d.size())));
        // The public key is derived from d; a JWK whose x says otherwise is inconsistent.
        unsigned char derived[32];
        size_t size = sizeof derived;
        if (!pkey || EVP_PKEY_get_raw_public_key(pkey.get(), derived, &size) != 1
            || size != size_t(c.x.size()) || CRYPTO_memcmp(derived, x, size) != 0)
            return nullptr;
        return pkey;
    }

    const char *type = nullptr;
    bool ok = true;
    // The builder keeps pointers to these until OSSL_PARAM_BLD_to_param(): they must live as long as it.
    QByteArray point;
    QByteArray curve;
    if (c.kty == "RSA"_L1) {
        type = "RSA";
        ok = pushNumber(OSSL_PKEY_PARAM_RSA_N, c.n) && pushNumber(OSSL_PKEY_PARAM_RSA_E, c.e);
        if (ok && *hasPrivate)
            ok = pushNumber(OSSL_PKEY_PARAM_RSA_D, c.d);
        if (ok && !c.p.isEmpty()) {
            ok = pushNumber(OSSL_PKEY_PARAM_RSA_FACTOR1, c.p) && pushNumber(OSSL_PKEY_PARAM_RSA_FACTOR2, c.q)
                && pushNumber(OSSL_PKEY_PARAM_RSA_EXPONENT1, c.dp)
                && pushNumber(OSSL_PKEY_PARAM_RSA_EXPONENT2, c.dq)
                && pushNumber(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, c.qi);
        }
    } else if (c.kty == "EC"_L1) {
        type = "EC";
        point = QByteArray(1, '\x04') + c.x + c.y; // uncompressed SEC 1 point
        curve = c.crv.toLatin1();
        ok = OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve.constData(), 0)
                == 1
            && OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                                size_t(point.size()))
                == 1;
        if (ok && *hasPrivate)
            ok = pushNumber(OSSL_PKEY_PARAM_PRIV_KEY, c.d);
    } else {
        return nullptr;
    }
    ParamPtr parameters(ok ? OSSL_PARAM_BLD_to_param(builder.get()) : nullptr);
    PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!parameters || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &pkey, *hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                             parameters.get())
            != 1)
        return nullptr;
    return PkeyPtr(pkey);
}

Result<QByteArray> writePem(EVP_PKEY *pkey, bool privateKey)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    const int written = !bio ? 0
        : privateKey ? PEM_write_bio_PrivateKey(bio.get(), pkey, nullptr, nullptr, 0, nullptr, nullptr)
                     : PEM_write_bio_PUBKEY(bio.get(), pkey);
    if (written != 1)
        return opensslFailure("write PEM");
    return readBio(bio.get());
}
} // namespace

SigningKey::SigningKey() = default;
SigningKey::SigningKey(const SigningKey &other) = default;
SigningKey::SigningKey(SigningKey &&other) noexcept = default;
SigningKey &SigningKey::operator=(const SigningKey &other) = default;
SigningKey &SigningKey::operator=(SigningKey &&other) noexcept = default;
SigningKey::~SigningKey() = default;

SigningKey::SigningKey(SigningKeyData *data)
    : d(data)
{ }

Result<SigningKey> SigningKey::generate(JwsAlgorithm algorithm, int rsaBits)
{
    switch (familyOf(algorithm)) {
    case KeyFamily::Hmac: {
        QByteArray secret(JwsAlgorithms::hashSize(algorithm), Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), int(secret.size())) != 1)
            return opensslFailure("generate random bytes");
        Result<SigningKey> key = fromSecret(secret, algorithm);
        cleanse(secret);
        return key;
    }
    case KeyFamily::Rsa:
        if (rsaBits != 2048 && rsaBits != 3072 && rsaBits != 4096)
            return keyError(
                ErrorCode::KeyUnsupported,
                QT_TRANSLATE_NOOP("Error", "RSA keys are generated with 2048, 3072 or 4096 bits, not %1."),
                {QString::number(rsaBits)});
        return adoptKey(PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(rsaBits))), algorithm,
                        true);
    case KeyFamily::Ec:
        return adoptKey(PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curveOf(algorithm).joseName)),
                        algorithm, true);
    case KeyFamily::Ed25519:
        return adoptKey(PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")), algorithm, true);
    }
    return Error::internal(u"unknown algorithm"_s);
}

Result<SigningKey> SigningKey::fromSecret(QByteArrayView secret, JwsAlgorithm algorithm)
{
    return makeHmacKey(secret, algorithm, true);
}

Result<SigningKey> SigningKey::fromSecretUnchecked(QByteArrayView secret, JwsAlgorithm algorithm)
{
    return makeHmacKey(secret, algorithm, false);
}

Result<SigningKey> SigningKey::fromPrivatePem(QByteArrayView pem, JwsAlgorithm algorithm)
{
    if (familyOf(algorithm) == KeyFamily::Hmac)
        return keyError(ErrorCode::KeyAlgorithmMismatch,
                        QT_TRANSLATE_NOOP("Error", "A PEM key cannot be used for %1."),
                        {JwsAlgorithms::name(algorithm)});
    BioPtr bio(pem.size() <= MaxPemBytes ? BIO_new_mem_buf(pem.data(), int(pem.size())) : nullptr);
    PkeyPtr pkey(
        bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, refusePassphrase, nullptr, nullptr, nullptr)
            : nullptr);
    if (!pkey) {
        qCDebug(lcJose) << "private PEM not readable:" << takeOpenSslError();
        return keyError(ErrorCode::KeyInvalid,
                        QT_TRANSLATE_NOOP("Error", "This is not an unencrypted private key in PEM form."));
    }
    return adoptKey(std::move(pkey), algorithm, true);
}

Result<SigningKey> SigningKey::fromPublicPem(QByteArrayView pem, JwsAlgorithm algorithm)
{
    if (familyOf(algorithm) == KeyFamily::Hmac)
        return keyError(ErrorCode::KeyAlgorithmMismatch,
                        QT_TRANSLATE_NOOP("Error", "A PEM key cannot be used for %1."),
                        {JwsAlgorithms::name(algorithm)});
    if (pem.contains("PRIVATE KEY-----"))
        return keyError(ErrorCode::KeyInvalid,
                        QT_TRANSLATE_NOOP("Error", "This is a private key; give the public key."));
    BioPtr bio(pem.size() <= MaxPemBytes ? BIO_new_mem_buf(pem.data(), int(pem.size())) : nullptr);
    PkeyPtr pkey;
    if (bio && pem.contains("-----BEGIN CERTIFICATE-----")) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr));
        if (certificate)
            pkey.reset(X509_get_pubkey(certificate.get()));
    } else if (bio) {
        pkey.reset(PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, refusePassphrase, nullptr, nullptr, nullptr));
    }
    if (!pkey) {
        qCDebug(lcJose) << "public PEM not readable:" << takeOpenSslError();
        return keyError(ErrorCode::KeyInvalid,
                        QT_TRANSLATE_NOOP("Error",
                                          "This is not a public key or certificate in PEM "
                                          "form (BEGIN PUBLIC KEY or BEGIN CERTIFICATE)."));
    }
    return adoptKey(std::move(pkey), algorithm, false);
}

Result<SigningKey> SigningKey::fromJwk(const QJsonObject &jwk, std::optional<JwsAlgorithm> algorithm,
                                       SecretPolicy secretPolicy)
{
    Result<JwkComponents> parsed = Jwk::parse(jwk);
    if (!parsed)
        return parsed.error();
    JwkComponents &c = parsed.value();

    std::optional<JwsAlgorithm> chosen = algorithm;
    if (!c.alg.isEmpty()) {
        const std::optional<JwsAlgorithm> own = JwsAlgorithms::fromName(c.alg);
        if (!own)
            return keyError(ErrorCode::KeyUnsupported,
                            QT_TRANSLATE_NOOP("Error", "The JWK algorithm is not supported."));
        if (algorithm && *algorithm != *own)
            return keyError(ErrorCode::KeyAlgorithmMismatch,
                            QT_TRANSLATE_NOOP("Error", "The JWK is for %1, not for %2."),
                            {JwsAlgorithms::name(*own), JwsAlgorithms::name(*algorithm)});
        chosen = own;
    }
    if (!chosen && c.kty == "EC"_L1)
        chosen = c.crv == "P-384"_L1 ? JwsAlgorithm::ES384 : JwsAlgorithm::ES256;
    if (!chosen && c.kty == "OKP"_L1)
        chosen = JwsAlgorithm::EdDSA;
    if (!chosen)
        return keyError(
            ErrorCode::KeyInvalid,
            QT_TRANSLATE_NOOP("Error", "The JWK has no alg member; say which algorithm it is for."));

    Result<SigningKey> key = Error();
    if (c.kty == "oct"_L1) {
        key = makeHmacKey(c.k, *chosen, secretPolicy == SecretPolicy::RequireFullLength);
        cleanse(c.k);
    } else if (familyOf(*chosen) == KeyFamily::Hmac) {
        key = keyError(ErrorCode::KeyAlgorithmMismatch,
                       QT_TRANSLATE_NOOP("Error", "The key is not %1, which %2 needs."),
                       {QString::fromLatin1(familyDescription(*chosen)), JwsAlgorithms::name(*chosen)});
    } else {
        bool hasPrivate = false;
        PkeyPtr pkey = pkeyFromComponents(c, &hasPrivate);
        if (!pkey) {
            qCDebug(lcJose) << "JWK not usable:" << takeOpenSslError();
            key = keyError(ErrorCode::KeyInvalid,
                           QT_TRANSLATE_NOOP("Error", "The JWK does not describe a valid key."));
        } else {
            key = adoptKey(std::move(pkey), *chosen, hasPrivate);
        }
    }
    for (QByteArray *secret : {&c.d, &c.p, &c.q, &c.dp, &c.dq, &c.qi})
        cleanse(*secret);
    if (key)
        key.value().setKid(c.kid);
    return key;
}

Result<QByteArray> SigningKey::exportMaterial() const
{
    if (isNull())
        return keyError(ErrorCode::KeyInvalid, QT_TRANSLATE_NOOP("Error", "The key is empty."));
    if (isSymmetric())
        return QByteArray(reinterpret_cast<const char *>(d->secret.data()), qsizetype(d->secret.size()));
    return writePem(d->pkey, d->hasPrivate);
}

Result<SigningKey> SigningKey::fromMaterial(JwsAlgorithm algorithm, QByteArrayView material)
{
    if (familyOf(algorithm) == KeyFamily::Hmac)
        return fromSecret(material, algorithm);
    if (material.trimmed().startsWith("-----BEGIN PUBLIC KEY-----"))
        return fromPublicPem(material, algorithm);
    return fromPrivatePem(material, algorithm);
}

QJsonObject SigningKey::publicJwk() const
{
    if (isNull() || isSymmetric())
        return {};
    JwkComponents components = d->publicComponents;
    components.kid = d->kid;
    components.alg = JwsAlgorithms::name(d->algorithm);
    return Jwk::publicObject(components);
}

QByteArray SigningKey::publicPem() const
{
    if (isNull() || isSymmetric())
        return {};
    return writePem(d->pkey, false).valueOr({});
}

QString SigningKey::thumbprint() const
{
    if (isNull())
        return {};
    if (!isSymmetric())
        return Jwk::thumbprint(d->publicComponents);
    JwkComponents components;
    components.kty = u"oct"_s;
    components.k = QByteArray(reinterpret_cast<const char *>(d->secret.data()), qsizetype(d->secret.size()));
    const QString thumbprint = Jwk::thumbprint(components);
    cleanse(components.k);
    return thumbprint;
}

SigningKey SigningKey::publicKey() const
{
    if (isNull() || isSymmetric() || !d->hasPrivate)
        return *this;
    Result<SigningKey> key = fromPublicPem(publicPem(), d->algorithm);
    if (!key)
        return {};
    key.value().setKid(d->kid);
    return key.value();
}

QString SigningKey::kid() const
{
    return d ? d->kid : QString();
}

void SigningKey::setKid(const QString &kid)
{
    if (d)
        d->kid = kid;
}

JwsAlgorithm SigningKey::algorithm() const
{
    return d ? d->algorithm : JwsAlgorithm::HS256;
}

bool SigningKey::isNull() const
{
    return !d;
}

bool SigningKey::isSymmetric() const
{
    return d && familyOf(d->algorithm) == KeyFamily::Hmac;
}

bool SigningKey::hasPrivateKey() const
{
    return d && d->hasPrivate;
}

int SigningKey::sizeInBits() const
{
    if (!d)
        return 0;
    if (isSymmetric())
        return int(d->secret.size()) * 8;
    return EVP_PKEY_get_bits(d->pkey);
}

Result<QByteArray> SigningKey::sign(QByteArrayView signingInput) const
{
    if (isNull())
        return keyError(ErrorCode::KeyInvalid, QT_TRANSLATE_NOOP("Error", "The key is empty."));
    if (!d->hasPrivate)
        return keyError(ErrorCode::KeyNotPrivate, QT_TRANSLATE_NOOP("Error", "A public key cannot sign."));
    return signWith(*d, signingInput);
}

bool SigningKey::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    return d && verifyWith(*d, signingInput, signature);
}
