#include "ApiServerFixture.h"
#include "Backend.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "TemporaryPostgres.h"
#include "common/Version.h"
#include "storage/Database.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The routes that describe and watch the server: JWKS, health, metrics, the OpenAPI document, the index
// page, and the engine's own answers for paths and methods nobody handles.
namespace {
QJsonObject tokenHeader(const QString &token)
{
    const QByteArray encoded = token.toLatin1().split('.').value(0);
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(encoded,
                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

// "GET /api/v1/books/{id}" for every operation the OpenAPI document describes.
QSet<QString> documentedOperations(const QJsonObject &document)
{
    static const QStringList methods {u"get"_s,   u"put"_s,  u"post"_s,    u"delete"_s,
                                      u"patch"_s, u"head"_s, u"options"_s, u"trace"_s};
    QSet<QString> operations;
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto member = item.constBegin(); member != item.constEnd(); ++member) {
            if (methods.contains(member.key()))
                operations.insert(member.key().toUpper() + u' ' + path.key());
        }
    }
    return operations;
}

QSet<QString> routedOperations(const HttpRouter &router)
{
    QSet<QString> operations;
    for (const HttpRouter::Route &route : router.routes())
        operations.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
    return operations;
}

QString describe(QSet<QString> operations)
{
    QStringList sorted(operations.cbegin(), operations.cend());
    sorted.sort();
    return sorted.join(u", "_s);
}
} // namespace

class TestApiSystem : public QObject
{
    Q_OBJECT

private slots:
    void jwksListsNoKeysWhileOnlyTheHmacSecretSigns();
    void jwksListsThePublicPartOfAnAsymmetricKeyWhoseKidTheTokensCarry_data();
    void jwksListsThePublicPartOfAnAsymmetricKeyWhoseKidTheTokensCarry();

    void healthReportsTheServerAndTheDatabaseAsOk();
    void healthIs503WhileTheDatabaseFileIsGoneOrReplaced();
    void whilePostgresqlIsDownRequestsAre503AndServiceResumesWhenItIsBack();

    void metricsAreServedInPrometheusTextToLoopbackClients();
    void metricsShowHowTheDatabaseWriterBatchesWrites();
    void overTheNetworkMetricsNeedAnAdministratorsToken();

    void theOpenApiDocumentIsServedAsOpenApi31();
    void theOpenApiDocumentDescribesExactlyTheRoutesTheRouterHas();
    void everyDocumentedOperationIsAnsweredByAHandlerNotTheEngine();

    void theIndexPageNamesTheProductItsVersionAndTheRoutes();

    void anAliasOfAPathIsNotFound_data();
    void anAliasOfAPathIsNotFound();
    void anUnknownPathIsA404WithAJsonError_data();
    void anUnknownPathIsA404WithAJsonError();
    void aKnownPathWithAnotherMethodIsA405WithAllow_data();
    void aKnownPathWithAnotherMethodIsA405WithAllow();
};

void TestApiSystem::jwksListsNoKeysWhileOnlyTheHmacSecretSigns()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const QList<StoredSigningKey> keys = api.backend().keys().keys();
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.first().algorithm == JwsAlgorithm::HS256);

    const ApiResponse jwks = api.call("GET", "/.well-known/jwks.json");
    QCOMPARE(jwks.status, 200);
    QVERIFY(jwks.header("Content-Type").startsWith("application/json"));
    QVERIFY(jwks.json().value(u"keys"_s).isArray());
    QCOMPARE(jwks.json().value(u"keys"_s).toArray().size(), 0);
    // Neither the secret nor even its kid is published.
    QVERIFY(!jwks.body.contains(keys.first().kid.toLatin1()));
    QVERIFY(!jwks.body.contains("\"k\""));
    QVERIFY(!jwks.body.contains("oct"));
}

void TestApiSystem::jwksListsThePublicPartOfAnAsymmetricKeyWhoseKidTheTokensCarry_data()
{
    QTest::addColumn<QString>("algorithmName");
    QTest::addColumn<QString>("keyType");
    QTest::newRow("ES256") << u"ES256"_s << u"EC"_s;
    QTest::newRow("EdDSA") << u"EdDSA"_s << u"OKP"_s;
    QTest::newRow("RS256") << u"RS256"_s << u"RSA"_s;
}

