#pragma once

#include "tokens/RefreshSession.h"
#include "users/User.h"

#include <QString>

// What a sign-in or a refresh gives the client: a new access token and the session's next refresh token.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    User user;
    RefreshSession session;
};
