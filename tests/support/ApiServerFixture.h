#pragma once

#include "ApiServer.h"
#include "BackendFixture.h"
#include "RawHttpClient.h"
#include "ServerOptions.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

// The whole REST server for end-to-end tests: a BackendFixture (temporary SQLite file, cheap Argon2,
// FakeClock) behind a real ApiServer on 127.0.0.1 and a free port, and a keep-alive client that speaks
// JSON to it.
//
//   ApiServerFixture api;
//   QVERIFY2(api.start(), qPrintable(api.errorString()));
//   const QString token = api.login(u"alice"_s, u"correct horse battery"_s);
//   const ApiResponse books = api.call("GET", "/api/v1/books", QByteArray(), token);
//   QCOMPARE(books.status, 200);
struct ApiResponse
{
    int status = 0; // 0: no response (timeout or closed connection)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};

class ApiServerFixture
{
public:
    explicit ApiServerFixture(ServerOptions options = defaultOptions());
    ~ApiServerFixture();

    static ServerOptions defaultOptions(); // 127.0.0.1, port 0, one worker thread

    bool start();
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const;

    BackendFixture &fixture() { return m_backend; }
    Backend &backend() { return m_backend.backend(); }
    ApiServer &server() { return *m_server; }

    // One request on the fixture's keep-alive connection (reconnecting when the server closed it).
    // `body` is sent as-is with Content-Type application/json when not empty; `token` as a Bearer token.
    ApiResponse call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QString &token = {}, const QByteArray &extraHeaders = {});
    ApiResponse call(const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                     const QString &token = {}, const QByteArray &extraHeaders = {});
    // Raw bytes on a fresh connection; the parsed response.
    ApiResponse send(const QByteArray &rawRequest, int timeoutMs = 5000);

    // Creates an account directly in core (asserting success).
    User createUser(const QString &username, Role role = Role::User,
                    const QString &password = defaultPassword());
    // Logs in over the API; the access token, or an empty string (and a test failure) when refused.
    QString login(const QString &username, const QString &password = defaultPassword());
    // Logs in; the whole response body.
    QJsonObject loginResponse(const QString &username, const QString &password = defaultPassword());

    static QString defaultPassword() { return QStringLiteral("correct horse battery"); }

private:
    static ApiResponse fromRaw(const std::optional<RawHttpClient::Response> &raw);

    ServerOptions m_options;
    BackendFixture m_backend;
    std::unique_ptr<ApiServer> m_server;
    RawHttpClient m_client;
    QString m_error;
};