void TestApiSystem::jwksListsThePublicPartOfAnAsymmetricKeyWhoseKidTheTokensCarry()
{
    QFETCH(QString, algorithmName);
    QFETCH(QString, keyType);
    const std::optional<JwsAlgorithm> algorithm = JwsAlgorithms::fromName(algorithmName);
    QVERIFY(algorithm);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QString hmacKid = api.backend().keys().activeKey().kid();
    const QString hmacToken = api.login(u"ann"_s);
    QCOMPARE(tokenHeader(hmacToken).value(u"kid"_s).toString(), hmacKid);

    const Result<StoredSigningKey> generated
        = api.backend().keys().generate(Actor::desktopAdministrator(), *algorithm).result();
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().detailedMessage()));
    const QString token = api.login(u"ann"_s);
    const QJsonObject header = tokenHeader(token);
    QCOMPARE(header.value(u"kid"_s).toString(), generated->kid);
    QCOMPARE(header.value(u"alg"_s).toString(), algorithmName);

    const ApiResponse jwks = api.call("GET", "/.well-known/jwks.json");
    QCOMPARE(jwks.status, 200);
    const QJsonArray keys = jwks.json().value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1); // the HMAC key, though still verifying, stays private
    const QJsonObject jwk = keys.first().toObject();
    QCOMPARE(jwk.value(u"kid"_s).toString(), generated->kid);
    QCOMPARE(jwk.value(u"kty"_s).toString(), keyType);
    QCOMPARE(jwk.value(u"alg"_s).toString(), algorithmName);
    QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
    // RFC 7518 §6: the private members of EC, OKP and RSA keys, and an HMAC key's "k".
    for (const QString &secret : {u"d"_s, u"p"_s, u"q"_s, u"dp"_s, u"dq"_s, u"qi"_s, u"oth"_s, u"k"_s})
        QVERIFY2(!jwk.contains(secret), qPrintable(secret));
    QVERIFY(!jwks.body.contains(hmacKid.toLatin1()));

    // Both tokens still work: the HMAC key went passive, not away.
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), token).status, 200);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), hmacToken).status, 200);
}

void TestApiSystem::healthReportsTheServerAndTheDatabaseAsOk()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse health = api.call("GET", "/healthz");
    QCOMPARE(health.status, 200);
    QVERIFY(health.header("Content-Type").startsWith("application/json"));
    QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.json().value(u"database"_s).toString(), u"ok"_s);
    QCOMPARE(health.json().value(u"version"_s).toString(), QLatin1String(Bookwarden::version));

    const ApiResponse head = api.call("HEAD", "/healthz");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
}

void TestApiSystem::healthIs503WhileTheDatabaseFileIsGoneOrReplaced()
{
    if (BackendFixture::usesPostgresql())
        QSKIP("an SQLite file moved away or replaced; PostgreSQL has no file of its own here");
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const QString path = api.backend().database().filePath();
    const QString aside = path + u".aside"_s;
    QCOMPARE(api.call("GET", "/healthz").status, 200);

    // Moved away: the server still holds the old file open, but whatever it wrote now would be lost.
    QVERIFY(QFile::rename(path, aside));
    const ApiResponse gone = api.call("GET", "/healthz");
    QCOMPARE(gone.status, 503);
    QCOMPARE(gone.json().value(u"status"_s).toString(), u"unavailable"_s);
    QCOMPARE(gone.json().value(u"database"_s).toString(), u"unavailable"_s);
    QCOMPARE(gone.header("Retry-After"), QByteArray("5"));
    QVERIFY(!gone.body.contains(path.toUtf8())); // no file system paths to anonymous clients

    // Put back, it is the same file again.
    QVERIFY(QFile::rename(aside, path));
    QCOMPARE(api.call("GET", "/healthz").status, 200);

    // Replaced by a copy with the same bytes: still not the file the server writes to.
    QVERIFY(QFile::copy(path, aside));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(aside, path));
    QCOMPARE(api.call("GET", "/healthz").status, 503);
}

