#include "UserRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "Backend.h"
#include "HttpRouter.h"
#include "JsonRequest.h"
#include "RequestAuthentication.h"
#include "common/Futures.h"
#include "tokens/RefreshSessionService.h"
#include "users/UserService.h"

#include <QJsonArray>

namespace {
HttpResponse userResponse(const User &user, int status = 200)
{
    return HttpResponse::json(QJsonObject {{QStringLiteral("user"), ApiJson::user(user)}}, status);
}

// Applies a PATCH's parts one after another: role and status in one change, then a password reset.
QFuture<Result<User>> patchUser(UserService &users, const Actor &actor, const QString &publicId,
                                const UserChanges &changes, const std::optional<QString> &password)
{
    QFuture<Result<User>> changed = users.update(actor, publicId, changes);
    if (!password)
        return changed;
    return Futures::andThen<User>(changed, [&users, actor, publicId, password](const User &) {
        return users.resetPassword(actor, publicId, *password);
    });
}

// Creating and changing accounts is for administrators; refused before the body is read.
std::optional<HttpResponse> unlessAdministrator(const Actor &actor)
{
    if (actor.isAdmin())
        return std::nullopt;
    return ApiAnswer::error(
        Error::forbidden(ErrorCode::AdminRequired, QStringLiteral("This needs an administrator.")));
}

// The optional "role" field: absent, a known role, or a field error.
std::optional<Role> readRole(JsonFields &fields)
{
    const std::optional<QString> name = fields.optionalText(QStringLiteral("role"));
    if (!name)
        return std::nullopt;
    const std::optional<Role> role = Roles::fromName(*name);
    if (!role)
        fields.fail(QStringLiteral("role"), QStringLiteral("The role is \"user\" or \"admin\"."));
    return role;
}
} // namespace

namespace UserRoutes {

void install(HttpRouter &router, ApiContext &context)
{
    router.route("GET", QStringLiteral("/api/v1/users"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        UserQuery query;
        const QString limit = request.queryValue(QStringLiteral("limit"));
        if (!limit.isEmpty()) {
            bool ok = false;
            query.limit = limit.toInt(&ok);
            if (!ok)
                query.limit = 0; // refused with a field message below
        }
        query.cursor = request.queryValue(QStringLiteral("cursor"));
        query.text = request.queryValue(QStringLiteral("q"));
        const Result<UserPage> page = context.backend.users().list(auth.token->actor, query);
        if (!page)
            return ApiAnswer::error(page.error());
        return HttpResponse::json(ApiJson::userPage(page.value()));
    });

    router.route(
        "POST", QStringLiteral("/api/v1/users"), [&context](HttpRequest &request, HttpResponder responder) {
            const RequestAuthentication::Outcome auth
                = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
            if (auth.refusal)
                return responder.send(*auth.refusal);
            if (const std::optional<HttpResponse> refusal = unlessAdministrator(auth.token->actor))
                return responder.send(*refusal);
            const JsonRequest::Body body = JsonRequest::readObject(request);
            if (body.refusal)
                return responder.send(*body.refusal);
            JsonFields fields(body.object);
            NewAccount account;
            account.username = fields.text(QStringLiteral("username"));
            account.password = fields.text(QStringLiteral("password"));
            if (const std::optional<Role> role = readRole(fields))
                account.role = *role;
            if (!fields.ok())
                return responder.send(ApiAnswer::error(fields.error()));
            ApiAnswer::later(context.backend.users().createAccount(auth.token->actor, account),
                             std::move(responder), [](const User &user) { return userResponse(user, 201); });
        });

    router.route("GET", QStringLiteral("/api/v1/users/{id}"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const Result<User> user
            = context.backend.users().get(auth.token->actor, request.pathParameter(QStringLiteral("id")));
        if (!user)
            return ApiAnswer::error(user.error());
        return userResponse(user.value());
    });

    router.route("PATCH", QStringLiteral("/api/v1/users/{id}"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     if (const std::optional<HttpResponse> refusal = unlessAdministrator(auth.token->actor))
                         return responder.send(*refusal);
                     const JsonRequest::Body body = JsonRequest::readObject(request);
                     if (body.refusal)
                         return responder.send(*body.refusal);
                     JsonFields fields(body.object);
                     UserChanges changes;
                     changes.role = readRole(fields);
                     changes.disabled = fields.boolean(QStringLiteral("disabled"), false);
                     const std::optional<QString> password = fields.optionalText(QStringLiteral("password"));
                     if (fields.ok() && !changes.role && !changes.disabled && !password)
                         fields.fail(QStringLiteral("body"),
                                     QStringLiteral("Name role, disabled or password to change."));
                     if (!fields.ok())
                         return responder.send(ApiAnswer::error(fields.error()));
                     ApiAnswer::later(
                         patchUser(context.backend.users(), auth.token->actor,
                                   request.pathParameter(QStringLiteral("id")), changes, password),
                         std::move(responder), [](const User &user) { return userResponse(user); });
                 });

    router.route("DELETE", QStringLiteral("/api/v1/users/{id}"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     ApiAnswer::later(context.backend.users().remove(
                                          auth.token->actor, request.pathParameter(QStringLiteral("id"))),
                                      std::move(responder),
                                      [](const User &) { return HttpResponse::noContent(); });
                 });

    // Ends every session of the user and revokes every access token issued to them so far. Who may is
    // core's rule (UserService::signOutEverywhere): an administrator for anyone, a user for themselves.
    router.route("POST", QStringLiteral("/api/v1/users/{id}/sign-out-everywhere"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     ApiAnswer::later(context.backend.users().signOutEverywhere(
                                          auth.token->actor, request.pathParameter(QStringLiteral("id"))),
                                      std::move(responder),
                                      [](const User &) { return HttpResponse::noContent(); });
                 });

    router.route("GET", QStringLiteral("/api/v1/sessions"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const Result<QList<RefreshSession>> sessions
            = context.backend.sessions().list(auth.token->actor, request.queryValue(QStringLiteral("user")));
        if (!sessions)
            return ApiAnswer::error(sessions.error());
        QJsonArray items;
        for (const RefreshSession &session : sessions.value())
            items.append(ApiJson::session(session));
        return HttpResponse::json(QJsonObject {{QStringLiteral("items"), items}});
    });

    router.route("DELETE", QStringLiteral("/api/v1/sessions/{id}"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     const QString reason
                         = auth.token->actor.isAdmin() ? QStringLiteral("admin") : QStringLiteral("user");
                     ApiAnswer::later(
                         context.backend.sessions().revoke(
                             auth.token->actor, request.pathParameter(QStringLiteral("id")), reason),
                         std::move(responder),
                         [](const RefreshSession &) { return HttpResponse::noContent(); });
                 });
}

} // namespace UserRoutes
