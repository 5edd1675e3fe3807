#include "ApiRoutes.h"

#include "Backend.h"
#include "RequestAuthentication.h"
#include "users/UserRules.h"

ApiRoutes::ApiRoutes(HttpRouter &router, ApiContext &context)
    : m_router(router)
    , m_context(context)
{ }

Result<std::optional<AuthenticatedToken>> ApiRoutes::admit(ApiContext &context, HttpRequest &request,
                                                           Access access)
{
    if (access == Access::Public
        || (access == Access::LoopbackOrAdministrator && request.remoteAddress().isLoopback()))
        return std::optional<AuthenticatedToken>();
    Result<AuthenticatedToken> caller
        = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
    if (!caller)
        return caller.error();
    if (access != Access::SignedIn) {
        if (const Status allowed = UserRules::checkAdministrator(caller->actor); !allowed)
            return allowed.error();
    }
    return std::optional<AuthenticatedToken>(std::move(caller).value());
}

void ApiRoutes::refuseCallerlessRoute(QByteArrayView method, const QString &pattern)
{
    qFatal("%s %s: the handler takes a caller, but the route's access may admit requests without one",
           method.toByteArray().constData(), qPrintable(pattern));
}
