#pragma once

#include "HttpRequest.h"
#include "HttpResponder.h"
#include "HttpResponse.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <type_traits>
#include <vector>

class CorsPolicy;

// Maps method + path pattern to handlers. Built once before the server starts, then shared read-only by
// every worker thread (nothing in it changes after start, so no locks).
//
//   auto router = std::make_shared<HttpRouter>();
//   router->route("GET", "/api/v1/books/{id}", [](HttpRequest &request) {        // answers now
//       return HttpResponse::json(QJsonObject{{"id", request.pathParameter("id")}});
//   });
//   router->route("POST", "/api/v1/books", [](HttpRequest &request, HttpResponder responder) {
//       ... responder.send(...) now or later ...                                   // answers later
//   });
//   if (const Status valid = router->status(); !valid) ...                        // bad patterns
//
// The engine answers what no handler covers: 404 not_found for unknown paths and for every other spelling
// of a known one (a trailing slash, "//", "." segments, encoded unreserved characters: only canonical
// paths are matched, see HttpRequestTarget), 400 for a refused path (".." or an encoded NUL or '/'),
// 405 method_not_allowed with Allow for a known path and another method, HEAD by running the GET handler
// (the body is not sent), OPTIONS with Allow (and CORS preflights). Every such answer has a JSON error
// body.
class HttpRouter
{
public:
    using Handler = std::function<void(HttpRequest &, HttpResponder)>;
    using SyncHandler = std::function<HttpResponse(HttpRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        bool operator==(const Route &other) const = default;
    };

    // `pattern` is a path whose segments are literals or {name} placeholders: "/api/v1/books/{id}".
    // A literal segment beats a placeholder where both match. Mistakes (bad pattern, duplicate route)
    // are collected in status() and make HttpServer::start() fail.
    template<typename Callable>
    HttpRouter &route(QByteArrayView method, const QString &pattern, Callable &&handler)
    {
        if constexpr (std::is_invocable_r_v<HttpResponse, Callable &, HttpRequest &>) {
            return addRoute(method, pattern,
                            [sync = SyncHandler(std::forward<Callable>(handler))](HttpRequest &request,
                                                                                  HttpResponder responder) {
                                responder.send(sync(request));
                            });
        } else {
            static_assert(
                std::is_invocable_v<Callable &, HttpRequest &, HttpResponder>,
                "a route handler is HttpResponse(HttpRequest &) or void(HttpRequest &, HttpResponder)");
            return addRoute(method, pattern, Handler(std::forward<Callable>(handler)));
        }
    }
    HttpRouter &addRoute(QByteArrayView method, const QString &pattern, Handler handler);

    Status status() const;
    // Every registered (method, pattern), sorted by pattern then method; HEAD and OPTIONS are listed
    // only where registered explicitly.
    QList<Route> routes() const;

    // Answers `request` through `responder`: the matching handler, or the engine's own answer.
    void dispatch(HttpRequest &request, HttpResponder responder, const CorsPolicy &cors) const;

private:
    struct Segment
    {
        QString text;
        bool parameter = false;
    };
    struct Resource
    {
        QString pattern;
        QList<Segment> segments;
        QMap<QByteArray, Handler> handlers;
        QByteArray allow;
    };

    const Resource *match(const QStringList &segments, QHash<QString, QString> *parameters) const;
    static QByteArray allowHeader(const QMap<QByteArray, Handler> &handlers);

    std::vector<Resource> m_resources;
    QStringList m_errors;
};
