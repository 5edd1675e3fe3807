#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The JWS algorithms Bookwarden signs and verifies (RFC 7518 §3, RFC 8037 §3.1). "none" is deliberately
// not one of them: an unsecured token is never produced and never accepted, in any spelling.
enum class JwsAlgorithm {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    ES256,
    ES384,
    EdDSA, // Ed25519 only
};

namespace JwsAlgorithms {
// Every supported algorithm, in the order above.
QList<JwsAlgorithm> all();

// The registered name ("HS256", "EdDSA").
QString name(JwsAlgorithm algorithm);

// The algorithm with exactly this name. Names are case-sensitive (RFC 7515 §4.1.1): "hs256" is not HS256.
std::optional<JwsAlgorithm> fromName(QStringView name);

// True for "none" in any letter case: the unsecured JWS that RFC 8725 §3.1 tells verifiers to refuse.
bool isNone(QStringView name);

bool isHmac(JwsAlgorithm algorithm);

// The output size in bytes of the algorithm's hash (32 for HS256/RS256/PS256/ES256, 48 for *384, 64 for
// *512 and for EdDSA, whose SHA-512 is internal). For HMAC this is also the minimum secret length.
int hashSize(JwsAlgorithm algorithm);
} // namespace JwsAlgorithms