void TestApiSystem::whilePostgresqlIsDownRequestsAre503AndServiceResumesWhenItIsBack()
{
    if (!BackendFixture::usesPostgresql())
        QSKIP("PostgreSQL stopped under a running server (tst_apisystem_postgresql)");
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QString token = api.login(u"ann"_s);
    const auto newBook = [](const QString &title) {
        return QJsonObject {{u"title"_s, title},
                            {u"author"_s, u"Ann Author"_s},
                            {u"publisher"_s, u"Ann Press"_s},
                            {u"price"_s, 9.5}};
    };
    QCOMPARE(api.call("POST", "/api/v1/books", newBook(u"Before the Outage"_s), token).status, 201);

    TemporaryPostgres &postgres = TemporaryPostgres::shared();
    QVERIFY2(postgres.stop(), qPrintable(postgres.error()));
    const ApiResponse write = api.call("POST", "/api/v1/books", newBook(u"During the Outage"_s), token);
    QCOMPARE(write.status, 503);
    QCOMPARE(write.error(), u"database_unreachable"_s);
    QVERIFY(!write.header("Retry-After").isEmpty());
    const ApiResponse read = api.call("GET", "/api/v1/books?q=outage", QByteArray(), token);
    QCOMPARE(read.status, 503);
    QCOMPARE(read.error(), u"database_unreachable"_s);
    const ApiResponse health = api.call("GET", "/healthz");
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json().value(u"database"_s).toString(), u"unavailable"_s);

    // Back: the next requests reconnect by themselves, and nothing acknowledged before was lost.
    QVERIFY2(postgres.startAgain(), qPrintable(postgres.error()));
    QTRY_COMPARE_WITH_TIMEOUT(api.call("GET", "/healthz").status, 200, 10000);
    QCOMPARE(api.call("POST", "/api/v1/books", newBook(u"After the Outage"_s), token).status, 201);
    const ApiResponse after = api.call("GET", "/api/v1/books?q=outage", QByteArray(), token);
    QCOMPARE(after.status, 200);
    QStringList titles;
    for (const QJsonValue &book : after.json().value(u"items"_s).toArray())
        titles << book.toObject().value(u"title"_s).toString();
    titles.sort();
    QCOMPARE(titles, (QStringList {u"After the Outage"_s, u"Before the Outage"_s}));
}

void TestApiSystem::metricsAreServedInPrometheusTextToLoopbackClients()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    QCOMPARE(api.call("GET", "/healthz").status, 200);
    QCOMPARE(api.call("GET", "/nowhere").status, 404);

    const ApiResponse metrics = api.call("GET", "/metrics");
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"),
             metrics.header("Content-Type").constData());
    const QString text = QString::fromUtf8(metrics.body);
    QVERIFY(text.endsWith(u'\n'));
    for (const QString &family :
         {u"bookwarden_http_requests_total"_s, u"bookwarden_logins_total"_s,
          u"bookwarden_tokens_issued_total"_s, u"bookwarden_http_connections_total"_s}) {
        QVERIFY2(text.contains(u"# TYPE "_s + family + u" counter"_s), qPrintable(family));
    }
    QVERIFY(text.contains(u" histogram\n"_s)); // the latency histogram
    // The health check above was counted under its route and status.
    QVERIFY2(text.contains(uR"(route="/healthz")"_s), qPrintable(text));
    QCOMPARE(api.server().metrics()->requestCount(u"/healthz"_s, 200), quint64(1));
    // No secrets, no tokens, no user names of anyone in the text.
    QVERIFY(!text.contains(u"password"_s, Qt::CaseInsensitive));
}

