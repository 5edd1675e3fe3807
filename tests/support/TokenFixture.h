#pragma once

#include "BackendFixture.h"
#include "tokens/TokenPair.h"

#include <QJsonObject>
#include <QString>

// A BackendFixture with what the token tests ask of it: signing in, how the server judges a token, and a
// token's parts.
class TokenFixture : public BackendFixture
{
public:
    // Signs in from 10.1.1.1 with the fixture's default password; fails the running test (and returns an
    // empty pair) when that is refused.
    TokenPair signIn(const QString &username = QStringLiteral("ann"));
    // "valid", or the code of the failure ("token_expired", "token_revoked", …).
    QString verdictOn(const QString &token);

    static QJsonObject payloadOf(const QString &token);
    static QJsonObject headerOf(const QString &token);
};
