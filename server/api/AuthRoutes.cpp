#include "AuthRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "ApiRoutes.h"
#include "Backend.h"
#include "HttpMetrics.h"
#include "JsonRequest.h"
#include "RequestAuthentication.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"
#include "users/UserService.h"

namespace {
const QByteArray loginsMetric = QByteArrayLiteral("bookwarden_logins_total");

// Username and password from a JSON body ({"username"|"name", "password"}) or HTTP Basic.
struct Credentials
{
    QString username;
    QString password;
};

Result<Credentials> credentialsOf(const HttpRequest &request)
{
    if (const auto basic = RequestAuthentication::basicCredentials(request))
        return Credentials {basic->first, basic->second};
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return body.error();
    JsonFields fields(body.value());
    Credentials credentials;
    credentials.username
        = fields.text(fields.firstPresent({QStringLiteral("username"), QStringLiteral("name")}));
    credentials.password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        return fields.error();
    return credentials;
}

void countLogin(ApiContext &context, const Result<TokenPair> &result)
{
    const QByteArray outcome = result.ok()              ? QByteArrayLiteral("ok")
        : result.error().kind() == ErrorKind::Throttled ? QByteArrayLiteral("throttled")
                                                        : QByteArrayLiteral("failed");
    context.metrics->incrementCounter(loginsMetric, {{QByteArrayLiteral("result"), outcome}});
}

void registerAccount(ApiContext &context, HttpRequest &request, HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    const QString username = fields.text(QStringLiteral("username"));
    const QString password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(
        context.backend.users().registerAccount(username, password, RequestAuthentication::clientOf(request)),
        std::move(responder), [](const User &user) {
            return HttpResponse::json(QJsonObject {{QStringLiteral("user"), ApiJson::user(user)}}, 201);
        });
}

void logIn(ApiContext &context, HttpRequest &request, HttpResponder responder)
{
    AuthRoutes::login(context, request, std::move(responder), false);
}

void refresh(ApiContext &context, HttpRequest &request, HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    const QString refreshToken = fields.text(QStringLiteral("refresh_token"));
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(context.backend.signIn().refresh(refreshToken, RequestAuthentication::clientOf(request)),
                     std::move(responder),
                     [](const TokenPair &pair) { return HttpResponse::json(ApiJson::tokenPair(pair)); });
}

void logOut(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
            HttpResponder responder)
{
    ApiAnswer::later(context.backend.signIn().logout(caller.claims, RequestAuthentication::clientOf(request)),
                     std::move(responder), [](bool) { return HttpResponse::noContent(); });
}

HttpResponse me(ApiContext &context, HttpRequest &, const AuthenticatedToken &caller)
{
    const Result<User> user = context.backend.users().get(caller.actor, caller.actor.publicId);
    if (!user)
        return ApiAnswer::error(user.error());
    return HttpResponse::json(QJsonObject {{QStringLiteral("user"), ApiJson::user(user.value())}});
}

void changeOwnPassword(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                       HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    const QString current = fields.text(QStringLiteral("current_password"));
    const QString replacement = fields.text(QStringLiteral("new_password"));
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    // Every other session ends; this one stays, so the client can refresh its way to a new access token.
    ApiAnswer::later(context.backend.users().changeOwnPassword(caller.actor, current, replacement,
                                                               caller.claims.sessionId),
                     std::move(responder), [](const User &) { return HttpResponse::noContent(); });
}

HttpResponse introspect(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return ApiAnswer::error(body.error());
    JsonFields fields(body.value());
    const QString token = fields.text(QStringLiteral("token"));
    if (!fields.ok())
        return ApiAnswer::error(fields.error());
    return HttpResponse::json(context.backend.tokenVerifier().introspect(caller.actor, token.toLatin1()));
}
} // namespace

namespace AuthRoutes {

void login(ApiContext &context, HttpRequest &request, HttpResponder responder, bool tutorialShape)
{
    const Result<Credentials> credentials = credentialsOf(request);
    if (!credentials)
        return responder.send(ApiAnswer::error(credentials.error()));
    // Counted in a step of its own that passes the result on: a QFuture has room for one continuation
    // only, so a second then() on the same future (ApiAnswer::later's) would silently replace the count.
    QFuture<Result<TokenPair>> pair
        = context.backend.signIn()
              .login(credentials->username, credentials->password, RequestAuthentication::clientOf(request))
              .then([&context](const Result<TokenPair> &result) {
                  countLogin(context, result);
                  return result;
              });
    ApiAnswer::later(pair, std::move(responder), [tutorialShape](const TokenPair &tokens) {
        QJsonObject body = ApiJson::tokenPair(tokens);
        if (tutorialShape)
            body.insert(QStringLiteral("token"), tokens.accessToken);
        return HttpResponse::json(body);
    });
}

void install(ApiRoutes &routes)
{
    routes.route("POST", QStringLiteral("/api/v1/auth/register"), Access::Public, registerAccount);
    routes.route("POST", QStringLiteral("/api/v1/auth/login"), Access::Public, logIn);
    routes.route("POST", QStringLiteral("/api/v1/auth/refresh"), Access::Public, refresh);
    routes.route("POST", QStringLiteral("/api/v1/auth/logout"), Access::SignedIn, logOut);
    routes.route("GET", QStringLiteral("/api/v1/auth/me"), Access::SignedIn, me);
    routes.route("POST", QStringLiteral("/api/v1/auth/password"), Access::SignedIn, changeOwnPassword);
    routes.route("POST", QStringLiteral("/api/v1/auth/introspect"), Access::SignedIn, introspect);
}

} // namespace AuthRoutes