void TestApiSystem::metricsShowHowTheDatabaseWriterBatchesWrites()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    auto value = [&api](const QString &name) {
        const QString text = QString::fromUtf8(api.call("GET", "/metrics").body);
        const QRegularExpression line(u"^"_s + name + uR"( (\d+)$)"_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(text);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    };
    const QString text = QString::fromUtf8(api.call("GET", "/metrics").body);
    QVERIFY2(text.contains(u"# TYPE bookwarden_db_write_batches_total counter\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"# TYPE bookwarden_db_write_jobs_total counter\n"_s));
    QVERIFY(text.contains(u"# TYPE bookwarden_db_failed_commits_total counter\n"_s));
    QVERIFY(text.contains(u"# TYPE bookwarden_db_largest_write_batch gauge\n"_s));

    const qint64 jobs = value(u"bookwarden_db_write_jobs_total"_s);
    const qint64 batches = value(u"bookwarden_db_write_batches_total"_s);
    QVERIFY(jobs >= 0 && batches >= 0);
    api.createUser(u"writer"_s);
    const QString token = api.login(u"writer"_s);
    const qint64 afterSignIn = value(u"bookwarden_db_write_jobs_total"_s);
    QVERIFY2(afterSignIn >= jobs + 2, qPrintable(QString::number(afterSignIn))); // account, then session
    QCOMPARE(api.call("POST", "/api/v1/books",
                      QJsonObject {{u"title"_s, u"Metrics"_s},
                                   {u"author"_s, u"A"_s},
                                   {u"publisher"_s, u"P"_s},
                                   {u"price"_s, 1}},
                      token)
                 .status,
             201);
    QCOMPARE(value(u"bookwarden_db_write_jobs_total"_s), afterSignIn + 1);
    QVERIFY(value(u"bookwarden_db_write_batches_total"_s) > batches);
    QVERIFY(value(u"bookwarden_db_largest_write_batch"_s) >= 1);
    QCOMPARE(value(u"bookwarden_db_failed_commits_total"_s), 0);
}

void TestApiSystem::overTheNetworkMetricsNeedAnAdministratorsToken()
{
    QHostAddress lan;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal()) {
            lan = address;
            break;
        }
    }
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to serve on.");
    ServerOptions options = ApiServerFixture::defaultOptions();
    options.bindAddress = lan;
    ApiServerFixture api(options);
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const Result<TokenPair> admin
        = api.backend().signIn().login(u"root"_s, ApiServerFixture::defaultPassword(), {}).result();
    const Result<TokenPair> user
        = api.backend().signIn().login(u"ann"_s, ApiServerFixture::defaultPassword(), {}).result();
    QVERIFY(admin.ok() && user.ok());

    const auto metricsWith = [&](const QByteArray &headers) {
        RawHttpClient client;
        if (!client.connectTo(api.port(), lan))
            return RawHttpClient::Response {};
        return client
            .request("GET /metrics HTTP/1.1\r\nHost: " + lan.toString().toLatin1() + "\r\n" + headers
                     + "\r\n")
            .value_or(RawHttpClient::Response {});
    };
    const RawHttpClient::Response anonymous = metricsWith({});
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Bearer "));
    QVERIFY(!anonymous.body.contains("bookwarden_"));
    const RawHttpClient::Response asUser
        = metricsWith("Authorization: Bearer " + user->accessToken.toLatin1() + "\r\n");
    QCOMPARE(asUser.status, 403);
    QVERIFY(!asUser.body.contains("bookwarden_"));
    const RawHttpClient::Response asAdmin
        = metricsWith("Authorization: Bearer " + admin->accessToken.toLatin1() + "\r\n");
    QCOMPARE(asAdmin.status, 200);
    QVERIFY(asAdmin.body.contains("# TYPE bookwarden_http_requests_total counter"));
}

void TestApiSystem::theOpenApiDocumentIsServedAsOpenApi31()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse served = api.call("GET", "/openapi.json");
    QCOMPARE(served.status, 200);
    QVERIFY(served.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(served.body, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    QVERIFY(document.object().value(u"openapi"_s).toString().startsWith(u"3.1"_s));
    QCOMPARE(document.object().value(u"info"_s).toObject().value(u"version"_s).toString(),
             QLatin1String(Bookwarden::version));
    QVERIFY(!document.object().value(u"paths"_s).toObject().isEmpty());
}

void TestApiSystem::theOpenApiDocumentDescribesExactlyTheRoutesTheRouterHas()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const ApiResponse served = api.call("GET", "/openapi.json");
    QCOMPARE(served.status, 200);

    const QSet<QString> documented = documentedOperations(QJsonDocument::fromJson(served.body).object());
    const QSet<QString> routed = routedOperations(*api.server().router());
    QVERIFY(routed.size() > 20);
    QVERIFY2(routed.contains(u"POST /api/v1/auth/login"_s), qPrintable(describe(routed)));
    QVERIFY2(documented.contains(u"GET /api/v1/books/{id}"_s), qPrintable(describe(documented)));

    const QSet<QString> undocumented = routed - documented;
    const QSet<QString> missing = documented - routed;
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(u"routes missing from openapi.json: "_s + describe(undocumented)));
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"openapi.json describes routes the server lacks: "_s + describe(missing)));
}

