#pragma once

#include "HttpHeaders.h"
#include "HttpRequestTarget.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// One HTTP request as a value the server owns: copied out of the wire, safe to keep after the handler
// returns (a deferred handler may capture it), and free of any reference to the connection.
//
// The path is percent-decoded segment by segment (HttpRequestTarget). Only a canonical path reaches a
// handler: the router answers an alias ("/healthz/", "//healthz", "/%68ealthz") 404 and a refused path
// ("..", an encoded NUL or '/', invalid UTF-8) 400 before matching anything.
class HttpRequest
{
public:
    QByteArray method() const { return m_method; } // upper-case token as sent: "GET", "POST"…
    bool isHead() const { return m_method == "HEAD"; }

    // Decoded, always starting with '/': "/api/v1/books/7".
    QString path() const;
    const QStringList &pathSegments() const { return m_pathSegments; }
    HttpRequestTarget::Form pathForm() const { return m_pathForm; }
    // Why the path is not canonical (English); empty when it is.
    QString pathProblem() const { return m_pathProblem; }
    // The request target exactly as it came on the request line.
    QByteArray rawTarget() const { return m_rawTarget; }
    // The query string still percent-encoded (without '?').
    QByteArray rawQuery() const { return m_rawQuery; }
    QUrlQuery query() const;
    // A query parameter, fully decoded; an empty string when absent.
    QString queryValue(const QString &key) const;

    const HttpHeaders &headers() const { return m_headers; }
    // The first value of a header, looked up case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const { return m_headers.value(name); }
    QList<QByteArray> headerValues(QByteArrayView name) const { return m_headers.values(name); }

    const QByteArray &body() const { return m_body; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }
    bool isSecure() const { return m_secure; }
    int httpMinorVersion() const { return m_minorVersion; } // 0 for HTTP/1.0, 1 for HTTP/1.1
    // Whether the client wants the connection kept open after the answer (HTTP version and Connection).
    bool keepAlive() const { return m_keepAlive; }

    // Filled by the router: the pattern that matched ("/api/v1/books/{id}"; empty when none did) and the
    // values of its {placeholders}.
    QString routePattern() const { return m_routePattern; }
    QString pathParameter(const QString &name) const { return m_pathParameters.value(name); }
    // A {placeholder} holding a row id, in its one spelling: decimal digits without sign, spaces or leading
    // zeros, 1 to 999999999999999999. Anything else ("01", "+1", "1 ", "1e3") is no id.
    std::optional<qint64> idParameter(const QString &name) const;
    const QHash<QString, QString> &pathParameters() const { return m_pathParameters; }

    // Unique within the process run: the worker's number in the top 16 bits, a counter below.
    quint64 id() const { return m_id; }
    QString idText() const;
    // When the request had fully arrived (head and body), in milliseconds since the epoch (UTC).
    qint64 receivedAtMs() const { return m_receivedAtMs; }

    // Who made the request, for the request log (e.g. the user name the API's authentication verified).
    QString userLabel() const { return m_userLabel; }
    void setUserLabel(const QString &label) { m_userLabel = label; }

    // Setters used by the parser and the router; tests use them to build requests.
    void setMethod(QByteArray method) { m_method = std::move(method); }
    void setTarget(QByteArray rawTarget, HttpRequestTarget target);
    void setHeaders(HttpHeaders headers) { m_headers = std::move(headers); }
    HttpHeaders &mutableHeaders() { return m_headers; }
    void setBody(QByteArray body) { m_body = std::move(body); }
    void setHttpMinorVersion(int minor) { m_minorVersion = minor; }
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }
    void setPeer(const QHostAddress &remoteAddress, bool secure);
    void setIdentity(quint64 id, qint64 receivedAtMs);
    void setRoute(QString pattern, QHash<QString, QString> parameters);

private:
    QByteArray m_method;
    QByteArray m_rawTarget;
    QStringList m_pathSegments;
    QByteArray m_rawQuery;
    HttpRequestTarget::Form m_pathForm = HttpRequestTarget::Form::Canonical;
    QString m_pathProblem;
    HttpHeaders m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QString m_routePattern;
    QHash<QString, QString> m_pathParameters;
    QString m_userLabel;
    quint64 m_id = 0;
    qint64 m_receivedAtMs = 0;
    int m_minorVersion = 1;
    bool m_secure = false;
    bool m_keepAlive = true;
};
