#include "HttpRouter.h"

#include "CorsPolicy.h"
#include "HttpLogging.h"

#include <QRegularExpression>

#include <algorithm>
#include <exception>

namespace {
bool isMethodToken(QByteArrayView method)
{
    if (method.isEmpty())
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

// Placeholders sort after literals, so that the first resource that matches is the most specific one.
bool moreSpecific(const QList<bool> &a, const QList<bool> &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend());
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("There is nothing at this path."));
}
} // namespace

HttpRouter &HttpRouter::addRoute(QByteArrayView method, const QString &pattern, Handler handler)
{
    const auto refuse = [this, method, &pattern](const QString &why) -> HttpRouter & {
        m_errors.append(QStringLiteral("%1 %2: %3").arg(QLatin1String(method), pattern, why));
        return *this;
    };
    if (!isMethodToken(method))
        return refuse(QStringLiteral("the method must be an upper-case token"));
    if (!handler)
        return refuse(QStringLiteral("the handler is empty"));
    if (!pattern.startsWith(QLatin1Char('/')))
        return refuse(QStringLiteral("a pattern starts with '/'"));

    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QList<Segment> segments;
    QStringList parameterNames;
    const QStringList parts = pattern.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty()) {
            if (parts.size() == 1)
                break; // "/" itself
            return refuse(QStringLiteral("empty path segment"));
        }
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString name = part.mid(1, part.size() - 2);
            if (!parameterName.match(name).hasMatch())
                return refuse(QStringLiteral("bad placeholder name '%1'").arg(name));
            if (parameterNames.contains(name))
                return refuse(QStringLiteral("placeholder '%1' appears twice").arg(name));
            parameterNames.append(name);
            segments.append(Segment {name, true});
        } else if (part.contains(QLatin1Char('{')) || part.contains(QLatin1Char('}'))
                   || part == QLatin1String(".") || part == QLatin1String("..")) {
            return refuse(QStringLiteral("bad segment '%1'").arg(part));
        } else {
            segments.append(Segment {part, false});
        }
    }

    const auto sameShape = [&segments](const Resource &resource) {
        if (resource.segments.size() != segments.size())
            return false;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (resource.segments[i].parameter != segments[i].parameter)
                return false;
            if (!segments[i].parameter && resource.segments[i].text != segments[i].text)
                return false;
        }
        return true;
    };
    const auto existing = std::find_if(m_resources.begin(), m_resources.end(), sameShape);
    const QByteArray methodName = method.toByteArray();
    if (existing != m_resources.end()) {
        if (existing->pattern != pattern)
            return refuse(QStringLiteral("clashes with %1").arg(existing->pattern));
        if (existing->handlers.contains(methodName))
            return refuse(QStringLiteral("registered twice"));
        existing->handlers.insert(methodName, std::move(handler));
        existing->allow = allowHeader(existing->handlers);
        return *this;
    }

    Resource resource {pattern, segments, {}, {}};
    resource.handlers.insert(methodName, std::move(handler));
    resource.allow = allowHeader(resource.handlers);
    m_resources.push_back(std::move(resource));
    const auto shapeOf = [](const Resource &r) {
        QList<bool> shape;
        for (const Segment &segment : r.segments)
            shape.append(segment.parameter);
        return shape;
    };
    std::stable_sort(
        m_resources.begin(), m_resources.end(),
        [&shapeOf](const Resource &a, const Resource &b) { return moreSpecific(shapeOf(a), shapeOf(b)); });
    return *this;
}

Status HttpRouter::status() const
{
    if (m_errors.isEmpty())
        return {};
    return Error::internal(QStringLiteral("Invalid routes: %1").arg(m_errors.join(QStringLiteral("; "))));
}

QList<HttpRouter::Route> HttpRouter::routes() const
{
    QList<Route> routes;
    for (const Resource &resource : m_resources) {
        for (auto it = resource.handlers.cbegin(); it != resource.handlers.cend(); ++it)
            routes.append(Route {it.key(), resource.pattern});
    }
    std::sort(routes.begin(), routes.end(), [](const Route &a, const Route &b) {
        return a.pattern != b.pattern ? a.pattern < b.pattern : a.method < b.method;
    });
    return routes;
}

