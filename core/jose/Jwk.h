#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The members of one JSON Web Key (RFC 7517; RFC 7518 §6 for RSA, EC and oct; RFC 8037 §2 for OKP),
// with every binary member decoded from base64url. This is the JSON half of key import and export;
// turning components into an OpenSSL key and back is SigningKey's job.
struct JwkComponents
{
    QString kty; // "RSA", "EC", "OKP" or "oct"
    QString crv; // "P-256", "P-384" (EC) or "Ed25519" (OKP)
    QString kid;
    QString alg;
    QString use;
    QStringList keyOps;

    // Public members: n, e (RSA), x, y (EC), x (OKP).
    QByteArray n, e, x, y;
    // Private members: d (RSA, EC, OKP), the RSA CRT members, and k (oct).
    QByteArray d, p, q, dp, dq, qi, k;

    bool hasPrivateMembers() const { return !d.isEmpty() || !k.isEmpty(); }
};

class Jwk
{
public:
    // Decodes and checks one JWK: a supported kty (and crv), every member of the right JSON type and
    // strict base64url, EC and OKP coordinates of exactly the curve's size, either none or all of the RSA
    // CRT members, "use" (when present) equal to "sig" and "key_ops" (when present) naming sign or
    // verify. Errors are ErrorKind::Invalid with code key_invalid or key_unsupported.
    static Result<JwkComponents> parse(const QJsonObject &jwk);

    // The public JWK: kty and the public members in RFC 7638 order, then kid, use "sig" and alg when set.
    // Never d, p, q, dp, dq, qi or k; an empty object for oct keys, which have no public half.
    static QJsonObject publicObject(const JwkComponents &components);

    // The RFC 7638 JWK Thumbprint: base64url(SHA-256) of the required members in lexicographic order.
    static QString thumbprint(const JwkComponents &components);

    // The keys in a JSON document that is either one JWK or a JWK Set ({"keys": [...]}), parsed with
    // StrictJson. Only the document's shape is checked here; each key is checked by parse().
    static Result<QList<QJsonObject>> parseDocument(QByteArrayView json);
};
