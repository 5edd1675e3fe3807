#include "CorsPolicy.h"

namespace {
void addVary(HttpResponse &response, QByteArrayView field)
{
    const QByteArray vary = response.headers().combinedValue("vary");
    if (response.headers().hasToken("vary", field) || vary.trimmed() == "*")
        return;
    response.headers().set(QByteArrayLiteral("Vary"),
                           vary.isEmpty() ? field.toByteArray() : vary + ", " + field);
}
} // namespace

CorsPolicy::CorsPolicy(const QStringList &allowedOrigins)
{
    for (const QString &origin : allowedOrigins) {
        const QString trimmed = origin.trimmed();
        if (trimmed == QLatin1String("*"))
            m_anyOrigin = true;
        else if (!trimmed.isEmpty())
            m_origins.append(trimmed.toUtf8());
    }
}

bool CorsPolicy::allowsOrigin(QByteArrayView origin) const
{
    if (origin.isEmpty() || origin == "null")
        return false;
    if (m_anyOrigin)
        return true;
    for (const QByteArray &allowed : m_origins) {
        if (HttpHeaders::sameName(allowed, origin)) // scheme and host are case-insensitive
            return true;
    }
    return false;
}

bool CorsPolicy::isPreflight(const HttpRequest &request)
{
    return request.method() == "OPTIONS" && request.headers().contains("origin")
        && request.headers().contains("access-control-request-method");
}

HttpResponse CorsPolicy::preflightResponse(const HttpRequest &request, const QByteArray &allowedMethods) const
{
    HttpResponse response = HttpResponse::noContent();
    response.headers().append(QByteArrayLiteral("Allow"), allowedMethods);
    if (!isEnabled())
        return response;
    const QByteArray origin = request.header("origin");
    if (allowsOrigin(origin)) {
        response.headers().append(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        response.headers().append(QByteArrayLiteral("Access-Control-Allow-Methods"), allowedMethods);
        response.headers().append(QByteArrayLiteral("Access-Control-Allow-Headers"), allowedRequestHeaders());
        response.headers().append(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    }
    addVary(response, "Origin");
    addVary(response, "Access-Control-Request-Method");
    addVary(response, "Access-Control-Request-Headers");
    return response;
}

void CorsPolicy::decorate(QByteArrayView origin, HttpResponse &response) const
{
    if (!isEnabled())
        return;
    addVary(response, "Origin");
    if (!allowsOrigin(origin) || response.headers().contains("access-control-allow-origin"))
        return;
    response.headers().append(QByteArrayLiteral("Access-Control-Allow-Origin"), origin.toByteArray());
    response.headers().append(QByteArrayLiteral("Access-Control-Expose-Headers"), exposedResponseHeaders());
}

QByteArray CorsPolicy::allowedRequestHeaders()
{
    return QByteArrayLiteral("Authorization, Content-Type, If-Match, x-access-tokens");
}

QByteArray CorsPolicy::exposedResponseHeaders()
{
    return QByteArrayLiteral("ETag, Location, Retry-After");
}
