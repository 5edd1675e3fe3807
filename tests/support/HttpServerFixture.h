#pragma once

#include "HttpRouter.h"
#include "HttpServer.h"

#include <QString>
#include <QUrl>

#include <memory>

// A real HttpServer on 127.0.0.1 and a free port, for tests of the engine and the API. The default
// configuration is the production one with a single worker; tests shorten timeouts where they test them.
//
//   HttpServerFixture fixture(router);
//   QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
//   RawHttpClient client;
//   QVERIFY(client.connectTo(fixture.port()));
class HttpServerFixture
{
public:
    explicit HttpServerFixture(std::shared_ptr<const HttpRouter> router,
                               HttpServerConfig config = defaultConfig());
    ~HttpServerFixture();

    static HttpServerConfig defaultConfig();

    bool start();
    void stop() { m_server.stop(); }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_server.port(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    HttpServer &server() { return m_server; }
    HttpMetrics &metrics() { return *m_server.metrics(); }

private:
    HttpServer m_server;
    QString m_error;
};
