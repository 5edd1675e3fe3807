#include "UserRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "ApiRoutes.h"
#include "Backend.h"
#include "JsonRequest.h"
#include "common/Futures.h"
#include "tokens/RefreshSessionService.h"
#include "users/UserService.h"

#include <QJsonArray>

namespace {
HttpResponse userResponse(const User &user, int status = 200)
{
    return HttpResponse::json(QJsonObject {{QStringLiteral("user"), ApiJson::user(user)}}, status);
}

QString userId(const HttpRequest &request)
{
    return request.pathParameter(QStringLiteral("id"));
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

HttpResponse listUsers(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    UserQuery query;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok)
            query.limit = 0; // refused with a field message by core
    }
    query.cursor = request.queryValue(QStringLiteral("cursor"));
    query.text = request.queryValue(QStringLiteral("q"));
    query.countLimit = UserQuery::searchCountLimit; // the bound docs/api.md promises
    const Result<UserPage> page = context.backend.users().list(caller.actor, query);
    if (!page)
        return ApiAnswer::error(page.error());
    return HttpResponse::json(ApiJson::userPage(page.value()));
}

void createUser(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    NewAccount account;
    account.username = fields.text(QStringLiteral("username"));
    account.password = fields.text(QStringLiteral("password"));
    if (const std::optional<Role> role = readRole(fields))
        account.role = *role;
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(context.backend.users().createAccount(caller.actor, account), std::move(responder),
                     [](const User &user) { return userResponse(user, 201); });
}

HttpResponse getUser(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    const Result<User> user = context.backend.users().get(caller.actor, userId(request));
    if (!user)
        return ApiAnswer::error(user.error());
    return userResponse(user.value());
}

void changeUser(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    UserChanges changes;
    changes.role = readRole(fields);
    changes.disabled = fields.boolean(QStringLiteral("disabled"), false);
    const std::optional<QString> password = fields.optionalText(QStringLiteral("password"));
    if (fields.ok() && !changes.role && !changes.disabled && !password)
        fields.fail(QStringLiteral("body"), QStringLiteral("Name role, disabled or password to change."));
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(patchUser(context.backend.users(), caller.actor, userId(request), changes, password),
                     std::move(responder), [](const User &user) { return userResponse(user); });
}

void removeUser(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    ApiAnswer::later(context.backend.users().remove(caller.actor, userId(request)), std::move(responder),
                     [](const User &) { return HttpResponse::noContent(); });
}

// Ends every session of the user and revokes every access token issued to them so far. Who may is core's
// rule (UserService::signOutEverywhere): an administrator for anyone, a user for themselves.
void signOutEverywhere(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                       HttpResponder responder)
{
    ApiAnswer::later(context.backend.users().signOutEverywhere(caller.actor, userId(request)),
                     std::move(responder), [](const User &) { return HttpResponse::noContent(); });
}

HttpResponse listSessions(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    const Result<QList<RefreshSession>> sessions
        = context.backend.sessions().list(caller.actor, request.queryValue(QStringLiteral("user")));
    if (!sessions)
        return ApiAnswer::error(sessions.error());
    QJsonArray items;
    for (const RefreshSession &session : sessions.value())
        items.append(ApiJson::session(session));
    return HttpResponse::json(QJsonObject {{QStringLiteral("items"), items}});
}

void revokeSession(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                   HttpResponder responder)
{
    const QString reason = caller.actor.isAdmin() ? QStringLiteral("admin") : QStringLiteral("user");
    ApiAnswer::later(
        context.backend.sessions().revoke(caller.actor, request.pathParameter(QStringLiteral("id")), reason),
        std::move(responder), [](const RefreshSession &) { return HttpResponse::noContent(); });
}
} // namespace

namespace UserRoutes {

void install(ApiRoutes &routes)
{
    // Creating, changing and removing accounts is for administrators, refused before the body is read.
    routes.route("GET", QStringLiteral("/api/v1/users"), Access::Administrator, listUsers);
    routes.route("POST", QStringLiteral("/api/v1/users"), Access::Administrator, createUser);
    routes.route("GET", QStringLiteral("/api/v1/users/{id}"), Access::SignedIn, getUser);
    routes.route("PATCH", QStringLiteral("/api/v1/users/{id}"), Access::Administrator, changeUser);
    routes.route("DELETE", QStringLiteral("/api/v1/users/{id}"), Access::Administrator, removeUser);
    routes.route("POST", QStringLiteral("/api/v1/users/{id}/sign-out-everywhere"), Access::SignedIn,
                 signOutEverywhere);
    routes.route("GET", QStringLiteral("/api/v1/sessions"), Access::SignedIn, listSessions);
    routes.route("DELETE", QStringLiteral("/api/v1/sessions/{id}"), Access::SignedIn, revokeSession);
}

} // namespace UserRoutes
