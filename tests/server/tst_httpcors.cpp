#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QTest>

namespace {
std::shared_ptr<HttpRouter> makeRouter()
{
    auto router = std::make_shared<HttpRouter>();
    // Routes that need credentials, which preflights never carry (browsers send none with them).
    router->route("GET", QStringLiteral("/api/v1/books/{id}"), [](HttpRequest &request) {
        if (request.header("authorization").isEmpty())
            return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Log in first."));
        return HttpResponse::text(QStringLiteral("book")).withHeader("ETag", "\"1\"");
    });
    router->route("PUT", QStringLiteral("/api/v1/books/{id}"), [](HttpRequest &request) {
        if (request.header("authorization").isEmpty())
            return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Log in first."));
        return HttpResponse::noContent();
    });
    return router;
}

HttpServerConfig corsConfig(const QStringList &origins)
{
    HttpServerConfig config = HttpServerFixture::defaultConfig();
    config.corsAllowedOrigins = origins;
    return config;
}

QByteArray preflight(QByteArrayView origin)
{
    return "OPTIONS /api/v1/books/7 HTTP/1.1\r\nHost: x\r\nOrigin: " + origin.toByteArray()
        + "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: authorization, "
          "if-match\r\n\r\n";
}
} // namespace

class TestHttpCors : public QObject
{
    Q_OBJECT

private:
    RawHttpClient::Response fetch(HttpServerFixture &fixture, const QByteArray &request)
    {
        RawHttpClient client;
        if (!client.connectTo(fixture.port()))
            return {};
        return client.request(request).value_or(RawHttpClient::Response {});
    }

private slots:
    void preflightFromAnAllowedOrigin()
    {
        HttpServerFixture fixture(makeRouter(), corsConfig({QStringLiteral("https://app.example")}));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        const RawHttpClient::Response response = fetch(fixture, preflight("https://app.example"));
        QCOMPARE(response.status, 204);
        QCOMPARE(response.header("access-control-allow-origin"), QByteArray("https://app.example"));
        QCOMPARE(response.header("access-control-allow-methods"), QByteArray("GET, HEAD, PUT, OPTIONS"));
        QCOMPARE(response.header("access-control-allow-headers"),
                 QByteArray("Authorization, Content-Type, If-Match, x-access-tokens"));
        QVERIFY(!response.header("access-control-max-age").isEmpty());
        QVERIFY(response.header("vary").contains("Origin"));
        QCOMPARE(response.headerCount("access-control-allow-origin"), 1);
    }

    void preflightFromAnotherOriginGetsNoGrant()
    {
        HttpServerFixture fixture(makeRouter(), corsConfig({QStringLiteral("https://app.example")}));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        const RawHttpClient::Response response = fetch(fixture, preflight("https://evil.example"));
        QCOMPARE(response.status, 204);
        QCOMPARE(response.headerCount("access-control-allow-origin"), 0);
        QCOMPARE(response.headerCount("access-control-allow-methods"), 0);
    }

    void normalResponsesCarryTheGrant_data()
    {
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("expectedGrant");
        QTest::addColumn<bool>("vary");
        const QStringList app {QStringLiteral("https://app.example")};
        QTest::newRow("allowed") << app << QByteArray("https://app.example")
                                 << QByteArray("https://app.example") << true;
        QTest::newRow("allowed, other case")
            << app << QByteArray("HTTPS://APP.example") << QByteArray("HTTPS://APP.example") << true;
        QTest::newRow("not allowed") << app << QByteArray("https://evil.example") << QByteArray() << true;
        QTest::newRow("no Origin") << app << QByteArray() << QByteArray() << true;
        QTest::newRow("null origin") << QStringList {QStringLiteral("*")} << QByteArray("null")
                                     << QByteArray() << true;
        QTest::newRow("any origin") << QStringList {QStringLiteral("*")}
                                    << QByteArray("http://localhost:3000")
                                    << QByteArray("http://localhost:3000") << true;
        QTest::newRow("CORS off") << QStringList() << QByteArray("https://app.example") << QByteArray()
                                  << false;
    }
    void normalResponsesCarryTheGrant()
    {
        QFETCH(QStringList, allowed);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, expectedGrant);
        QFETCH(bool, vary);
        HttpServerFixture fixture(makeRouter(), corsConfig(allowed));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        const QByteArray originHeader = origin.isEmpty() ? QByteArray() : "Origin: " + origin + "\r\n";
        // Errors carry it too, or browsers hide the error body from the page.
        for (const QByteArray &auth : {QByteArray("Authorization: Bearer t\r\n"), QByteArray()}) {
            const RawHttpClient::Response response
                = fetch(fixture, RawHttpClient::get("/api/v1/books/1", originHeader + auth));
            QCOMPARE(response.status, auth.isEmpty() ? 401 : 200);
            QCOMPARE(response.header("access-control-allow-origin"), expectedGrant);
            QCOMPARE(response.header("vary").contains("Origin"), vary);
            if (!expectedGrant.isEmpty())
                QCOMPARE(response.header("access-control-expose-headers"),
                         QByteArray("ETag, Location, Retry-After"));
            else
                QCOMPARE(response.headerCount("access-control-expose-headers"), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpCors)
#include "tst_httpcors.moc"
