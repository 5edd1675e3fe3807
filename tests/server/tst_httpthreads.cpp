#include "HttpServerFixture.h"
#include "RawHttpClient.h"
#include "ReusePortSockets.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {
// What the handlers and hooks saw, shared with the test thread.
struct Journal
{
    QMutex mutex;
    QSet<QThread *> handlerThreads;
    QList<QPair<QThread *, int>> started; // thread, worker index
    QList<QPair<QThread *, int>> finished;
    std::atomic<int> slowStarted {0};
    std::vector<HttpResponder> neverAnswered;
};

std::shared_ptr<HttpRouter> makeRouter(Journal &journal)
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/who"), [&journal](HttpRequest &) {
        QMutexLocker locker(&journal.mutex);
        journal.handlerThreads.insert(QThread::currentThread());
        return HttpResponse::text(QString::number(HttpServer::currentWorkerIndex()));
    });
    router->route("GET", QStringLiteral("/slow"), [&journal](HttpRequest &, HttpResponder responder) {
        ++journal.slowStarted;
        QTimer::singleShot(300, [r = std::move(responder)]() mutable {
            r.send(HttpResponse::text(QStringLiteral("finished")));
        });
    });
    router->route("GET", QStringLiteral("/never"), [&journal](HttpRequest &, HttpResponder responder) {
        QMutexLocker locker(&journal.mutex);
        journal.neverAnswered.push_back(std::move(responder));
        ++journal.slowStarted;
    });
    return router;
}

HttpServerConfig threadsConfig(int threads)
{
    HttpServerConfig config = HttpServerFixture::defaultConfig();
    config.threads = threads;
    return config;
}
} // namespace

