#include "jose/Jwk.h"

#include "jose/Base64Url.h"
#include "jose/StrictJson.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
Error invalidKey(const char *message, QStringList arguments = {})
{
    return Error(ErrorKind::Invalid, ErrorCode::KeyInvalid, QString::fromLatin1(message),
                 std::move(arguments));
}

Error unsupportedKey(const char *message, QStringList arguments = {})
{
    return Error(ErrorKind::Invalid, ErrorCode::KeyUnsupported, QString::fromLatin1(message),
                 std::move(arguments));
}

// Reads an optional string member; false (with *error) when it is there but not a string.
bool readString(const QJsonObject &jwk, QLatin1StringView name, QString *out, Error *error)
{
    const QJsonValue value = jwk.value(name);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *error = invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK member %1 must be a string."), {name});
        return false;
    }
    *out = value.toString();
    return true;
}

// Reads an optional base64url member; false (with *error) when it is there but not strict base64url or
// empty.
bool readBytes(const QJsonObject &jwk, QLatin1StringView name, QByteArray *out, Error *error)
{
    QString text;
    if (!readString(jwk, name, &text, error))
        return false;
    if (!jwk.contains(name))
        return true;
    const std::optional<QByteArray> bytes = Base64Url::decode(text.toLatin1());
    if (!bytes || bytes->isEmpty()) {
        *error = invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK member %1 is not valid base64url."), {name});
        return false;
    }
    *out = *bytes;
    return true;
}

QByteArray withoutLeadingZeros(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i + 1 < bytes.size() && bytes.at(i) == 0)
        ++i;
    return bytes.mid(i);
}

qsizetype coordinateSize(const QString &crv)
{
    if (crv == "P-256"_L1 || crv == "Ed25519"_L1)
        return 32;
    if (crv == "P-384"_L1)
        return 48;
    return 0;
}
} // namespace

Result<JwkComponents> Jwk::parse(const QJsonObject &jwk)
{
    JwkComponents c;
    Error error;
    if (!jwk.value("kty"_L1).isString())
        return invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK has no kty member."));
    c.kty = jwk.value("kty"_L1).toString();

    const bool stringsOk = readString(jwk, "crv"_L1, &c.crv, &error)
        && readString(jwk, "kid"_L1, &c.kid, &error) && readString(jwk, "alg"_L1, &c.alg, &error)
        && readString(jwk, "use"_L1, &c.use, &error);
    if (!stringsOk)
        return error;
    if (jwk.contains("use"_L1) && c.use != "sig"_L1)
        return invalidKey(
            QT_TRANSLATE_NOOP("Error", "The JWK is not meant for signatures (its use is not sig)."));
    if (jwk.contains("key_ops"_L1)) {
        const QJsonValue ops = jwk.value("key_ops"_L1);
        if (!ops.isArray())
            return invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK member %1 must be an array of strings."),
                              {u"key_ops"_s});
        for (const QJsonValue op : ops.toArray()) {
            if (!op.isString())
                return invalidKey(
                    QT_TRANSLATE_NOOP("Error", "The JWK member %1 must be an array of strings."),
                    {u"key_ops"_s});
            c.keyOps.append(op.toString());
        }
        if (!c.keyOps.contains("sign"_L1) && !c.keyOps.contains("verify"_L1))
            return invalidKey(QT_TRANSLATE_NOOP(
                "Error", "The JWK is not meant for signatures (key_ops has neither sign nor verify)."));
    }

    if (c.kty == "RSA"_L1) {
        const bool ok = readBytes(jwk, "n"_L1, &c.n, &error) && readBytes(jwk, "e"_L1, &c.e, &error)
            && readBytes(jwk, "d"_L1, &c.d, &error) && readBytes(jwk, "p"_L1, &c.p, &error)
            && readBytes(jwk, "q"_L1, &c.q, &error) && readBytes(jwk, "dp"_L1, &c.dp, &error)
            && readBytes(jwk, "dq"_L1, &c.dq, &error) && readBytes(jwk, "qi"_L1, &c.qi, &error);
        if (!ok)
            return error;
        if (c.n.isEmpty() || c.e.isEmpty())
            return invalidKey(QT_TRANSLATE_NOOP("Error", "The RSA JWK needs the members n and e."));
        if (jwk.contains("oth"_L1))
            return unsupportedKey(
                QT_TRANSLATE_NOOP("Error", "Multi-prime RSA keys (oth) are not supported."));
        const int crtMembers = int(!c.p.isEmpty()) + int(!c.q.isEmpty()) + int(!c.dp.isEmpty())
            + int(!c.dq.isEmpty()) + int(!c.qi.isEmpty());
        if (crtMembers != 0 && (crtMembers != 5 || c.d.isEmpty()))
            return invalidKey(
                QT_TRANSLATE_NOOP("Error", "The RSA JWK must have d, p, q, dp, dq and qi together."));
        return c;
    }

    if (c.kty == "EC"_L1 || c.kty == "OKP"_L1) {
        if (c.kty == "EC"_L1 && c.crv != "P-256"_L1 && c.crv != "P-384"_L1)
            return unsupportedKey(
                QT_TRANSLATE_NOOP("Error", "Only the curves P-256 and P-384 are supported for EC keys."));
        if (c.kty == "OKP"_L1 && c.crv != "Ed25519"_L1)
            return unsupportedKey(QT_TRANSLATE_NOOP("Error", "Only Ed25519 is supported for OKP keys."));
        const bool ok = readBytes(jwk, "x"_L1, &c.x, &error) && readBytes(jwk, "y"_L1, &c.y, &error)
            && readBytes(jwk, "d"_L1, &c.d, &error);
        if (!ok)
            return error;
        const qsizetype size = coordinateSize(c.crv);
        const bool hasY = c.kty == "EC"_L1;
        if (c.x.size() != size || (hasY ? c.y.size() != size : jwk.contains("y"_L1))
            || (!c.d.isEmpty() && c.d.size() != size))
            return invalidKey(
                QT_TRANSLATE_NOOP("Error", "The JWK coordinates do not have the size of the curve %1."),
                {c.crv});
        return c;
    }

    if (c.kty == "oct"_L1) {
        if (!readBytes(jwk, "k"_L1, &c.k, &error))
            return error;
        if (c.k.isEmpty())
            return invalidKey(QT_TRANSLATE_NOOP("Error", "The oct JWK needs the member k."));
        return c;
    }

    return unsupportedKey(
        QT_TRANSLATE_NOOP("Error", "The JWK key type is not supported (RSA, EC, OKP and oct are)."));
}

