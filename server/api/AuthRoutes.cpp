#include "AuthRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "Backend.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
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
    std::optional<HttpResponse> refusal;
};

Credentials credentialsOf(const HttpRequest &request, bool basicAllowed)
{
    Credentials credentials;
    if (basicAllowed) {
        if (const auto basic = RequestAuthentication::basicCredentials(request)) {
            credentials.username = basic->first;
            credentials.password = basic->second;
            return credentials;
        }
    }
    const JsonRequest::Body body = JsonRequest::readObject(request);
    if (body.refusal) {
        credentials.refusal = body.refusal;
        return credentials;
    }
    JsonFields fields(body.object);
    credentials.username
        = fields.text(fields.firstPresent({QStringLiteral("username"), QStringLiteral("name")}));
    credentials.password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        credentials.refusal = ApiAnswer::error(fields.error());
    return credentials;
}

void countLogin(ApiContext &context, const Result<TokenPair> &result)
{
    const QByteArray outcome = result.ok()              ? QByteArrayLiteral("ok")
        : result.error().kind() == ErrorKind::Throttled ? QByteArrayLiteral("throttled")
                                                        : QByteArrayLiteral("failed");
    context.metrics->incrementCounter(loginsMetric, {{QByteArrayLiteral("result"), outcome}});
}
} // namespace

namespace AuthRoutes {

void login(ApiContext &context, HttpRequest &request, HttpResponder responder, bool tutorialShape)
{
    const Credentials credentials = credentialsOf(request, true);
    if (credentials.refusal) {
        responder.send(*credentials.refusal);
        return;
    }
    // Counted in a step of its own that passes the result on: a QFuture has room for one continuation
    // only, so a second then() on the same future (ApiAnswer::later's) would silently replace the count.
    QFuture<Result<TokenPair>> pair
        = context.backend.signIn()
              .login(credentials.username, credentials.password, RequestAuthentication::clientOf(request))
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

void install(HttpRouter &router, ApiContext &context)
{
    router.route("POST", QStringLiteral("/api/v1/auth/register"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const JsonRequest::Body body = JsonRequest::readObject(request);
                     if (body.refusal)
                         return responder.send(*body.refusal);
                     JsonFields fields(body.object);
                     const QString username = fields.text(QStringLiteral("username"));
                     const QString password = fields.text(QStringLiteral("password"));
                     if (!fields.ok())
                         return responder.send(ApiAnswer::error(fields.error()));
                     ApiAnswer::later(context.backend.users().registerAccount(
                                          username, password, RequestAuthentication::clientOf(request)),
                                      std::move(responder), [](const User &user) {
                                          return HttpResponse::json(
                                              QJsonObject {{QStringLiteral("user"), ApiJson::user(user)}},
                                              201);
                                      });
                 });

    router.route("POST", QStringLiteral("/api/v1/auth/login"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     login(context, request, std::move(responder), false);
                 });

    router.route("POST", QStringLiteral("/api/v1/auth/refresh"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const JsonRequest::Body body = JsonRequest::readObject(request);
                     if (body.refusal)
                         return responder.send(*body.refusal);
                     JsonFields fields(body.object);
                     const QString refreshToken = fields.text(QStringLiteral("refresh_token"));
                     if (!fields.ok())
                         return responder.send(ApiAnswer::error(fields.error()));
                     ApiAnswer::later(context.backend.signIn().refresh(
                                          refreshToken, RequestAuthentication::clientOf(request)),
                                      std::move(responder), [](const TokenPair &pair) {
                                          return HttpResponse::json(ApiJson::tokenPair(pair));
                                      });
                 });

    router.route("POST", QStringLiteral("/api/v1/auth/logout"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     ApiAnswer::later(context.backend.signIn().logout(
                                          auth.token->claims, RequestAuthentication::clientOf(request)),
                                      std::move(responder), [](bool) { return HttpResponse::noContent(); });
                 });

    router.route("GET", QStringLiteral("/api/v1/auth/me"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const Result<User> user = context.backend.users().get(auth.token->actor, auth.token->actor.publicId);
        if (!user)
            return ApiAnswer::error(user.error());
        return HttpResponse::json(QJsonObject {{QStringLiteral("user"), ApiJson::user(user.value())}});
    });

    router.route("POST", QStringLiteral("/api/v1/auth/password"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     const JsonRequest::Body body = JsonRequest::readObject(request);
                     if (body.refusal)
                         return responder.send(*body.refusal);
                     JsonFields fields(body.object);
                     const QString current = fields.text(QStringLiteral("current_password"));
                     const QString replacement = fields.text(QStringLiteral("new_password"));
                     if (!fields.ok())
                         return responder.send(ApiAnswer::error(fields.error()));
                     // Every other session ends; this one stays, so the client can refresh its way to a new
                     // access token.
                     ApiAnswer::later(
                         context.backend.users().changeOwnPassword(auth.token->actor, current, replacement,
                                                                   auth.token->claims.sessionId),
                         std::move(responder), [](const User &) { return HttpResponse::noContent(); });
                 });

    router.route("POST", QStringLiteral("/api/v1/auth/introspect"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const JsonRequest::Body body = JsonRequest::readObject(request);
        if (body.refusal)
            return *body.refusal;
        JsonFields fields(body.object);
        const QString token = fields.text(QStringLiteral("token"));
        if (!fields.ok())
            return ApiAnswer::error(fields.error());
        return HttpResponse::json(
            context.backend.tokenVerifier().introspect(auth.token->actor, token.toLatin1()));
    });
}

} // namespace AuthRoutes
