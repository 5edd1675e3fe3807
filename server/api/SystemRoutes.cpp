#include "SystemRoutes.h"

#include "ApiContext.h"
#include "Backend.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "RequestAuthentication.h"
#include "common/Version.h"
#include "storage/Database.h"
#include "tokens/SigningKeyService.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

namespace SystemRoutes {

QJsonObject openApiDocument()
{
    QJsonObject document
        = QJsonDocument::fromJson(resource(QStringLiteral(":/bookwarden/openapi.json"))).object();
    QJsonObject info = document.value(QStringLiteral("info")).toObject();
    info.insert(QStringLiteral("version"), QLatin1String(Bookwarden::version));
    document.insert(QStringLiteral("info"), info);
    return document;
}

void install(HttpRouter &router, ApiContext &context)
{
    router.route("GET", QStringLiteral("/.well-known/jwks.json"), [&context](HttpRequest &) {
        return HttpResponse::json(context.backend.keys().jwks())
            .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=300"));
    });

    router.route("GET", QStringLiteral("/healthz"), [&context](HttpRequest &) {
        const Status database = context.backend.database().checkHealth();
        if (!database)
            return HttpResponse::json(
                       QJsonObject {{QStringLiteral("status"), QStringLiteral("unavailable")},
                                    {QStringLiteral("database"), QStringLiteral("unavailable")}},
                       503)
                .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        return HttpResponse::json(
            QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("database"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QLatin1String(Bookwarden::version)}});
    });

    // Loopback clients (a local Prometheus or curl on the server itself) or administrators.
    router.route("GET", QStringLiteral("/metrics"), [&context](HttpRequest &request) {
        if (!request.remoteAddress().isLoopback()) {
            const RequestAuthentication::Outcome auth
                = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
            if (auth.refusal)
                return *auth.refusal;
            if (!auth.token->actor.isAdmin())
                return ApiAnswer::error(
                    Error::forbidden(ErrorCode::AdminRequired,
                                     QStringLiteral("Metrics are for administrators and local clients.")));
        }
        HttpResponse response(200);
        response.setBody(context.metrics->prometheusText(), HttpMetrics::prometheusContentType());
        return response;
    });

    router.route("GET", QStringLiteral("/openapi.json"), [](HttpRequest &) {
        static const QByteArray document = QJsonDocument(openApiDocument()).toJson(QJsonDocument::Indented);
        return HttpResponse::jsonBytes(document);
    });

    router.route("GET", QStringLiteral("/"), [](HttpRequest &request) {
        static const QString page
            = QString::fromUtf8(resource(QStringLiteral(":/bookwarden/index.html")))
                  .replace(QLatin1String("{{version}}"), QLatin1String(Bookwarden::version));
        // The parser checked the Host to be a host and port; only a DNS name or an address is shown (no
        // percent-encoding or sub-delimiters in a command meant to be copied into a shell).
        static const QRegularExpression plainHost(
            QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
        const QByteArray sent = request.header("Host");
        const QByteArray host = plainHost.match(QString::fromLatin1(sent)).hasMatch()
            ? sent
            : QByteArrayLiteral("127.0.0.1:8080");
        const QString scheme = request.isSecure() ? QStringLiteral("https") : QStringLiteral("http");
        QString html = page;
        const QString base = scheme + QStringLiteral("://") + QString::fromLatin1(host);
        html.replace(QLatin1String("{{base}}"), base.toHtmlEscaped());
        return HttpResponse::html(html);
    });
}

} // namespace SystemRoutes
