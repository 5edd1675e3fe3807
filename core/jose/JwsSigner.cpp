#include "jose/JwsSigner.h"

#include "jose/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
Error headerError(const char *message)
{
    return Error(ErrorKind::Invalid, ErrorCode::JwsHeaderInvalid, QString::fromLatin1(message));
}

// A JSON string literal with the escaping QJsonDocument applies.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

Result<QByteArray> JwsSigner::sign(const SigningKey &key, const QJsonObject &extraHeader,
                                   const QJsonObject &payload)
{
    if (key.isNull())
        return Error(ErrorKind::Invalid, ErrorCode::KeyInvalid,
                     QStringLiteral(QT_TRANSLATE_NOOP("Error", "The key is empty.")));
    if (!key.hasPrivateKey())
        return Error(ErrorKind::Invalid, ErrorCode::KeyNotPrivate,
                     QStringLiteral(QT_TRANSLATE_NOOP("Error", "A public key cannot sign.")));

    const QString algorithm = JwsAlgorithms::name(key.algorithm());
    QJsonObject rest = extraHeader;
    if (rest.contains("alg"_L1) && rest.take("alg"_L1) != QJsonValue(algorithm))
        return headerError(QT_TRANSLATE_NOOP("Error", "The header alg differs from the key's algorithm."));
    if (rest.contains("crit"_L1) || rest.contains("b64"_L1))
        return headerError(QT_TRANSLATE_NOOP("Error", "The header members crit and b64 are not supported."));

    QString type = u"JWT"_s;
    if (rest.contains("typ"_L1)) {
        const QJsonValue value = rest.take("typ"_L1);
        if (!value.isString())
            return headerError(QT_TRANSLATE_NOOP("Error", "The header typ must be a string."));
        type = value.toString();
    }
    QString kid = key.kid();
    if (rest.contains("kid"_L1)) {
        const QJsonValue value = rest.take("kid"_L1);
        if (!value.isString() || (!kid.isEmpty() && value.toString() != kid))
            return headerError(QT_TRANSLATE_NOOP("Error", "The header kid differs from the key's kid."));
        kid = value.toString();
    }

    QByteArray header = "{\"alg\":" + jsonString(algorithm) + ",\"typ\":" + jsonString(type);
    if (!kid.isEmpty())
        header += ",\"kid\":" + jsonString(kid);
    if (!rest.isEmpty()) {
        const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact); // {...}
        header += ',' + others.mid(1, others.size() - 2);
    }
    header += '}';

    QByteArray token = Base64Url::encode(header) + '.'
        + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const Result<QByteArray> signature = key.sign(token);
    if (!signature)
        return signature.error();
    token += '.' + Base64Url::encode(*signature);
    return token;
}