class TestHttpThreads : public QObject
{
    Q_OBJECT

private slots:
    void manyConcurrentClientsAreAllAnsweredByEveryWorker()
    {
        Journal journal;
        HttpServerFixture fixture(makeRouter(journal), threadsConfig(2));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));

        constexpr int clients = 64;
        constexpr int rounds = 20;
        std::vector<std::unique_ptr<RawHttpClient>> connections;
        for (int i = 0; i < clients; ++i) {
            connections.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(connections.back()->connectTo(fixture.port()));
        }
        QSet<QByteArray> workersSeen;
        for (int round = 0; round < rounds; ++round) {
            for (auto &client : connections) // every client has a request in flight at once
                QVERIFY(client->send(RawHttpClient::get("/who")));
            for (auto &client : connections) {
                const auto response = client->readResponse();
                QVERIFY(response);
                QCOMPARE(response->status, 200);
                workersSeen.insert(response->body);
            }
        }
        QCOMPARE(fixture.metrics().requestCount(QStringLiteral("/who"), 200), quint64(clients * rounds));
        QCOMPARE(workersSeen, (QSet<QByteArray> {"0", "1"}));
        QMutexLocker locker(&journal.mutex);
        QCOMPARE(journal.handlerThreads.size(), 2);
        QVERIFY(!journal.handlerThreads.contains(QThread::currentThread()));
    }

    void workerHooksRunOncePerThreadOnThatThread()
    {
        Journal journal;
        HttpServerFixture fixture(makeRouter(journal), threadsConfig(3));
        const auto remember = [&journal](QList<QPair<QThread *, int>> Journal::*list) {
            return [&journal, list] {
                QMutexLocker locker(&journal.mutex);
                (journal.*list).append({QThread::currentThread(), HttpServer::currentWorkerIndex()});
            };
        };
        fixture.server().setWorkerHooks(remember(&Journal::started), remember(&Journal::finished));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        {
            QMutexLocker locker(&journal.mutex);
            QCOMPARE(journal.started.size(), 3); // all ran before start() returned
            QVERIFY(journal.finished.isEmpty());
        }
        fixture.stop();
        QMutexLocker locker(&journal.mutex);
        QCOMPARE(journal.finished.size(), 3);
        QSet<QThread *> threads;
        QSet<int> indexes;
        for (const auto &[thread, index] : std::as_const(journal.started)) {
            threads.insert(thread);
            indexes.insert(index);
            QVERIFY(
                journal.finished.contains(QPair<QThread *, int>(thread, index))); // ended on its own thread
        }
        QCOMPARE(threads.size(), 3);
        QVERIFY(!threads.contains(QThread::currentThread()));
        QCOMPARE(indexes, (QSet<int> {0, 1, 2}));
        QCOMPARE(HttpServer::currentWorkerIndex(), -1);
    }

    void startsStopsAndStartsAgain()
    {
        Journal journal;
        HttpServerFixture fixture(makeRouter(journal), threadsConfig(2));
        QSignalSpy running(&fixture.server(), &HttpServer::runningChanged);
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        const quint16 port = fixture.port();
        QVERIFY(fixture.server().urls().contains(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));

        const Result<quint16> twice = fixture.server().start();
        QVERIFY(!twice);
        QCOMPARE(twice.error().codeName(), QStringLiteral("server_running"));

        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        QCOMPARE(client.request(RawHttpClient::get("/who"))->status, 200);
        fixture.stop();
        fixture.stop(); // harmless
        QVERIFY(!fixture.server().isRunning());
        QVERIFY(client.waitForClosed(3000));
        RawHttpClient refused;
        QVERIFY(!refused.connectTo(port, QHostAddress(QHostAddress::LocalHost), 1000));

        // Again, on the same port (the GUI's start/stop toggle).
        HttpServerConfig samePort = threadsConfig(2);
        samePort.port = port;
        fixture.server().setConfig(samePort);
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        QCOMPARE(fixture.port(), port);
        RawHttpClient again;
        QVERIFY(again.connectTo(port));
        QCOMPARE(again.request(RawHttpClient::get("/who"))->status, 200);
        fixture.stop();
        QCOMPARE(running.size(), 4);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

    void stopLetsRequestsInFlightFinish()
    {
        Journal journal;
        HttpServerFixture fixture(makeRouter(journal), threadsConfig(2));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        QVERIFY(client.send(RawHttpClient::get("/slow")));
        QTRY_COMPARE_WITH_TIMEOUT(journal.slowStarted.load(), 1, 5000);
        fixture.stop(); // returns once the answer went out
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("finished"));
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed(3000));
    }

    void stopDoesNotWaitForeverForAForgottenRequest()
    {
        Journal journal;
        HttpServerConfig config = threadsConfig(1);
        config.limits.drainTimeoutMs = 300;
        {
            HttpServerFixture fixture(makeRouter(journal), config);
            QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
            RawHttpClient client;
            QVERIFY(client.connectTo(fixture.port()));
            QVERIFY(client.send(RawHttpClient::get("/never")));
            QTRY_COMPARE_WITH_TIMEOUT(journal.slowStarted.load(), 1, 5000);
            QElapsedTimer elapsed;
            elapsed.start();
            fixture.stop();
            QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
            QVERIFY(client.waitForClosed(3000));
        }
        // The server is gone; answering now reaches nobody and must not crash.
        QMutexLocker locker(&journal.mutex);
        QCOMPARE(journal.neverAnswered.size(), size_t(1));
        QVERIFY(!journal.neverAnswered.front().isConnectionOpen());
        journal.neverAnswered.front().send(HttpResponse::text(QStringLiteral("too late")));
        QVERIFY(!journal.neverAnswered.front().isPending());
    }

    void portInUseIsReported()
    {
        Journal journal;
        HttpServerFixture first(makeRouter(journal), threadsConfig(2));
        QVERIFY2(first.start(), qPrintable(first.errorString()));

        HttpServerConfig config = threadsConfig(2);
        config.port = first.port();
        HttpServerFixture second(makeRouter(journal), config);
        QVERIFY(!second.start()); // another SO_REUSEPORT server: refused, not silently shared
        QVERIFY2(second.errorString().contains(QStringLiteral("already in use")),
                 qPrintable(second.errorString()));

        QTcpServer plain; // a program without SO_REUSEPORT
        QVERIFY(plain.listen(QHostAddress(QHostAddress::LocalHost)));
        config.port = plain.serverPort();
        HttpServerFixture third(makeRouter(journal), config);
        QVERIFY(!third.start());
        const Result<ReusePortSockets> direct
            = ReusePortSockets::open(QHostAddress(QHostAddress::LocalHost), config.port, 1);
        QVERIFY(!direct);
        QCOMPARE(direct.error().codeName(), QStringLiteral("port_in_use"));
    }

    void foreignAddressIsReported()
    {
        const Result<ReusePortSockets> sockets
            = ReusePortSockets::open(QHostAddress(QStringLiteral("192.0.2.7")), 0, 1);
        QVERIFY(!sockets);
        QCOMPARE(sockets.error().codeName(), QStringLiteral("address_not_available"));
    }

    void statusChangesAreSignalled()
    {
        Journal journal;
        HttpServerFixture fixture(makeRouter(journal), threadsConfig(1));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        QSignalSpy status(&fixture.server(), &HttpServer::statusChanged);
        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        QCOMPARE(client.request(RawHttpClient::get("/who"))->status, 200);
        QVERIFY(status.wait(2000));
        QCOMPARE(fixture.server().openConnections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpThreads)
#include "tst_httpthreads.moc"
