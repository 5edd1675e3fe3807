#pragma once

#include "common/Result.h"
#include "tokens/AccessClaims.h"
#include "tokens/TokenPair.h"
#include "users/ClientInfo.h"

#include <QFuture>

class Database;
class RefreshSessionService;
class RevocationService;
class SecurityEventLog;
class TokenMinter;
class UserService;

// Signing in, staying signed in and signing out: a password (checked by UserService::authenticate, with
// its throttling) opens a refresh session and gives a token pair; a refresh token (rotated by
// RefreshSessionService) gives the next pair; signing out ends the session and revokes the access token.
class SignInService
{
public:
    SignInService(Database &database, UserService &users, RefreshSessionService &sessions,
                  TokenMinter &minter, RevocationService &revocations, SecurityEventLog &events);

    // Username and password → a new session.
    QFuture<Result<TokenPair>> login(const QString &username, const QString &password,
                                     const ClientInfo &client);
    // Exchanges a refresh token for a new pair (the refresh token rotates).
    QFuture<Result<TokenPair>> refresh(const QString &refreshToken, const ClientInfo &client);
    // Ends the token's session and revokes the token itself.
    QFuture<Result<bool>> logout(const AccessClaims &claims, const ClientInfo &client = {});

private:
    struct SessionGrant;
    QFuture<Result<TokenPair>> completePair(const QFuture<Result<SessionGrant>> &granted);

    Database &m_database;
    UserService &m_users;
    RefreshSessionService &m_sessions;
    TokenMinter &m_minter;
    RevocationService &m_revocations;
    SecurityEventLog &m_events;
};
