#pragma once

#include "users/Actor.h"
#include "users/Role.h"

#include <QJsonObject>
#include <QString>

// What a verified access token says (RFC 9068 JWT: typ at+jwt; iss, aud, sub, name, role, iat, nbf, exp,
// jti, sid), and who it speaks for.
struct AccessClaims
{
    // The JOSE header "typ" of every access token Bookwarden issues and accepts.
    inline static const QString tokenType = QStringLiteral("at+jwt");

    QString subject; // the user's public id
    QString username;
    Role role = Role::User;
    QString jti;
    QString sessionId; // empty for minted tokens
    qint64 issuedAt = 0; // seconds since the epoch
    qint64 expiresAt = 0;
    QString kid;
    QJsonObject payload;
};

struct AuthenticatedToken
{
    AccessClaims claims;
    Actor actor;
};