const HttpRouter::Resource *HttpRouter::match(const QStringList &segments,
                                              QHash<QString, QString> *parameters) const
{
    for (const Resource &resource : m_resources) {
        if (resource.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i)
            matches = resource.segments[i].parameter || resource.segments[i].text == segments[i];
        if (!matches)
            continue;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (resource.segments[i].parameter)
                parameters->insert(resource.segments[i].text, segments[i]);
        }
        return &resource;
    }
    return nullptr;
}

void HttpRouter::dispatch(HttpRequest &request, HttpResponder responder, const CorsPolicy &cors) const
{
    const QByteArray method = request.method();
    if (request.rawTarget() == "*") { // OPTIONS * (the parser allows "*" for nothing else)
        QMap<QByteArray, Handler> everything;
        for (const Resource &resource : m_resources) {
            for (auto it = resource.handlers.cbegin(); it != resource.handlers.cend(); ++it)
                everything.insert(it.key(), {});
        }
        responder.send(
            HttpResponse::noContent().withHeader(QByteArrayLiteral("Allow"), allowHeader(everything)));
        return;
    }

    // One spelling per resource: an alias never reaches a route, whatever its segments would match.
    switch (request.pathForm()) {
    case HttpRequestTarget::Form::Canonical:
        break;
    case HttpRequestTarget::Form::Alias:
        responder.send(HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("There is nothing at this path: %1 Paths have one "
                                                          "spelling (see docs/api.md).")
                                               .arg(request.pathProblem())));
        return;
    case HttpRequestTarget::Form::Refused:
        responder.send(HttpResponse::error(400, QStringLiteral("bad_request"), request.pathProblem()));
        return;
    }

    QHash<QString, QString> parameters;
    const Resource *resource = match(request.pathSegments(), &parameters);
    if (!resource) {
        responder.send(notFound());
        return;
    }
    request.setRoute(resource->pattern, std::move(parameters));

    auto handler = resource->handlers.constFind(method);
    if (handler == resource->handlers.cend() && method == "HEAD")
        handler = resource->handlers.constFind(QByteArrayLiteral("GET"));
    if (method == "OPTIONS" && (handler == resource->handlers.cend() || CorsPolicy::isPreflight(request))) {
        if (CorsPolicy::isPreflight(request)) {
            responder.send(cors.preflightResponse(request, resource->allow));
        } else {
            responder.send(HttpResponse::noContent().withHeader(QByteArrayLiteral("Allow"), resource->allow));
        }
        return;
    }
    if (handler == resource->handlers.cend()) {
        responder.send(
            HttpResponse::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("This resource does not support the %1 method.").arg(QLatin1String(method)))
                .withHeader(QByteArrayLiteral("Allow"), resource->allow));
        return;
    }

    // No exception may cross into the event loop; the responder, moved into the handler's parameter,
    // answers 500 when the unwinding destroys it.
    try {
        (*handler)(request, std::move(responder));
    } catch (const std::exception &exception) {
        qCCritical(lcHttp) << "handler for" << method << resource->pattern << "threw:" << exception.what();
    } catch (...) {
        qCCritical(lcHttp) << "handler for" << method << resource->pattern << "threw";
    }
}

QByteArray HttpRouter::allowHeader(const QMap<QByteArray, Handler> &handlers)
{
    static const QList<QByteArray> usualOrder {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
    QList<QByteArray> methods;
    for (const QByteArray &method : usualOrder) {
        if (handlers.contains(method) || (method == "HEAD" && handlers.contains("GET")))
            methods.append(method);
    }
    for (auto it = handlers.cbegin(); it != handlers.cend(); ++it) {
        if (!usualOrder.contains(it.key()) && it.key() != "OPTIONS")
            methods.append(it.key());
    }
    methods.append(QByteArrayLiteral("OPTIONS"));
    return methods.join(", ");
}
