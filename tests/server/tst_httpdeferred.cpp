#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QFuture>
#include <QPromise>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {
// Counts what the deferred handlers did, read by the test thread.
struct Observations
{
    std::atomic<int> answeredLate {0};
    std::atomic<int> answeredToNobody {0};
    std::atomic<int> answeredFromOtherThread {0};
};

int delayOf(const HttpRequest &request)
{
    return request.queryValue(QStringLiteral("ms")).toInt();
}

std::shared_ptr<HttpRouter> makeRouter(Observations &seen)
{
    auto router = std::make_shared<HttpRouter>();
    // Answers after ?ms= milliseconds from a timer on the worker thread.
    router->route("GET", QStringLiteral("/later/{name}"),
                  [&seen](HttpRequest &request, HttpResponder responder) {
                      const QString name = request.pathParameter(QStringLiteral("name"));
                      QTimer::singleShot(delayOf(request), [&seen, name, r = std::move(responder)]() mutable {
                          if (!r.isConnectionOpen())
                              ++seen.answeredToNobody;
                          r.send(HttpResponse::text(name));
                          ++seen.answeredLate;
                      });
                  });
    router->route("GET", QStringLiteral("/now/{name}"), [](HttpRequest &request) {
        return HttpResponse::text(request.pathParameter(QStringLiteral("name")));
    });
    // Answers from a thread that is not the connection's.
    router->route("GET", QStringLiteral("/elsewhere"), [&seen](HttpRequest &, HttpResponder responder) {
        QThread *thread = QThread::create([&seen, r = std::move(responder)]() mutable {
            QThread::msleep(20); // the worker has long returned to its event loop
            ++seen.answeredFromOtherThread; // before send(): the client may read the answer at once
            r.send(HttpResponse::text(QStringLiteral("from another thread")));
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
    // A QFuture finished on another thread, continued on the worker thread, as core services do it.
    router->route("GET", QStringLiteral("/future"), [](HttpRequest &, HttpResponder responder) {
        auto promise = std::make_shared<QPromise<int>>();
        QFuture<int> future = promise->future();
        auto *context = new QObject; // lives on this worker thread
        future.then(context, [context, r = std::make_shared<HttpResponder>(std::move(responder))](int value) {
            r->send(HttpResponse::text(QString::number(value)));
            context->deleteLater();
        });
        QThread *producer = QThread::create([promise] {
            promise->start();
            promise->addResult(42);
            promise->finish();
        });
        QObject::connect(producer, &QThread::finished, producer, &QObject::deleteLater);
        producer->start();
    });
    router->route("POST", QStringLiteral("/echo"),
                  [](HttpRequest &request) { return HttpResponse::text(QString::fromUtf8(request.body())); });
    router->route("GET", QStringLiteral("/forgotten"), [](HttpRequest &, HttpResponder) {});
    router->route("GET", QStringLiteral("/twice"), [](HttpRequest &, HttpResponder responder) {
        responder.send(HttpResponse::text(QStringLiteral("first")));
        responder.send(HttpResponse::text(QStringLiteral("second")));
    });
    return router;
}
} // namespace

class TestHttpDeferred : public QObject
{
    Q_OBJECT

private:
    Observations m_seen;
    std::unique_ptr<HttpServerFixture> m_fixture;

    void expectServerStillAnswers()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get("/now/alive"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("alive"));
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<HttpServerFixture>(makeRouter(m_seen));
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void answersAfterATimer()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get("/later/timer?ms=50"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("timer"));
        // The log measured the wait.
        QVERIFY(m_fixture->metrics().recentRequests().constLast().latencyUs >= 40'000);
    }

    void answersFromAnotherThreadAndFromAFuture()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        auto response = client.request(RawHttpClient::get("/elsewhere"));
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("from another thread"));
        QCOMPARE(m_seen.answeredFromOtherThread.load(), 1);
        response = client.request(RawHttpClient::get("/future"));
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("42"));
    }

    void clientHangingUpBeforeTheAnswerHarmsNothing()
    {
        const int before = m_seen.answeredLate.load();
        for (int i = 0; i < 20; ++i) {
            RawHttpClient client;
            QVERIFY(client.connectTo(m_fixture->port()));
            QVERIFY(client.send(RawHttpClient::get("/later/gone?ms=100")));
            client.close();
        }
        // Every handler still ran to its send(), after the clients had gone.
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.answeredLate.load(), before + 20, 5000);
        QVERIFY(m_seen.answeredToNobody.load() >= 1);
        expectServerStillAnswers();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server().openConnections(), 0, 5000);
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        // The first answer is the slowest; all three were sent before any answer.
        const QByteArray pipelined = RawHttpClient::get("/later/first?ms=200")
            + RawHttpClient::get("/now/second") + RawHttpClient::get("/later/third?ms=20");
        QVERIFY(client.send(pipelined));
        for (const QByteArray &expected : {QByteArray("first"), QByteArray("second"), QByteArray("third")}) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->body, expected);
        }
        expectServerStillAnswers();
    }

    // "Expect: 100-continue" pipelined behind a slow request: the interim answer may only go out after the
    // answers owed before it, and only while the client still waits for it. A client that sent its body
    // anyway must never get a "100 Continue" after the final answers: it would read it as the answer to
    // its next request.
    void aLateContinueIsNeverSentOnceTheBodyCameAnyway()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        QVERIFY(client.send(
            RawHttpClient::get("/later/slow?ms=300")
            + "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        QTest::qWait(100); // the head is parsed while the slow answer is still owed
        QVERIFY(client.send("hello"));
        for (const QByteArray &expected : {QByteArray("slow"), QByteArray("hello")}) {
            const auto response = client.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->body, expected);
        }
        QVERIFY(client.send(RawHttpClient::get("/now/next")));
        const auto next = client.readResponse();
        QVERIFY(next);
        QCOMPARE(next->status, 200); // not a stray 100
        QCOMPARE(next->body, QByteArray("next"));
        QVERIFY(client.pending().isEmpty());
    }

    void aContinueOwedBehindASlowAnswerFollowsIt()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        QVERIFY(client.send(
            RawHttpClient::get("/later/slow?ms=200")
            + "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        const auto slow = client.readResponse();
        QVERIFY(slow);
        QCOMPARE(slow->body, QByteArray("slow"));
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        QVERIFY(client.send("hello"));
        const auto echoed = client.readResponse();
        QVERIFY(echoed);
        QCOMPARE(echoed->status, 200);
        QCOMPARE(echoed->body, QByteArray("hello"));
    }

    void aForgottenResponderAnswers500()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get("/forgotten"));
        QVERIFY(response);
        QCOMPARE(response->status, 500);
        QVERIFY(response->body.contains("internal_error"));
        QVERIFY(client.isOpen()); // the connection stays usable
        QCOMPARE(client.request(RawHttpClient::get("/now/after"))->body, QByteArray("after"));
    }

    void onlyTheFirstAnswerCounts()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_fixture->port()));
        const auto response = client.request(RawHttpClient::get("/twice"));
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("first"));
        QCOMPARE(client.request(RawHttpClient::get("/now/next"))->body, QByteArray("next"));
    }
};

QTEST_GUILESS_MAIN(TestHttpDeferred)
#include "tst_httpdeferred.moc"
