#include "ApiContext.h"
#include "ApiRoutes.h"
#include "BackendFixture.h"
#include "HttpMetrics.h"
#include "HttpServerFixture.h"
#include "JsonRequest.h"
#include "RawHttpClient.h"
#include "storage/Database.h"
#include "tokens/SignInService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

// A route declares its access where it is registered, and ApiRoutes holds the door: public routes answer
// anyone, signed-in routes answer 401 (with the bearer challenge) without a valid token and hand the
// handler its caller, administrator routes answer 403 admin_required to users before the handler reads
// anything of the request.
class TestApiRoutes : public QObject
{
    Q_OBJECT

private:
    BackendFixture m_backend;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<HttpServerFixture> m_server;
    std::atomic<int> m_administratorHandlerRuns {0};
    QByteArray m_userToken;
    QByteArray m_adminToken;

    std::shared_ptr<HttpRouter> makeRouter()
    {
        auto router = std::make_shared<HttpRouter>();
        ApiRoutes routes(*router, *m_context);
        routes.route("GET", u"/open"_s, Access::Public,
                     [](ApiContext &, HttpRequest &) { return HttpResponse::text(u"open to all"_s); });
        routes.route("GET", u"/mine"_s, Access::SignedIn,
                     [](ApiContext &, HttpRequest &, const AuthenticatedToken &caller) {
                         return HttpResponse::text(u"for "_s + caller.claims.username + u" as "_s
                                                   + Roles::name(caller.actor.role));
                     });
        routes.route("POST", u"/administer"_s, Access::Administrator,
                     [this](ApiContext &, HttpRequest &request, const AuthenticatedToken &caller,
                            HttpResponder responder) {
                         ++m_administratorHandlerRuns;
                         const Result<QJsonObject> body = JsonRequest::readObject(request);
                         if (!body)
                             return responder.send(ApiAnswer::error(body.error()));
                         responder.send(HttpResponse::text(u"done by "_s + caller.claims.username));
                     });
        routes.route("GET", u"/local"_s, Access::LoopbackOrAdministrator,
                     [](ApiContext &, HttpRequest &) { return HttpResponse::text(u"local"_s); });
        return router;
    }

    QByteArray loginToken(const QString &username)
    {
        const Result<TokenPair> pair
            = m_backend.backend().signIn().login(username, u"correct horse battery"_s, {}).result();
        return pair ? pair->accessToken.toLatin1() : QByteArray();
    }

    RawHttpClient::Response fetch(const QByteArray &request)
    {
        RawHttpClient client;
        if (!client.connectTo(m_server->port()))
            return {};
        return client.request(request).value_or(RawHttpClient::Response {});
    }

    static QByteArray post(const QByteArray &path, const QByteArray &headers, const QByteArray &body)
    {
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body;
    }

    static QByteArray bearer(const QByteArray &token) { return "Authorization: Bearer " + token + "\r\n"; }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.isOpen(), qPrintable(m_backend.openError()));
        m_context = std::make_unique<ApiContext>(
            ApiContext {m_backend.backend(), std::make_shared<HttpMetrics>(),
                        BookPageCache(m_backend.backend().database().writer())});
        m_server = std::make_unique<HttpServerFixture>(makeRouter());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_backend.createUser(u"ann"_s);
        m_backend.createUser(u"root"_s, Role::Admin);
        m_userToken = loginToken(u"ann"_s);
        m_adminToken = loginToken(u"root"_s);
        QVERIFY(!m_userToken.isEmpty() && !m_adminToken.isEmpty());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_context.reset();
    }

    void aPublicRouteAnswersWithoutAToken()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/open"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("open to all"));
        // Not even a bad token is looked at.
        QCOMPARE(fetch(RawHttpClient::get("/open", bearer("not-a-token"))).status, 200);
    }

    void aSignedInRouteRefusesARequestWithoutAToken()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/mine"));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.body,
                 QByteArray(R"({"error":"token_malformed","message":"No access token was sent; )"
                            R"(use Authorization: Bearer <token>."})"));
        QCOMPARE(response.header("WWW-Authenticate"),
                 QByteArray(R"(Bearer realm="bookwarden", error="invalid_token", error_description="No )"
                            R"(access token was sent; use Authorization: Bearer <token>.")"));
    }

    void aSignedInRouteRefusesABadToken()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/mine", bearer("abc.def.ghi")));
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("WWW-Authenticate")
                    .startsWith(R"(Bearer realm="bookwarden", error="invalid_token")"));
    }

    void aSignedInRouteHandsTheHandlerItsCaller()
    {
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/mine", bearer(m_userToken)));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("for ann as user"));
        // The request log names the caller.
        const QList<HttpRequestRecord> recent = m_server->metrics().recentRequests();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.constLast().userLabel, u"ann"_s);
    }

    void theTutorialsTokenHeaderIsAcceptedButNotTwoTokens()
    {
        const RawHttpClient::Response tutorial
            = fetch(RawHttpClient::get("/mine", "x-access-tokens: " + m_userToken + "\r\n"));
        QCOMPARE(tutorial.status, 200);
        QCOMPARE(tutorial.body, QByteArray("for ann as user"));
        const RawHttpClient::Response both = fetch(
            RawHttpClient::get("/mine", bearer(m_userToken) + "x-access-tokens: " + m_userToken + "\r\n"));
        QCOMPARE(both.status, 400);
        QCOMPARE(QJsonDocument::fromJson(both.body).object().value(u"error"_s).toString(),
                 u"invalid_request"_s);
    }

    void anAdministratorRouteRefusesAUserBeforeReadingTheBody()
    {
        const int runsBefore = m_administratorHandlerRuns;
        const RawHttpClient::Response response = fetch(post("/administer", bearer(m_userToken), "{not json"));
        QCOMPARE(response.status, 403);
        QCOMPARE(response.body,
                 QByteArray(R"({"error":"admin_required","message":"This needs an administrator."})"));
        QCOMPARE(int(m_administratorHandlerRuns), runsBefore);
        // Without a token it is 401, as on any route that needs a caller.
        QCOMPARE(fetch(post("/administer", {}, "{}")).status, 401);
        QCOMPARE(int(m_administratorHandlerRuns), runsBefore);
    }

    void anAdministratorRouteLetsAnAdministratorThrough()
    {
        const RawHttpClient::Response done = fetch(post("/administer", bearer(m_adminToken), "{}"));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.body, QByteArray("done by root"));
        // The handler itself now reads the body.
        const RawHttpClient::Response malformed
            = fetch(post("/administer", bearer(m_adminToken), "{not json"));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(QJsonDocument::fromJson(malformed.body).object().value(u"error"_s).toString(),
                 u"invalid_json"_s);
    }

    void aLoopbackClientNeedsNoTokenOnALoopbackOrAdministratorRoute()
    {
        // (A client on another address is refused as on an administrator route: tst_apisystem's metrics.)
        const RawHttpClient::Response response = fetch(RawHttpClient::get("/local"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("local"));
    }
};

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "tst_apiroutes.moc"
