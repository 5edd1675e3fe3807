#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// What a handler answers: a status, extra headers, and a body whose content type is always stated (the
// server never guesses one). Content-Length, Content-Type, Date, Server and Connection are written by
// the server; setting them as extra headers has no effect.
class HttpResponse
{
public:
    explicit HttpResponse(int status = 200);

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    // Already serialized JSON (e.g. cached, or built without QJsonDocument for speed).
    static HttpResponse jsonBytes(QByteArray json, int status = 200);
    static HttpResponse html(const QString &html, int status = 200);
    static HttpResponse text(const QString &text, int status = 200);
    static HttpResponse noContent();
    // The API's one error shape: {"error": code, "message": text} plus "fields" (field → message) when
    // given. `code` is a stable machine-readable string, `message` English text for people.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QMap<QString, QString> &fields = {});

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    const QByteArray &body() const { return m_body; }
    QByteArray contentType() const { return m_contentType; }
    void setBody(QByteArray body, QByteArray contentType);

    HttpHeaders &headers() { return m_headers; }
    const HttpHeaders &headers() const { return m_headers; }
    // Adds a header and returns the response, for chaining: HttpResponse::json(o).withHeader("ETag", tag).
    HttpResponse &withHeader(QByteArray name, QByteArray value) &;
    HttpResponse &&withHeader(QByteArray name, QByteArray value) &&;

    static QByteArray reasonPhrase(int status);

private:
    QByteArray m_body;
    QByteArray m_contentType;
    HttpHeaders m_headers;
    int m_status = 200;
};
