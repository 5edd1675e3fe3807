#pragma once

#include "common/Result.h"
#include "tokens/AccessTokenVerifier.h"
#include "users/ClientInfo.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

class HttpRequest;

// Who sent a request: the access token from "Authorization: Bearer …" or, for clients written against the
// Flask tutorials, the "x-access-tokens" header; and the username and password of HTTP Basic sign-ins.
namespace RequestAuthentication {

QByteArray presentedToken(const HttpRequest &request);

// Verifies the request's token; on success the request's user label is set for the request log. The
// refusals are Unauthorized (answered 401 with WWW-Authenticate), or invalid_request for a token sent
// twice. Only ApiRoutes calls this: a route declares its access where it is registered.
Result<AuthenticatedToken> authenticate(const AccessTokenVerifier &tokens, HttpRequest &request);

// "Authorization: Basic base64(username:password)", when present and well-formed.
std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request);

ClientInfo clientOf(const HttpRequest &request);

} // namespace RequestAuthentication
