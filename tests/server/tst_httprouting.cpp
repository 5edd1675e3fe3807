#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <stdexcept>

namespace {
std::shared_ptr<HttpRouter> makeRouter()
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/hello"),
                  [](HttpRequest &) { return HttpResponse::text(QStringLiteral("hello")); });
    router->route("GET", QStringLiteral("/api/v1/books/{id}"), [](HttpRequest &request) {
        return HttpResponse::json(
            QJsonObject {{QStringLiteral("id"), request.pathParameter(QStringLiteral("id"))},
                         {QStringLiteral("route"), request.routePattern()}});
    });
    router->route("POST", QStringLiteral("/api/v1/books/{id}"), [](HttpRequest &request) {
        return HttpResponse::json(QJsonObject {{QStringLiteral("posted"), QString::fromUtf8(request.body())}},
                                  201);
    });
    router->route("DELETE", QStringLiteral("/api/v1/books/{id}"),
                  [](HttpRequest &) { return HttpResponse::noContent(); });
    router->route("GET", QStringLiteral("/api/v1/books/search"), [](HttpRequest &request) {
        return HttpResponse::text(QStringLiteral("search:") + request.queryValue(QStringLiteral("q")));
    });
    router->route("GET", QStringLiteral("/echo/{name}"), [](HttpRequest &request) {
        return HttpResponse::text(request.pathParameter(QStringLiteral("name")));
    });
    // Authentication as the API's routes do it: the handler refuses, or names the caller for the log.
    router->route("GET", QStringLiteral("/private/{thing}"), [](HttpRequest &request) {
        if (request.header("authorization") != "Bearer good")
            return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Who are you?"));
        request.setUserLabel(QStringLiteral("alice"));
        return HttpResponse::text(QStringLiteral("for ") + request.userLabel());
    });
    router->route("GET", QStringLiteral("/throws"),
                  [](HttpRequest &) -> HttpResponse { throw std::runtime_error("boom"); });
    router->route("GET", QStringLiteral("/injection"), [](HttpRequest &) {
        return HttpResponse::text(QStringLiteral("x"))
            .withHeader("X-Good", "yes")
            .withHeader("X-Bad", "a\r\nSet-Cookie: evil=1")
            .withHeader("Content-Length", "999");
    });
    return router;
}

QJsonObject jsonOf(const RawHttpClient::Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}
} // namespace

