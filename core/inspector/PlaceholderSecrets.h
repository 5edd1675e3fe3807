#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// HMAC secrets that tutorials, framework templates and online token debuggers ship as examples. A token
// that verifies with one of them can be forged by anyone who read the same tutorial.
class PlaceholderSecrets
{
public:
    static const QList<QByteArray> &all();

    // The placeholder that produced `signature` over `signingInput` with HS256, HS384 or HS512 (by
    // algorithm name), if any.
    static std::optional<QByteArray> findSigningSecret(const QString &algorithm, QByteArrayView signingInput,
                                                       QByteArrayView signature);
};