void TestApiSystem::everyDocumentedOperationIsAnsweredByAHandlerNotTheEngine()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const QSet<QString> documented
        = documentedOperations(QJsonDocument::fromJson(api.call("GET", "/openapi.json").body).object());
    QVERIFY(!documented.isEmpty());

    for (const QString &operation : documented) {
        const qsizetype space = operation.indexOf(u' ');
        const QByteArray method = operation.left(space).toLatin1();
        QString path = operation.mid(space + 1);
        path.replace(u"{id}"_s, u"00000000-0000-0000-0000-000000000000"_s);
        const ApiResponse answer = api.call(method, path.toLatin1(), QByteArray("{}"));
        QVERIFY2(answer.status != 0, qPrintable(operation));
        // Whatever the handler thinks of an anonymous, empty request, it is not the router's
        // "no such path" nor "no such method", and never a server error.
        const QString what
            = operation + u" → "_s + QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body);
        QVERIFY2(answer.status != 405, qPrintable(what));
        QVERIFY2(answer.error() != u"not_found"_s, qPrintable(what));
        QVERIFY2(answer.status < 500, qPrintable(what));
    }
}

void TestApiSystem::theIndexPageNamesTheProductItsVersionAndTheRoutes()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse index = api.call("GET", "/");
    QCOMPARE(index.status, 200);
    QVERIFY2(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type").constData());
    const QString html = QString::fromUtf8(index.body);
    QVERIFY(html.contains(u"Bookwarden"_s));
    QVERIFY(html.contains(QLatin1String(Bookwarden::version)));
    QVERIFY(!html.contains(u"{{"_s)); // every placeholder filled
    QVERIFY(html.contains(u"/openapi.json"_s));
    for (const QString &route :
         {u"/api/v1/auth/login"_s, u"/api/v1/auth/register"_s, u"/api/v1/books"_s, u"/api/v1/users"_s,
          u"/api/v1/sessions"_s, u"/.well-known/jwks.json"_s, u"/healthz"_s, u"/metrics"_s}) {
        QVERIFY2(html.contains(route), qPrintable(route));
    }
    // The curl examples point at the server the page was asked for, escaped for HTML.
    QVERIFY(html.contains(u"curl -X POST http://127.0.0.1/api/v1/auth/login"_s));
    const ApiResponse elsewhere
        = api.send("GET / HTTP/1.1\r\nHost: books.example:8443\r\nConnection: close\r\n\r\n");
    QCOMPARE(elsewhere.status, 200);
    QVERIFY(elsewhere.body.contains("curl -X POST http://books.example:8443/api/v1/auth/login"));
    // A Host that is not a host and port is refused before any page is built; one that is valid but more
    // than a DNS name or address (sub-delimiters a shell would read) is not put into the examples.
    for (const QByteArray &host : {QByteArray("a<b>"), QByteArray("a b/c@d"), QByteArray("user@h")}) {
        const ApiResponse hostile
            = api.send("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(hostile.status, 400);
        QVERIFY(!hostile.body.contains(host));
    }
    const ApiResponse shellish = api.send("GET / HTTP/1.1\r\nHost: a$(id)\r\nConnection: close\r\n\r\n");
    QCOMPARE(shellish.status, 200);
    QVERIFY(!shellish.body.contains("$(id)"));
}

// One spelling per resource: what a reverse proxy's "location = /metrics" protects cannot be reached as
// /metrics/ or /%6Detrics, and no alias of /healthz answers like /healthz.
void TestApiSystem::anAliasOfAPathIsNotFound_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("trailing slash") << QByteArray("/healthz/");
    QTest::newRow("double slash") << QByteArray("//healthz");
    QTest::newRow("dot segment") << QByteArray("/./healthz");
    QTest::newRow("encoded letter") << QByteArray("/%68ealthz");
    QTest::newRow("metrics with a trailing slash") << QByteArray("/metrics/");
    QTest::newRow("metrics with an encoded letter") << QByteArray("/%6Detrics");
    QTest::newRow("metrics after a dot segment") << QByteArray("/./metrics");
    QTest::newRow("the book list with a trailing slash") << QByteArray("/api/v1/books/");
    QTest::newRow("the JWKS with an encoded dot") << QByteArray("/.well-known/jwks%2Ejson");
    QTest::newRow("double slash inside") << QByteArray("/api//v1/books");
}
void TestApiSystem::anAliasOfAPathIsNotFound()
{
    QFETCH(QByteArray, path);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const ApiResponse response = api.call("GET", path);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.error(), u"not_found"_s);
    QVERIFY(!response.body.contains("bookwarden_http_requests_total"));
}

