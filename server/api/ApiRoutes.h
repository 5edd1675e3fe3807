#pragma once

#include "ApiContext.h"
#include "HttpRequest.h"
#include "HttpResponder.h"
#include "HttpResponse.h"
#include "HttpRouter.h"
#include "common/Result.h"
#include "tokens/AccessClaims.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

// Who may call a route: declared once, where the route is registered.
enum class Access {
    Public, // anyone; no token is looked at
    SignedIn, // a valid access token ("Authorization: Bearer …" or the tutorials' x-access-tokens)
    Administrator, // a valid access token of an administrator (UserRules::checkAdministrator)
    LoopbackOrAdministrator, // a client on this machine as it is, anyone else as Administrator
};

// The REST API's routes on an HttpRouter, each with its Access. The wrapper authenticates before the
// handler runs (401 with WWW-Authenticate for a missing or bad token, the request log's user label set
// for a good one), refuses users on administrator routes with core's one admin_required answer (403)
// before anything of the request is read, and hands the handler the caller:
//
//   ApiRoutes routes(router, context);
//   routes.route("GET", QStringLiteral("/api/v1/users"), Access::Administrator, listUsers);
//
//   HttpResponse listUsers(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller);
//   void createUser(ApiContext &, HttpRequest &, const AuthenticatedToken &caller, HttpResponder responder);
//
// Handlers answer now (returning the response) or later (through the responder). Routes that may have no
// caller (Public, LoopbackOrAdministrator) take the same handlers without the caller.
class ApiRoutes
{
public:
    ApiRoutes(HttpRouter &router, ApiContext &context);

    template<typename Handler>
    void route(QByteArrayView method, const QString &pattern, Access access, Handler handler);

private:
    // The four shapes of a handler: with or without the caller, answering now or later.
    template<typename Handler>
    static constexpr bool answersCallerNow
        = std::is_invocable_r_v<HttpResponse, const Handler &, ApiContext &, HttpRequest &,
                                const AuthenticatedToken &>;
    template<typename Handler>
    static constexpr bool answersCallerLater
        = std::is_invocable_v<const Handler &, ApiContext &, HttpRequest &, const AuthenticatedToken &,
                              HttpResponder>;
    template<typename Handler>
    static constexpr bool answersNow
        = std::is_invocable_r_v<HttpResponse, const Handler &, ApiContext &, HttpRequest &>;
    template<typename Handler>
    static constexpr bool answersLater
        = std::is_invocable_v<const Handler &, ApiContext &, HttpRequest &, HttpResponder>;

    // The verified caller of `request` on a route with `access` (none for public routes and loopback
    // clients), or the refusal to answer instead of the handler.
    static Result<std::optional<AuthenticatedToken>> admit(ApiContext &context, HttpRequest &request,
                                                           Access access);
    static bool alwaysHasCaller(Access access)
    {
        return access == Access::SignedIn || access == Access::Administrator;
    }
    static void refuseCallerlessRoute(QByteArrayView method, const QString &pattern);

    HttpRouter &m_router;
    ApiContext &m_context;
};

template<typename Handler>
void ApiRoutes::route(QByteArrayView method, const QString &pattern, Access access, Handler handler)
{
    static_assert(
        answersCallerNow<
            Handler> || answersCallerLater<Handler> || answersNow<Handler> || answersLater<Handler>,
        "a route handler takes (ApiContext &, HttpRequest &[, const AuthenticatedToken &caller]) and "
        "returns an HttpResponse, or takes an HttpResponder after those and returns nothing");
    if constexpr (answersCallerNow<Handler> || answersCallerLater<Handler>) {
        // A handler that needs the caller on a route that may have none is a programming mistake.
        if (!alwaysHasCaller(access))
            refuseCallerlessRoute(method, pattern);
    }
    ApiContext &context = m_context;
    m_router.addRoute(
        method, pattern,
        [&context, access, handler = std::move(handler)](HttpRequest &request, HttpResponder responder) {
            const Result<std::optional<AuthenticatedToken>> admitted = admit(context, request, access);
            if (!admitted)
                return responder.send(ApiAnswer::error(admitted.error()));
            if constexpr (answersCallerNow<Handler>)
                responder.send(handler(context, request, **admitted));
            else if constexpr (answersCallerLater<Handler>)
                handler(context, request, **admitted, std::move(responder));
            else if constexpr (answersNow<Handler>)
                responder.send(handler(context, request));
            else
                handler(context, request, std::move(responder));
        });
}
