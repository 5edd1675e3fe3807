#pragma once

#include "common/Result.h"
#include "jose/SigningKey.h"

#include <QByteArray>
#include <QJsonObject>

// Produces compact JWS tokens (RFC 7515 §7.1).
class JwsSigner
{
public:
    // BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature) with the header members in the
    // order alg, typ, kid, then the rest of extraHeader. alg is the key's algorithm; kid is the key's kid
    // (or extraHeader's when the key has none); typ is extraHeader's, "JWT" when it has none. The payload
    // is serialized as compact JSON.
    //
    // Refused (ErrorKind::Invalid, code jws_header_invalid): an extraHeader alg or kid that contradicts the
    // key, a typ or kid that is not a string, and crit or b64, which would make tokens that
    // JwsVerifier refuses. A key without its private half gives key_not_private.
    static Result<QByteArray> sign(const SigningKey &key, const QJsonObject &extraHeader,
                                   const QJsonObject &payload);
};