void TestApiSystem::anUnknownPathIsA404WithAJsonError_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("GET /nowhere") << QByteArray("GET") << QByteArray("/nowhere");
    QTest::newRow("GET an unknown v1 resource") << QByteArray("GET") << QByteArray("/api/v1/nothing");
    QTest::newRow("GET /api/v2/books") << QByteArray("GET") << QByteArray("/api/v2/books");
    QTest::newRow("POST below a book") << QByteArray("POST") << QByteArray("/api/v1/books/1/chapters");
    QTest::newRow("DELETE /api") << QByteArray("DELETE") << QByteArray("/api");
    QTest::newRow("GET /.well-known/other")
        << QByteArray("GET") << QByteArray("/.well-known/openid-configuration");
}

void TestApiSystem::anUnknownPathIsA404WithAJsonError()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse missing = api.call(method, path);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.header("Content-Type").startsWith("application/json"));
    QCOMPARE(missing.error(), u"not_found"_s);
    QVERIFY(!missing.json().value(u"message"_s).toString().isEmpty());
}

void TestApiSystem::aKnownPathWithAnotherMethodIsA405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArrayList>("allowed");
    QTest::newRow("DELETE /healthz") << QByteArray("DELETE") << QByteArray("/healthz")
                                     << QByteArrayList {"GET"};
    QTest::newRow("GET the login route")
        << QByteArray("GET") << QByteArray("/api/v1/auth/login") << QByteArrayList {"POST"};
    QTest::newRow("PUT the book list")
        << QByteArray("PUT") << QByteArray("/api/v1/books") << QByteArrayList {"GET", "POST"};
    QTest::newRow("POST one user") << QByteArray("POST") << QByteArray("/api/v1/users/abc")
                                   << QByteArrayList {"GET", "PATCH", "DELETE"};
    QTest::newRow("PATCH a session") << QByteArray("PATCH") << QByteArray("/api/v1/sessions/abc")
                                     << QByteArrayList {"DELETE"};
    QTest::newRow("POST the JWKS") << QByteArray("POST") << QByteArray("/.well-known/jwks.json")
                                   << QByteArrayList {"GET"};
}

void TestApiSystem::aKnownPathWithAnotherMethodIsA405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArrayList, allowed);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse refused = api.call(method, path);
    QCOMPARE(refused.status, 405);
    QVERIFY(refused.header("Content-Type").startsWith("application/json"));
    QCOMPARE(refused.error(), u"method_not_allowed"_s);
    QByteArrayList allow;
    for (const QByteArray &name : refused.header("Allow").split(','))
        allow << name.trimmed();
    for (const QByteArray &name : allowed)
        QVERIFY2(allow.contains(name), refused.header("Allow").constData());
    QVERIFY2(!allow.contains(method), refused.header("Allow").constData());
}

QTEST_GUILESS_MAIN(TestApiSystem)
#include "tst_apisystem.moc"
