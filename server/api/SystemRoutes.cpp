#include "SystemRoutes.h"

#include "ApiContext.h"
#include "ApiRoutes.h"
#include "Backend.h"
#include "HttpMetrics.h"
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

HttpResponse jwks(ApiContext &context, HttpRequest &)
{
    return HttpResponse::json(context.backend.keys().jwks())
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=300"));
}

HttpResponse health(ApiContext &context, HttpRequest &)
{
    const Status database = context.backend.database().checkHealth();
    if (!database)
        return HttpResponse::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("unavailable")},
                                               {QStringLiteral("database"), QStringLiteral("unavailable")}},
                                  503)
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    return HttpResponse::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("database"), QStringLiteral("ok")},
                                           {QStringLiteral("version"), QLatin1String(Bookwarden::version)}});
}

HttpResponse prometheusMetrics(ApiContext &context, HttpRequest &)
{
    HttpResponse response(200);
    response.setBody(context.metrics->prometheusText(), HttpMetrics::prometheusContentType());
    return response;
}

HttpResponse openApi(ApiContext &, HttpRequest &)
{
    static const QByteArray document
        = QJsonDocument(SystemRoutes::openApiDocument()).toJson(QJsonDocument::Indented);
    return HttpResponse::jsonBytes(document);
}

HttpResponse indexPage(ApiContext &, HttpRequest &request)
{
    static const QString page
        = QString::fromUtf8(resource(QStringLiteral(":/bookwarden/index.html")))
              .replace(QLatin1String("{{version}}"), QLatin1String(Bookwarden::version));
    // The parser checked the Host to be a host and port; only a DNS name or an address is shown (no
    // percent-encoding or sub-delimiters in a command meant to be copied into a shell).
    static const QRegularExpression plainHost(
        QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
    const QByteArray sent = request.header("Host");
    const QByteArray host
        = plainHost.match(QString::fromLatin1(sent)).hasMatch() ? sent : QByteArrayLiteral("127.0.0.1:8080");
    const QString scheme = request.isSecure() ? QStringLiteral("https") : QStringLiteral("http");
    QString html = page;
    const QString base = scheme + QStringLiteral("://") + QString::fromLatin1(host);
    html.replace(QLatin1String("{{base}}"), base.toHtmlEscaped());
    return HttpResponse::html(html);
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

void install(ApiRoutes &routes)
{
    routes.route("GET", QStringLiteral("/.well-known/jwks.json"), Access::Public, jwks);
    routes.route("GET", QStringLiteral("/healthz"), Access::Public, health);
    // A local Prometheus or curl on the server itself, or administrators.
    routes.route("GET", QStringLiteral("/metrics"), Access::LoopbackOrAdministrator, prometheusMetrics);
    routes.route("GET", QStringLiteral("/openapi.json"), Access::Public, openApi);
    routes.route("GET", QStringLiteral("/"), Access::Public, indexPage);
}

} // namespace SystemRoutes
