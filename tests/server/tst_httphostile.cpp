#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
constexpr int shortTimeoutMs = 500;

std::shared_ptr<HttpRouter> makeRouter()
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/hello"),
                  [](HttpRequest &) { return HttpResponse::text(QStringLiteral("hello")); });
    router->route("POST", QStringLiteral("/echo"), [](HttpRequest &request) {
        HttpResponse response;
        response.setBody(request.body(), QByteArrayLiteral("application/octet-stream"));
        return response;
    });
    router->route("GET", QStringLiteral("/n/{n}"), [](HttpRequest &request) {
        return HttpResponse::text(request.pathParameter(QStringLiteral("n")));
    });
    return router;
}

HttpServerConfig hostileConfig()
{
    HttpServerConfig config = HttpServerFixture::defaultConfig();
    config.limits.requestTimeoutMs = shortTimeoutMs;
    config.limits.idleTimeoutMs = shortTimeoutMs;
    config.limits.maxConnectionsPerClient = 2000;
    return config;
}

QString errorCodeOf(const RawHttpClient::Response &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toString();
}
} // namespace

class TestHttpHostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServerFixture> m_fixture;

    // After every attack: a new connection still gets a normal answer.
    void expectServerStillAnswers(HttpServerFixture &fixture)
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        const auto response = client.request(RawHttpClient::get("/hello"));
        QVERIFY2(response, "the server no longer answers");
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("hello"));
    }
    void expectServerStillAnswers() { expectServerStillAnswers(*m_fixture); }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<HttpServerFixture>(makeRouter(), hostileConfig());
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void refusesMalformedRequestsAndCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_request");
        QTest::newRow("TLS ClientHello")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400 << bad;
        QTest::newRow("binary garbage") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00", 8) << 400 << bad;
        QTest::newRow("text that is not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400 << bad;
        QTest::newRow("request line without version")
            << QByteArray("GET /hello\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("header without colon")
            << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nAuthorization Bearer t\r\n\r\n") << 400 << bad;
        QTest::newRow("header with space before colon")
            << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nAuthorization : Bearer t\r\n\r\n") << 400 << bad;
        QTest::newRow("folded header")
            << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\t2\r\n\r\n") << 400 << bad;
        QTest::newRow("bare LF") << QByteArray("GET /hello HTTP/1.1\nHost: x\n\n") << 400 << bad;
        QTest::newRow("missing Host") << QByteArray("GET /hello HTTP/1.1\r\n\r\n") << 400 << bad;
        QTest::newRow("smuggling: CL and TE")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n0\r\n\r\n")
            << 400 << bad;
        QTest::newRow("gzip transfer coding, chunked not last")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 400 << bad;
        QTest::newRow("gzip before chunked")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
            << QStringLiteral("not_implemented");
        QTest::newRow("websocket upgrade")
            << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            << 501 << QStringLiteral("upgrade_not_supported");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                        << QStringLiteral("http_version_not_supported");
        QTest::newRow("HTTP/3.0 request line") << QByteArray("GET /hello HTTP/3.0\r\nHost: x\r\n\r\n") << 505
                                               << QStringLiteral("http_version_not_supported");
    }
    void refusesMalformedRequestsAndCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(request);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(errorCodeOf(*response), code);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed(3000));
        expectServerStillAnswers();
    }

    void oversizedHeaderBlockGets431()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        // 20 KiB of headers, all sent before the answer is read: the client must still get the 431
        // rather than a connection reset.
        QByteArray request = "GET /hello HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 20; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'a') + "\r\n";
        request += "\r\n";
        const auto response = client.request(request);
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(errorCodeOf(*response), QStringLiteral("header_fields_too_large"));
        QVERIFY(client.waitForClosed(3000));
        expectServerStillAnswers();
    }

    void endlessHeaderLineGets431()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        QVERIFY(client.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Endless: " + QByteArray(17 * 1024, 'b')));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QVERIFY(client.waitForClosed(3000));
    }

    void oversizedContentLengthGets413BeforeTheBody()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        // Only the head is sent: the answer must come without waiting for two megabytes.
        const auto response
            = client.request("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(errorCodeOf(*response), QStringLiteral("payload_too_large"));
        QVERIFY(client.waitForClosed(3000));
        expectServerStillAnswers();
    }

    void bodyAtTheLimitIsAccepted()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const QByteArray body(HttpLimits().maxBodyBytes, 'z');
        const auto response = client.request("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body.size(), body.size());
    }

    void chunkedBodyIsReassembled()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response
            = client.request("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("Wikipedia"));
        QVERIFY(client.isOpen());
    }

    void slowlorisIsCutAfterTheTimeout()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const QByteArray request
            = "GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 's') + "\r\n\r\n";
        QElapsedTimer elapsed;
        elapsed.start();
        // One byte per 50 ms, each byte well inside the timeout: only the request's total time is too long.
        qsizetype sent = 0;
        while (sent < request.size() && client.isOpen()) {
            QVERIFY(client.send(request.mid(sent++, 1)));
            if (client.socket().waitForReadyRead(50))
                break;
        }
        QVERIFY2(sent < request.size(), "the whole trickled request was accepted");
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QCOMPARE(errorCodeOf(*response), QStringLiteral("request_timeout"));
        QVERIFY(client.waitForClosed(3000));
        QVERIFY2(elapsed.elapsed() >= shortTimeoutMs, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(elapsed.elapsed() < 5 * shortTimeoutMs, qPrintable(QString::number(elapsed.elapsed())));
        expectServerStillAnswers();
    }

    void idleConnectionsAreClosedQuietly()
    {
        RawHttpClient silent;
        QVERIFY(silent.connectTo(m_fixture->port()));
        RawHttpClient done;
        QVERIFY(done.connectTo(m_fixture->port()));
        QCOMPARE(done.request(RawHttpClient::get("/hello"))->status, 200);
        QVERIFY(silent.waitForClosed(5 * shortTimeoutMs));
        QVERIFY(done.waitForClosed(5 * shortTimeoutMs));
        QVERIFY(silent.pending().isEmpty()); // closed without a 408: there was no request
        QVERIFY(done.pending().isEmpty());
    }

    void expectContinueIsAnsweredBeforeTheBody()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        QVERIFY(client.send(
            "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        QVERIFY(client.send("hello"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("hello"));
    }

    void expectContinueWithTooLargeABodyGets413()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(
            "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 413); // final answer, no 100 before it
        QVERIFY(client.waitForClosed(3000));
        QVERIFY(client.pending().isEmpty());
    }

    void connectionCloseIsHonoured()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get("/hello", "Connection: close\r\n"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed(3000));
    }

    void http10ClosesUnlessKeepAliveAsked()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        auto response = client.request("GET /hello HTTP/1.0\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->statusLine, QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(client.waitForClosed(3000));

        RawHttpClient keepAlive;
        QVERIFY(keepAlive.connectTo(m_fixture->port()));
        response = keepAlive.request("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->header("connection"), QByteArray("keep-alive"));
        response = keepAlive.request("GET /n/2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("2"));
    }

    void manyPipelinedRequestsAreAllAnsweredInOrder()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        QByteArray burst;
        const int count = 200; // several times the pipelining cap
        for (int i = 0; i < count; ++i)
            burst += RawHttpClient::get("/n/" + QByteArray::number(i));
        QVERIFY(client.send(burst));
        for (int i = 0; i < count; ++i) {
            const auto response = client.readResponse();
            QVERIFY2(response, qPrintable(QStringLiteral("response %1 missing").arg(i)));
            QCOMPARE(response->body, QByteArray::number(i));
        }
    }

    void connectionCapsAnswer503_data()
    {
        QTest::addColumn<int>("perClient");
        QTest::addColumn<int>("total");
        QTest::addColumn<QStringList>("sources"); // one client address per connection; the last is refused
        QTest::newRow("per client") << 2 << 100
                                    << QStringList {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("127.0.0.1")};
        QTest::newRow("total") << 5 << 3
                               << QStringList {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3"),
                                               QStringLiteral("127.0.0.4"), QStringLiteral("127.0.0.5")};
    }
    void connectionCapsAnswer503()
    {
        QFETCH(int, perClient);
        QFETCH(int, total);
        QFETCH(QStringList, sources);
        HttpServerConfig config = HttpServerFixture::defaultConfig();
        config.limits.maxConnectionsPerClient = perClient;
        config.limits.maxConnections = total;
        HttpServerFixture fixture(makeRouter(), config);
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));

        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            auto client = std::make_unique<RawHttpClient>();
            QVERIFY(client->socket().bind(QHostAddress(sources[i])));
            QVERIFY(client->connectTo(fixture.port()));
            const auto response = client->request(RawHttpClient::get("/hello"));
            QVERIFY(response);
            if (i + 1 < sources.size()) {
                QCOMPARE(response->status, 200);
            } else {
                QCOMPARE(response->status, 503);
                QCOMPARE(errorCodeOf(*response), QStringLiteral("too_many_connections"));
                QCOMPARE(response->header("retry-after"), QByteArray("1"));
                QVERIFY(client->waitForClosed(3000));
            }
            clients.push_back(std::move(client));
        }
        // A freed slot is usable again.
        clients.front()->close();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.server().openConnections(), qMin(perClient, total) - 1, 5000);
        RawHttpClient again;
        QVERIFY(again.socket().bind(QHostAddress(sources.constLast())));
        QVERIFY(again.connectTo(fixture.port()));
        QCOMPARE(again.request(RawHttpClient::get("/hello"))->status, 200);
        QVERIFY(fixture.metrics().counterValue("bookwarden_http_connections_rejected_total",
                                               {{"reason", perClient < total ? "per_client" : "total"}})
                == 1);
    }

    void thousandConnectionsOpenedAndDropped()
    {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 1000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_fixture->port());
            sockets.push_back(std::move(socket));
        }
        for (size_t i = 0; i < sockets.size(); ++i) {
            QVERIFY(sockets[i]->waitForConnected(5000));
            if (i % 3 == 0) // some leave a request half-sent behind
                sockets[i]->write("GET /hello HTTP/1.1\r\nHost: x\r\nX-Half: ");
            else if (i % 3 == 1)
                sockets[i]->write(RawHttpClient::get("/hello"));
            sockets[i]->flush();
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->server().openConnections() >= 900, 10000);
        sockets.clear(); // all dropped at once, answers unread
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server().openConnections(), 0, 10000);
        expectServerStillAnswers();
    }
};

QTEST_GUILESS_MAIN(TestHttpHostile)
#include "tst_httphostile.moc"