QJsonObject Jwk::publicObject(const JwkComponents &c)
{
    QJsonObject jwk;
    if (c.kty == "RSA"_L1) {
        jwk.insert("e"_L1, QString::fromLatin1(Base64Url::encode(withoutLeadingZeros(c.e))));
        jwk.insert("n"_L1, QString::fromLatin1(Base64Url::encode(withoutLeadingZeros(c.n))));
    } else if (c.kty == "EC"_L1) {
        jwk.insert("crv"_L1, c.crv);
        jwk.insert("x"_L1, QString::fromLatin1(Base64Url::encode(c.x)));
        jwk.insert("y"_L1, QString::fromLatin1(Base64Url::encode(c.y)));
    } else if (c.kty == "OKP"_L1) {
        jwk.insert("crv"_L1, c.crv);
        jwk.insert("x"_L1, QString::fromLatin1(Base64Url::encode(c.x)));
    } else {
        return {};
    }
    jwk.insert("kty"_L1, c.kty);
    jwk.insert("use"_L1, u"sig"_s);
    if (!c.kid.isEmpty())
        jwk.insert("kid"_L1, c.kid);
    if (!c.alg.isEmpty())
        jwk.insert("alg"_L1, c.alg);
    return jwk;
}

QString Jwk::thumbprint(const JwkComponents &c)
{
    // Every value is base64url or a fixed name, so no JSON escaping is needed (RFC 7638 §3.3).
    QByteArray json;
    if (c.kty == "RSA"_L1) {
        json = "{\"e\":\"" + Base64Url::encode(withoutLeadingZeros(c.e)) + "\",\"kty\":\"RSA\",\"n\":\""
            + Base64Url::encode(withoutLeadingZeros(c.n)) + "\"}";
    } else if (c.kty == "EC"_L1) {
        json = "{\"crv\":\"" + c.crv.toLatin1() + "\",\"kty\":\"EC\",\"x\":\"" + Base64Url::encode(c.x)
            + "\",\"y\":\"" + Base64Url::encode(c.y) + "\"}";
    } else if (c.kty == "OKP"_L1) {
        json = "{\"crv\":\"" + c.crv.toLatin1() + "\",\"kty\":\"OKP\",\"x\":\"" + Base64Url::encode(c.x)
            + "\"}";
    } else if (c.kty == "oct"_L1) {
        json = "{\"k\":\"" + Base64Url::encode(c.k) + "\",\"kty\":\"oct\"}";
    } else {
        return {};
    }
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(json, QCryptographicHash::Sha256)));
}

Result<QList<QJsonObject>> Jwk::parseDocument(QByteArrayView json)
{
    StrictJson::Failure failure;
    const std::optional<QJsonObject> document = StrictJson::parseObject(json, &failure);
    if (!document)
        return invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK text is not a JSON object: %1 at byte %2."),
                          {StrictJson::describe(failure), QString::number(failure.offset + 1)});
    if (!document->contains("keys"_L1))
        return QList<QJsonObject> {*document};
    const QJsonValue keys = document->value("keys"_L1);
    if (!keys.isArray())
        return invalidKey(QT_TRANSLATE_NOOP("Error", "The JWK Set member keys must be an array of objects."));
    QList<QJsonObject> objects;
    for (const QJsonValue key : keys.toArray()) {
        if (!key.isObject())
            return invalidKey(
                QT_TRANSLATE_NOOP("Error", "The JWK Set member keys must be an array of objects."));
        objects.append(key.toObject());
    }
    return objects;
}