class TestHttpRouting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServerFixture> m_fixture;

    RawHttpClient::Response fetch(const QByteArray &request)
    {
        RawHttpClient client;
        if (!client.connectTo(m_fixture->port()))
            return {};
        return client.request(request).value_or(RawHttpClient::Response {});
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<HttpServerFixture>(makeRouter());
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void answersWithExplicitTypeAndStandardHeaders()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/hello"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("hello"));
        QCOMPARE(response.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(response.header("content-length"), QByteArray("5"));
        QCOMPARE(response.header("server"), QByteArray("bookwarden"));
        QVERIFY(response.header("date").endsWith(" GMT"));
        QCOMPARE(response.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(response.headerCount("connection"), 0); // keep-alive is HTTP/1.1's default
    }

    void errorsHaveJsonBodies_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown path") << RawHttpClient::get("/nope") << 404 << QStringLiteral("not_found");
        QTest::newRow("unknown deeper path")
            << RawHttpClient::get("/api/v1/books/1/2") << 404 << QStringLiteral("not_found");
        QTest::newRow("wrong method")
            << QByteArray("PUT /api/v1/books/7 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") << 405
            << QStringLiteral("method_not_allowed");
        QTest::newRow("malformed request line")
            << QByteArray("GET  /hello HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << QStringLiteral("bad_request");
        QTest::newRow("dot-dot") << RawHttpClient::get("/api/../hello") << 400
                                 << QStringLiteral("bad_request");
        QTest::newRow("handler refuses")
            << RawHttpClient::get("/private/x") << 401 << QStringLiteral("unauthorized");
        QTest::newRow("handler throws")
            << RawHttpClient::get("/throws") << 500 << QStringLiteral("internal_error");
    }
    void errorsHaveJsonBodies()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        const RawHttpClient::Response response = fetch(request);
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    }

    void methodNotAllowedListsAllowedMethods()
    {
        const RawHttpClient::Response response
            = fetch("PATCH /api/v1/books/7 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET, HEAD, POST, DELETE, OPTIONS"));
    }

    void headRunsGetWithoutSendingTheBody()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto head = client.request("HEAD /api/v1/books/12 HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        const auto get = client.request(RawHttpClient::get("/api/v1/books/12"));
        QVERIFY(get); // had HEAD sent a body, this would read it as the next response's start and fail
        QCOMPARE(get->status, 200);
        QCOMPARE(head->header("content-length"), QByteArray::number(get->body.size()));
        QCOMPARE(head->header("content-type"), get->header("content-type"));
        QVERIFY(head->body.isEmpty());
        QVERIFY(client.pending().isEmpty());
    }

    void optionsAnswersAllow()
    {
        RawHttpClient::Response response = fetch("OPTIONS /api/v1/books/3 HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(response.status, 204);
        QCOMPARE(response.header("allow"), QByteArray("GET, HEAD, POST, DELETE, OPTIONS"));
        QVERIFY(response.header("access-control-allow-origin").isEmpty()); // no CORS configured

        response = fetch("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(response.status, 204);
        QCOMPARE(response.header("allow"), QByteArray("GET, HEAD, POST, DELETE, OPTIONS"));

        response = fetch("OPTIONS /nope HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(response.status, 404);
    }

    void pathParametersAndLiteralsWin_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("parameter") << QByteArray("/api/v1/books/42")
                                   << QByteArray(R"({"id":"42","route":"/api/v1/books/{id}"})");
        QTest::newRow("literal beats parameter")
            << QByteArray("/api/v1/books/search?q=dune") << QByteArray("search:dune");
        QTest::newRow("percent-decoded parameter")
            << QByteArray("/echo/caf%C3%A9%20au%20lait") << QString::fromUtf8("café au lait").toUtf8();
        QTest::newRow("absolute-form target")
            << QByteArray("http://localhost:1/echo/abs") << QByteArray("abs");
    }
    void pathParametersAndLiteralsWin()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const RawHttpClient::Response response = fetch(RawHttpClient::get(path));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, body);
    }

    // One spelling per resource: a second spelling is answered by the engine and never reaches a route,
    // so a reverse-proxy rule about "/hello" cannot be sidestepped by "/hello/" or "/%68ello". The
    // connection stays open: the request was framed correctly, only its path is wrong.
    void aliasesOfAPathAreNotFound_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("trailing slash") << QByteArray("/hello/") << 404;
        QTest::newRow("double slash") << QByteArray("//hello") << 404;
        QTest::newRow("double slash inside") << QByteArray("/api/v1//books/1") << 404;
        QTest::newRow("dot segment") << QByteArray("/./hello") << 404;
        QTest::newRow("dot segment at the end") << QByteArray("/hello/.") << 404;
        QTest::newRow("encoded letter") << QByteArray("/%68ello") << 404;
        QTest::newRow("encoded digit") << QByteArray("/api/v1/books/%31") << 404;
        QTest::newRow("encoded tilde") << QByteArray("/echo/%7E") << 404;
        QTest::newRow("lower-case hex") << QByteArray("/echo/caf%c3%a9") << 404;
        QTest::newRow("empty placeholder") << QByteArray("/api/v1/books/") << 404;
        QTest::newRow("absolute-form alias") << QByteArray("http://h/hello/") << 404;
        QTest::newRow("dot-dot") << QByteArray("/echo/../hello") << 400;
        QTest::newRow("encoded dot-dot") << QByteArray("/echo/%2E%2E") << 400;
        QTest::newRow("encoded dot") << QByteArray("/echo/%2E") << 400;
        QTest::newRow("encoded NUL") << QByteArray("/echo/a%00b") << 400;
        QTest::newRow("encoded slash") << QByteArray("/echo/a%2Fb") << 400;
        QTest::newRow("invalid UTF-8") << QByteArray("/echo/%C3%28") << 400;
    }
    void aliasesOfAPathAreNotFound()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get(target));
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(jsonOf(*response).value(QStringLiteral("error")).toString(),
                 status == 404 ? QStringLiteral("not_found") : QStringLiteral("bad_request"));
        QVERIFY(!response->body.contains("hello")); // no handler ran
        const auto canonical = client.request(RawHttpClient::get("/hello")); // same connection
        QVERIFY(canonical);
        QCOMPARE(canonical->status, 200);
    }

    void postCarriesTheBody()
    {
        const RawHttpClient::Response response
            = fetch("POST /api/v1/books/1 HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
                    "4\r\n\r\nDune");
        QCOMPARE(response.status, 201);
        QCOMPARE(jsonOf(response).value(QStringLiteral("posted")).toString(), QStringLiteral("Dune"));
    }

    void theRequestLogShowsTheUserAHandlerNamed()
    {
        const RawHttpClient::Response response
            = fetch(RawHttpClient::get("/private/x", "Authorization: Bearer good\r\n"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("for alice"));
        // The request log shows who it was.
        const QList<HttpRequestRecord> recent = m_fixture->metrics().recentRequests();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.constLast().userLabel, QStringLiteral("alice"));
        QCOMPARE(recent.constLast().route, QStringLiteral("/private/{thing}"));
    }

    void headerInjectionIsDropped()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/injection"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("x-good"), QByteArray("yes"));
        QCOMPARE(response.headerCount("x-bad"), 0);
        QCOMPARE(response.headerCount("set-cookie"), 0);
        QCOMPARE(response.header("content-length"), QByteArray("1"));
        QCOMPARE(response.body, QByteArray("x"));
    }

    void qnamClientGetsJson()
    {
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(
            manager.get(QNetworkRequest(m_fixture->url(QStringLiteral("/api/v1/books/5")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("5"));
    }

    void listsRegisteredRoutes()
    {
        const QList<HttpRouter::Route> routes = makeRouter()->routes();
        QVERIFY(routes.contains(HttpRouter::Route {"GET", QStringLiteral("/api/v1/books/{id}")}));
        QVERIFY(routes.contains(HttpRouter::Route {"DELETE", QStringLiteral("/api/v1/books/{id}")}));
        QVERIFY(
            !routes.contains(HttpRouter::Route {"HEAD", QStringLiteral("/hello")})); // implicit, not listed
        QCOMPARE(routes.size(), 9);
        QVERIFY(std::is_sorted(routes.cbegin(), routes.cend(), [](const auto &a, const auto &b) {
            return a.pattern != b.pattern ? a.pattern < b.pattern : a.method < b.method;
        }));
    }

    void badRoutesStopTheServerFromStarting_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no leading slash") << QByteArray("GET") << QStringLiteral("books");
        QTest::newRow("repeated placeholder") << QByteArray("GET") << QStringLiteral("/a/{x}/{x}");
        QTest::newRow("bad placeholder") << QByteArray("GET") << QStringLiteral("/a/{1x}");
        QTest::newRow("lower-case method") << QByteArray("get") << QStringLiteral("/a");
        QTest::newRow("duplicate") << QByteArray("GET") << QStringLiteral("/hello");
        QTest::newRow("clashing placeholder names")
            << QByteArray("GET") << QStringLiteral("/api/v1/books/{bookId}");
    }
    void badRoutesStopTheServerFromStarting()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pattern);
        auto router = makeRouter();
        QVERIFY(router->status().ok());
        router->route(method, pattern, [](HttpRequest &) { return HttpResponse::noContent(); });
        QVERIFY(!router->status().ok());
        HttpServerFixture fixture(router);
        QVERIFY(!fixture.start());
        QVERIFY2(fixture.errorString().contains(pattern), qPrintable(fixture.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestHttpRouting)
#include "tst_httprouting.moc"
