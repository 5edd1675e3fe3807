#pragma once

#include "common/Result.h"
#include "jose/JwsDecoder.h"
#include "jose/SigningKey.h"

#include <QList>
#include <QStringList>

#include <functional>

class ClaimsValidator;

// Finds the key for a token's kid (an empty string when the token has none). Return the key, the Error of
// JwsVerifier::unknownKid() when there is no such key, or any other Error (a storage failure) to pass on.
// The kid is untrusted text of at most JwsVerifier::MaxKidLength characters without control characters:
// compare it, or bind it as an SQL parameter; never build a path, URL or query string from it.
using JwsKeyResolver = std::function<Result<SigningKey>(const QString &kid)>;

// A token whose signature checked out, and the key that checked it.
struct VerifiedJws
{
    DecodedJws token;
    SigningKey key;
};

// Verifies compact JWS tokens. The key decides the algorithm, never the token (RFC 8725 §3.1):
//   1. decode strictly (JwsDecoder);
//   2. alg "none" in any spelling → token_alg_none; an alg Bookwarden does not implement →
//      token_algorithm_not_allowed;
//   3. a crit header naming anything not understood → token_unsupported_crit (nothing is understood by
//      default; the unencoded payload option b64 never is), b64 other than true → token_unsupported_crit;
//   4. kid, when present, must be a non-empty string of at most MaxKidLength characters without control
//      characters (token_malformed); the resolver looks the key up;
//   5. the token's alg must equal the key's algorithm exactly, so an HMAC key never meets an RSA token and
//      an RS256 key never checks PS256 (token_algorithm_not_allowed);
//   6. the signature must verify (token_bad_signature).
// jku, jwk, x5u and x5c headers are never fetched or used: the key comes from the resolver only.
// Claims are checked separately by a ClaimsValidator, or by the verify() overload that takes one.
// A JwsVerifier is immutable after setup and may be used from several threads if its resolver may.
class JwsVerifier
{
public:
    static constexpr qsizetype MaxKidLength = 256;

    explicit JwsVerifier(JwsKeyResolver resolver, JwsLimits limits = {});

    // Header names this verifier's caller processes itself and so may appear in crit. "b64" is ignored.
    void setUnderstoodCriticalHeaders(const QStringList &names);

    Result<VerifiedJws> verify(QByteArrayView token) const;
    // verify(), then the claims; the signature is always checked first.
    Result<VerifiedJws> verify(QByteArrayView token, const ClaimsValidator &claims) const;
    // Steps 2 to 6 for a token decoded already; returns the key that verified it.
    Result<SigningKey> verifyDecoded(const DecodedJws &jws) const;

    // A resolver that answers `key` whatever kid the token names (one configured key, the inspector).
    static JwsKeyResolver singleKey(SigningKey key);
    // A resolver over keys with distinct kids: the key whose kid equals the token's, or, for a token
    // without kid, the only key of the list.
    static JwsKeyResolver keySet(QList<SigningKey> keys);
    // The Error a resolver returns for a kid it does not know.
    static Error unknownKid();

private:
    JwsKeyResolver m_resolver;
    JwsLimits m_limits;
    QStringList m_understoodCritical;
};
