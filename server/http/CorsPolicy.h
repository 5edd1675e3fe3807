#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Cross-origin resource sharing for browser clients on other origins. With no allowed origins (the
// default) the server sends no CORS headers at all and browsers keep cross-origin scripts out.
// "*" allows every origin (the API authenticates with bearer tokens, not cookies, so no credentials
// mode is ever granted).
class CorsPolicy
{
public:
    CorsPolicy() = default;
    explicit CorsPolicy(const QStringList &allowedOrigins);

    bool isEnabled() const { return m_anyOrigin || !m_origins.isEmpty(); }
    bool allowsOrigin(QByteArrayView origin) const;

    // OPTIONS with Origin and Access-Control-Request-Method.
    static bool isPreflight(const HttpRequest &request);
    // 204 with Allow and, for an allowed origin, the Access-Control-Allow-* headers.
    HttpResponse preflightResponse(const HttpRequest &request, const QByteArray &allowedMethods) const;
    // Adds Access-Control-Allow-Origin (for an allowed origin) and Vary: Origin to any response.
    void decorate(QByteArrayView origin, HttpResponse &response) const;

    static QByteArray allowedRequestHeaders();
    static QByteArray exposedResponseHeaders();

private:
    QList<QByteArray> m_origins;
    bool m_anyOrigin = false;
};
