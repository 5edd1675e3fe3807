#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QElapsedTimer>
#include <QTest>

// Signed-in clients first, on a real server: once a connection has carried a verified credential, work for
// anonymous connections is held to HttpLimits::anonymousShare of the worker while authenticated requests
// keep coming. Here the share is 0, so that what waits and what does not shows without timing anything
// finely: an anonymous request that arrives after the anonymous budget is spent is answered only once the
// authenticated traffic has been quiet for a second, while authenticated requests are answered at once.
namespace {

std::shared_ptr<HttpRouter> makeRouter()
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/hello"),
                  [](HttpRequest &) { return HttpResponse::text(QStringLiteral("hello")); });
    // What a real API's authentication does: a verified credential sets the user label.
    router->route("GET", QStringLiteral("/private"), [](HttpRequest &request) {
        if (request.header("authorization") == "Bearer good")
            request.setUserLabel(QStringLiteral("alice"));
        return HttpResponse::text(QStringLiteral("for ") + request.userLabel());
    });
    // Keeps the worker busy for ?ms= milliseconds: anonymous, it spends the anonymous budget.
    router->route("GET", QStringLiteral("/spin"), [](HttpRequest &request) {
        QElapsedTimer timer;
        timer.start();
        const int ms = request.queryValue(QStringLiteral("ms")).toInt();
        while (timer.elapsed() < ms) { }
        return HttpResponse::text(QStringLiteral("spun"));
    });
    return router;
}

HttpServerConfig configWithShare(double share)
{
    HttpServerConfig config = HttpServerFixture::defaultConfig();
    config.limits.anonymousShare = share;
    return config;
}

QByteArray authenticated(const QByteArray &path)
{
    return RawHttpClient::get(path, "Authorization: Bearer good\r\n");
}

} // namespace

class TestHttpAuthenticatedFirst : public QObject
{
    Q_OBJECT

private:
    // A server with the given share, where alice has signed in on her connection and an anonymous client
    // has then spent the budget the limit starts with (5 ms), with 20 ms of work.
    struct Scene
    {
        explicit Scene(double share)
            : fixture(makeRouter(), configWithShare(share))
        { }
        HttpServerFixture fixture;
        RawHttpClient alice;
    };

    static bool setUp(Scene &scene)
    {
        if (!scene.fixture.start() || !scene.alice.connectTo(scene.fixture.port()))
            return false;
        const auto signedIn = scene.alice.request(authenticated("/private"));
        RawHttpClient spinner;
        if (!signedIn || signedIn->body != "for alice" || !spinner.connectTo(scene.fixture.port()))
            return false;
        const auto spun = spinner.request(RawHttpClient::get("/spin?ms=20"));
        return spun && spun->status == 200;
    }

private slots:
    void anonymousWorkWaitsWhileSignedInClientsAreServed()
    {
        Scene scene(0.0);
        QVERIFY(setUp(scene));
        // The next anonymous request waits, while alice is answered at once, again and again.
        RawHttpClient anonymous;
        QVERIFY(anonymous.connectTo(scene.fixture.port()));
        QVERIFY(anonymous.send(RawHttpClient::get("/hello")));
        for (int i = 0; i < 10; ++i) {
            const auto answer = scene.alice.request(authenticated("/private"), 1000);
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
            QVERIFY(!anonymous.readResponse(50)); // not yet
        }
        // A second after alice's last request the limit ends, and the anonymous request is answered.
        const auto late = anonymous.readResponse(3000);
        QVERIFY(late);
        QCOMPARE(late->body, QByteArray("hello"));
    }

    void withoutSignedInClientsAnonymousWorkIsNeverHeld()
    {
        HttpServerFixture fixture(makeRouter(), configWithShare(0.0));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        RawHttpClient spinner;
        QVERIFY(spinner.connectTo(fixture.port()));
        QCOMPARE(spinner.request(RawHttpClient::get("/spin?ms=20"))->status, 200);
        RawHttpClient anonymous;
        QVERIFY(anonymous.connectTo(fixture.port()));
        for (int i = 0; i < 10; ++i) {
            const auto answer = anonymous.request(RawHttpClient::get("/hello"), 1000);
            QVERIFY(answer);
            QCOMPARE(answer->body, QByteArray("hello"));
        }
    }

    void aConnectionThatSignedInOnceIsServedFirstFromThenOn()
    {
        Scene scene(0.0);
        QVERIFY(setUp(scene));
        // Requests without the header on alice's connection are still hers: the connection is trusted.
        for (int i = 0; i < 5; ++i) {
            const auto answer = scene.alice.request(RawHttpClient::get("/hello"), 1000);
            QVERIFY(answer);
            QCOMPARE(answer->body, QByteArray("hello"));
        }
    }

    void aShareOfOneServesEveryoneAlike()
    {
        Scene scene(1.0);
        QVERIFY(setUp(scene));
        RawHttpClient anonymous;
        QVERIFY(anonymous.connectTo(scene.fixture.port()));
        const auto answer = anonymous.request(RawHttpClient::get("/hello"), 1000);
        QVERIFY(answer);
        QCOMPARE(answer->body, QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TestHttpAuthenticatedFirst)
#include "tst_httpauthenticatedfirst.moc"
