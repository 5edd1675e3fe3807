#include "HttpResponse.h"

#include <QJsonDocument>

HttpResponse::HttpResponse(int status)
    : m_status(status)
{ }

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return jsonBytes(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return jsonBytes(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::jsonBytes(QByteArray json, int status)
{
    HttpResponse response(status);
    response.setBody(std::move(json), QByteArrayLiteral("application/json"));
    return response;
}

HttpResponse HttpResponse::html(const QString &html, int status)
{
    HttpResponse response(status);
    response.setBody(html.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"));
    return response;
}

HttpResponse HttpResponse::text(const QString &text, int status)
{
    HttpResponse response(status);
    response.setBody(text.toUtf8(), QByteArrayLiteral("text/plain; charset=utf-8"));
    return response;
}

HttpResponse HttpResponse::noContent()
{
    return HttpResponse(204);
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QMap<QString, QString> &fields)
{
    QJsonObject body {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonObject fieldMessages;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldMessages.insert(it.key(), it.value());
        body.insert(QStringLiteral("fields"), fieldMessages);
    }
    return json(body, status);
}

void HttpResponse::setBody(QByteArray body, QByteArray contentType)
{
    m_body = std::move(body);
    m_contentType = std::move(contentType);
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value) &
{
    m_headers.append(std::move(name), std::move(value));
    return *this;
}

HttpResponse &&HttpResponse::withHeader(QByteArray name, QByteArray value) &&
{
    m_headers.append(std::move(name), std::move(value));
    return std::move(*this);
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}
