#pragma once

#include "tokens/TokenPair.h"

#include <QJsonObject>
#include <QString>

class Backend;

// What the token tests share: signing in through the backend, reading a token's parts, and how the server
// judges a token.
namespace TokenAssertions {

inline const QString defaultPassword = QStringLiteral("correct horse battery");

// Signs in from 10.1.1.1; fails the running test (and returns an empty pair) when that is refused.
TokenPair signIn(Backend &backend, const QString &username, const QString &password = defaultPassword);
QJsonObject payloadOf(const QString &token);
QJsonObject headerOf(const QString &token);
// "valid", or the code of the failure ("token_expired", "token_revoked", …).
QString verdictOn(Backend &backend, const QString &token);

} // namespace TokenAssertions
