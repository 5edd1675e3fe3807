#pragma once

#include "common/Result.h"
#include "jose/SigningKey.h"

#include <QByteArray>
#include <QJsonObject>

// Keys and raw token builders shared by the jose tests. Keys are generated once per test process (RSA
// generation is slow, slower still under the sanitizers).
class TestKeys
{
public:
    // One generated private key per algorithm, with kid "<alg>-test" ("HS256-test").
    static SigningKey key(JwsAlgorithm algorithm);

    // A JSON object parsed with QJsonDocument; the tests use it for well-formed literals only.
    static QJsonObject object(const char *json);

    // header.payload.signature from raw JSON bytes (which need not be valid JSON) and raw signature bytes.
    static QByteArray compact(QByteArrayView headerJson, QByteArrayView payloadJson,
                              QByteArrayView signature);
    // The same, signed with `key` over whatever bytes the header and payload are.
    static QByteArray signedCompact(const SigningKey &key, QByteArrayView headerJson,
                                    QByteArrayView payloadJson);
    // HS256 over raw bytes with any secret, even an empty one or a PEM: how an attacker signs.
    static QByteArray hs256(QByteArrayView secret, QByteArrayView signingInput);

    // Replaces segment `index` (0, 1 or 2) of a compact token with `encoded`.
    static QByteArray withSegment(const QByteArray &token, int index, const QByteArray &encoded);
};

// "code: message" of a failed Result, "" for a successful one: for QVERIFY2, which evaluates its message
// even when the check passes.
template<typename T>
QString explain(const Result<T> &result)
{
    return result.ok() ? QString()
                       : result.error().codeName() + QStringLiteral(": ") + result.error().detailedMessage();
}
