#include "TestKeys.h"

#include "jose/Base64Url.h"

#include <QHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutex>

SigningKey TestKeys::key(JwsAlgorithm algorithm)
{
    static QMutex mutex;
    static QHash<int, SigningKey> keys;
    QMutexLocker locker(&mutex);
    auto found = keys.constFind(int(algorithm));
    if (found != keys.constEnd())
        return found.value();
    Result<SigningKey> generated = SigningKey::generate(algorithm);
    if (!generated)
        qFatal("cannot generate a test key: %s", qPrintable(generated.error().message()));
    SigningKey key = generated.value();
    key.setKid(JwsAlgorithms::name(algorithm) + QStringLiteral("-test"));
    keys.insert(int(algorithm), key);
    return key;
}

QJsonObject TestKeys::object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray TestKeys::compact(QByteArrayView headerJson, QByteArrayView payloadJson, QByteArrayView signature)
{
    return Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson) + '.'
        + Base64Url::encode(signature);
}

QByteArray TestKeys::signedCompact(const SigningKey &key, QByteArrayView headerJson,
                                   QByteArrayView payloadJson)
{
    const QByteArray input = Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson);
    const Result<QByteArray> signature = key.sign(input);
    if (!signature)
        qFatal("cannot sign a test token: %s", qPrintable(signature.error().message()));
    return input + '.' + Base64Url::encode(*signature);
}

QByteArray TestKeys::hs256(QByteArrayView secret, QByteArrayView signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), secret.toByteArray(),
                                            QCryptographicHash::Sha256);
}

QByteArray TestKeys::withSegment(const QByteArray &token, int index, const QByteArray &encoded)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = encoded;
    return parts.join('.');
}
