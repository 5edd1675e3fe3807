// Hostile input against the REST API (the HTTP parser's own defences are tst_httphostile's): every attack
// gets the right status with a JSON error body, nothing is stored that should not be, and the server keeps
// serving.
#include "ApiServerFixture.h"
#include "ResultAssertions.h"
#include "jose/Base64Url.h"
#include "jose/JwsAlgorithm.h"
#include "jose/JwsSigner.h"
#include "jose/SigningKey.h"
#include "tokens/SigningKeyService.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
QString describe(const ApiResponse &response)
{
    return QStringLiteral("status %1: %2")
        .arg(response.status)
        .arg(QString::fromUtf8(response.body.left(400)));
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray bookBody(const QByteArray &title)
{
    return "{\"title\":" + title + ",\"author\":\"A\",\"publisher\":\"P\",\"price\":1}";
}

QByteArray nested(int depth, const QByteArray &open = "[", const QByteArray &close = "]")
{
    return "{\"title\":" + open.repeated(depth) + close.repeated(depth)
        + ",\"author\":\"A\",\"publisher\":\"P\",\"price\":1}";
}

struct TokenParts
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signature;
};

TokenParts split(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return {QJsonDocument::fromJson(Base64Url::decode(parts.at(0)).value_or(QByteArray())).object(),
            QJsonDocument::fromJson(Base64Url::decode(parts.at(1)).value_or(QByteArray())).object(),
            parts.at(2)};
}

QByteArray encodePart(const QJsonObject &object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

class TestApiHostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiServerFixture> m_api;
    QString m_token; // ann's
    ApiServerFixture &api() { return *m_api; }

    // A JSON error body with a stable code and a message.
    static bool isJsonError(const ApiResponse &response)
    {
        if (!response.header("Content-Type").startsWith("application/json"))
            return false;
        const QJsonObject body = response.json();
        return !body.value(u"error"_s).toString().isEmpty() && !body.value(u"message"_s).toString().isEmpty();
    }

    qint64 bookCount()
    {
        return qint64(
            api().call("GET", "/api/v1/books", QByteArray(), m_token).json().value(u"total"_s).toDouble());
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiServerFixture>();
        QVERIFY2(api().start(), qPrintable(api().errorString()));
        api().createUser(u"ann"_s);
        api().createUser(u"root"_s, Role::Admin);
        m_token = api().login(u"ann"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        // After every attack: a new connection still gets a normal answer.
        const ApiResponse health = api().send(RawHttpClient::get("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), m_token).status, 200);
        m_api.reset();
    }

    void aBodyBeyondTheLimitIs413BeforeItIsRead_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("books") << QByteArray("/api/v1/books");
        QTest::newRow("register") << QByteArray("/api/v1/auth/register");
        QTest::newRow("login") << QByteArray("/api/v1/auth/login");
        QTest::newRow("tutorial book") << QByteArray("/book");
    }
    void aBodyBeyondTheLimitIs413BeforeItIsRead()
    {
        QFETCH(QByteArray, path);
        // Only the head is sent: the answer must not wait for 64 MiB that never come.
        const ApiResponse response
            = api().send("POST " + path
                         + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\nAuthorization: Bearer "
                         + m_token.toLatin1() + "\r\nContent-Length: 67108864\r\n\r\n{\"title\":\"");
        QCOMPARE(response.status, 413);
        QVERIFY2(isJsonError(response), qPrintable(describe(response)));
        QCOMPARE(response.error(), u"payload_too_large"_s);
    }

    void aHugeJsonBodyIs413AndStoresNothing()
    {
        const QByteArray body = bookBody('"' + QByteArray(1024 * 1024, 'x') + '"');
        const ApiResponse response
            = api().send(post("/api/v1/books", body, "Authorization: Bearer " + m_token.toLatin1() + "\r\n"));
        QCOMPARE(response.status, 413);
        QVERIFY(isJsonError(response));
        QCOMPARE(bookCount(), 0);
    }

    void aChunkedBodyGrowingBeyondTheLimitIs413()
    {
        QByteArray request
            = "POST /api/v1/books HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Authorization: Bearer "
            + m_token.toLatin1() + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 20; ++i)
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        request += "0\r\n\r\n";
        const ApiResponse response = api().send(request);
        QCOMPARE(response.status, 413);
        QVERIFY(isJsonError(response));
    }

    void aBodyJustUnderTheLimitIsReadAndJudgedOnItsContent()
    {
        // Padded with strings of 60,000 bytes: JSON strings past 64 KiB are refused (StrictJson's budget).
        const QByteArray prefix = "{\"title\":\"" + QByteArray(201, 'x') + "\",\"padding\":[\"";
        const QByteArray suffix = "\"],\"author\":\"A\",\"publisher\":\"P\",\"price\":1}";
        QByteArray padding(1024 * 1024 - prefix.size() - suffix.size(), 'x');
        for (qsizetype at = 60'000; at + 3 < padding.size(); at += 60'003)
            padding.replace(at, 3, "\",\"");
        const QByteArray body = prefix + padding + suffix;
        QCOMPARE(body.size(), 1024 * 1024);
        const ApiResponse response = api().call("POST", "/api/v1/books", body, m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json().value(u"fields"_s).toObject().value(u"title"_s).toString(),
                 u"At most 200 characters."_s);
    }

    void deeplyNestedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("65 arrays") << nested(65);
        QTest::newRow("100000 arrays") << nested(100000);
        QTest::newRow("100000 objects") << nested(100000, "{\"a\":", "}");
        QTest::newRow("100000 unclosed arrays") << "{\"title\":" + QByteArray(100000, '[');
    }
    void deeplyNestedJsonIs400()
    {
        QFETCH(QByteArray, body);
        const ApiResponse response = api().call("POST", "/api/v1/books", body, m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_json"_s);
        QVERIFY2(isJsonError(response), qPrintable(describe(response)));
    }

    void nestingWithinTheLimitIsOnlyAWrongType()
    {
        const ApiResponse response = api().call("POST", "/api/v1/books", nested(10), m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_input"_s);
        QCOMPARE(response.json().value(u"fields"_s).toObject().value(u"title"_s).toString(),
                 u"This field must be a string."_s);
    }

    void duplicateMemberNamesAre400_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("title twice")
            << QByteArray("/api/v1/books")
            << QByteArray(
                   "{\"title\":\"A\",\"title\":\"B\",\"author\":\"A\",\"publisher\":\"P\",\"price\":1}");
        QTest::newRow("escaped twin") << QByteArray("/api/v1/books")
                                      << QByteArray("{\"title\":\"A\",\"titl\\u0065\":\"B\",\"author\":\"A\","
                                                    "\"publisher\":\"P\",\"price\":1}");
        QTest::newRow("nested") << QByteArray("/api/v1/books")
                                << QByteArray("{\"title\":\"A\",\"x\":{\"k\":1,\"k\":2},\"author\":\"A\","
                                              "\"publisher\":\"P\",\"price\":1}");
        QTest::newRow("login username twice")
            << QByteArray("/api/v1/auth/login")
            << QByteArray(
                   "{\"username\":\"ann\",\"username\":\"root\",\"password\":\"correct horse battery\"}");
        QTest::newRow("register password twice")
            << QByteArray("/register")
            << QByteArray(
                   "{\"name\":\"zed\",\"password\":\"first passphrase\",\"password\":\"second passphrase\"}");
    }
    void duplicateMemberNamesAre400()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const ApiResponse response = api().call("POST", path, body, m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_json"_s);
        QVERIFY2(response.json().value(u"message"_s).toString().contains(u"duplicate"_s),
                 qPrintable(describe(response)));
        QCOMPARE(bookCount(), 0);
    }

    void bodiesThatAreNotUtf8Are400_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::newRow("Latin-1 byte") << QByteArray("\"caf\xe9\"");
        QTest::newRow("0xFF") << QByteArray("\"\xff\xfe\"");
        QTest::newRow("overlong slash") << QByteArray("\"\xc0\xaf\"");
        QTest::newRow("encoded surrogate") << QByteArray("\"\xed\xa0\x80\"");
        QTest::newRow("truncated sequence") << QByteArray("\"\xe2\x82\"");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"");
        QTest::newRow("unpaired surrogate escape") << QByteArray("\"\\ud800\"");
        QTest::newRow("raw NUL in a string") << QByteArray("\"a\0b\"", 5);
        QTest::newRow("raw NUL outside a string") << QByteArray("\"ab\"\0", 5);
        QTest::newRow("byte order mark") << QByteArray("\"x\"");
    }
    void bodiesThatAreNotUtf8Are400()
    {
        QFETCH(QByteArray, title);
        QByteArray body = bookBody(title);
        if (QByteArrayView(QTest::currentDataTag()) == "byte order mark")
            body.prepend("\xef\xbb\xbf");
        const ApiResponse response = api().call("POST", "/api/v1/books", body, m_token);
        QCOMPARE(response.status, 400);
        QVERIFY2(isJsonError(response), qPrintable(describe(response)));
        QCOMPARE(response.error(), u"invalid_json"_s);
        QCOMPARE(bookCount(), 0);
    }

    void escapedControlCharactersAndNoncharactersAreRefusedAsFieldErrors_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::newRow("NUL") << QByteArray("\"a\\u0000b\"");
        QTest::newRow("CR LF") << QByteArray("\"a\\r\\nSet-Cookie: x=1\"");
        QTest::newRow("escape") << QByteArray("\"\\u001b[31mred\"");
        QTest::newRow("line separator") << QByteArray("\"a\\u2028b\"");
        QTest::newRow("noncharacter") << QByteArray("\"a\\uffffb\"");
    }
    void escapedControlCharactersAndNoncharactersAreRefusedAsFieldErrors()
    {
        QFETCH(QByteArray, title);
        const ApiResponse response = api().call("POST", "/api/v1/books", bookBody(title), m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_input"_s);
        QVERIFY2(response.json().value(u"fields"_s).toObject().contains(u"title"_s),
                 qPrintable(describe(response)));
        QCOMPARE(bookCount(), 0);
    }

    void nulAndControlCharactersInCredentialsAreRefusedWithoutAHint_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("NUL after the name")
            << QByteArray("{\"username\":\"ann\\u0000\",\"password\":\"correct horse battery\"}");
        QTest::newRow("NUL before the name")
            << QByteArray("{\"username\":\"\\u0000ann\",\"password\":\"correct horse battery\"}");
        QTest::newRow("NUL in the password")
            << QByteArray("{\"username\":\"ann\",\"password\":\"correct horse battery\\u0000\"}");
        QTest::newRow("CRLF in the name")
            << QByteArray("{\"username\":\"ann\\r\\nX-Admin: 1\",\"password\":\"correct horse battery\"}");
    }
    void nulAndControlCharactersInCredentialsAreRefusedWithoutAHint()
    {
        QFETCH(QByteArray, body);
        const ApiResponse response = api().call("POST", "/api/v1/auth/login", body);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), u"invalid_credentials"_s);
        QVERIFY(response.json().value(u"access_token"_s).isUndefined());
    }

    void hugeCredentialsAreJustWrong_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        // (Longer strings are past the JSON budget: tst_apijsonbudget.)
        QTest::newRow("60 KB password") << u"ann"_s << QString(60 * 1024, u'p');
        QTest::newRow("60 KB username") << QString(60 * 1024, u'a') << u"correct horse battery"_s;
        QTest::newRow("password of 1025 bytes") << u"ann"_s << QString(1025, u'p');
    }
    void hugeCredentialsAreJustWrong()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const ApiResponse response = api().call(
            "POST", "/api/v1/auth/login", QJsonObject {{u"username"_s, username}, {u"password"_s, password}});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), u"invalid_credentials"_s);
        QVERIFY(response.body.size() < 1000);
    }

    void aRegistrationWithAnOverlongPasswordIs400()
    {
        const ApiResponse response
            = api().call("POST", "/api/v1/auth/register",
                         QJsonObject {{u"username"_s, u"longpass"_s}, {u"password"_s, QString(1025, u'p')}});
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value(u"fields"_s).toObject().contains(u"password"_s));
    }

    void sqlLookingInputIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("drop table") << u"Robert'); DROP TABLE books;--"_s;
        QTest::newRow("or 1=1") << u"' OR '1'='1"_s;
        QTest::newRow("union") << u"x\" UNION SELECT password_hash FROM users --"_s;
        QTest::newRow("like wildcards") << u"100% _real_ \\ books"_s;
        QTest::newRow("HTML") << u"<script>alert(1)</script>"_s;
    }
    void sqlLookingInputIsStoredVerbatim()
    {
        QFETCH(QString, title);
        const QJsonObject book {
            {u"title"_s, title}, {u"author"_s, title}, {u"publisher"_s, u"P"_s}, {u"price"_s, 1}};
        const ApiResponse created = api().call("POST", "/api/v1/books", book, m_token);
        QCOMPARE(created.status, 201);
        const QByteArray path = created.header("Location");
        const ApiResponse read = api().call("GET", path, QByteArray(), m_token);
        QCOMPARE(read.json().value(u"title"_s).toString(), title);
        QCOMPARE(read.json().value(u"author"_s).toString(), title);
        // Searching for it finds exactly it, wildcards and quotes taken literally.
        const ApiResponse found
            = api().call("GET", "/api/v1/books?q=" + QUrl::toPercentEncoding(title), QByteArray(), m_token);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value(u"total"_s).toInt(), 1);
        QCOMPARE(
            api().call("GET", "/api/v1/books?q=%25", QByteArray(), m_token).json().value(u"total"_s).toInt(),
            title.contains(u'%') ? 1 : 0);
        // The other tables are intact.
        QVERIFY(!api().login(u"root"_s).isEmpty());
        QCOMPARE(bookCount(), 1);
    }

    void sqlLookingCredentialsAreJustWrong()
    {
        const ApiResponse response
            = api().call("POST", "/api/v1/auth/login",
                         QJsonObject {{u"username"_s, u"root' --"_s}, {u"password"_s, u"' OR '1'='1"_s}});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), u"invalid_credentials"_s);
    }

    void hostileIdsAre404_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot dot") << QByteArray("/api/v1/books/..");
        QTest::newRow("encoded traversal") << QByteArray("/api/v1/books/..%2f..%2fetc%2fpasswd");
        QTest::newRow("encoded dot dot") << QByteArray("/api/v1/books/%2e%2e");
        QTest::newRow("id then traversal") << QByteArray("/api/v1/books/1%2f..%2f2");
        QTest::newRow("sql") << QByteArray("/api/v1/books/1%20OR%201=1");
        QTest::newRow("NUL after the id") << QByteArray("/api/v1/books/1%00");
        QTest::newRow("CRLF after the id") << QByteArray("/api/v1/books/1%0d%0aSet-Cookie:%20x=1");
        QTest::newRow("hex") << QByteArray("/api/v1/books/0x1");
        QTest::newRow("plus sign") << QByteArray("/api/v1/books/+1");
        QTest::newRow("leading zeros beyond 64 bits")
            << QByteArray("/api/v1/books/000000000000000000000000000001x");
        QTest::newRow("huge") << ("/api/v1/books/" + QByteArray(4000, '9'));
    }
    void hostileIdsAre404()
    {
        QFETCH(QByteArray, path);
        const ApiResponse response = api().call("GET", path, QByteArray(), m_token);
        QVERIFY2(response.status == 404 || response.status == 400, qPrintable(describe(response)));
        QVERIFY2(isJsonError(response), qPrintable(describe(response)));
        QVERIFY(response.header("Set-Cookie").isEmpty());
        QCOMPARE(api().call("DELETE", path, QByteArray(), m_token).status, response.status);
    }

    void anIdNamingAnotherBookThroughTraversalReachesNothing()
    {
        api().createUser(u"bob"_s);
        const QString bob = api().login(u"bob"_s);
        const ApiResponse bobs = api().call("POST", "/api/v1/books", QByteArray(bookBody("\"Bob's\"")), bob);
        QCOMPARE(bobs.status, 201);
        const QByteArray id = QByteArray::number(qint64(bobs.json().value(u"id"_s).toDouble()));
        const QList<QByteArray> paths {"/api/v1/books/" + id, "/api/v1/books/../books/" + id,
                                       "/api/v1/books/%2e%2e/books/" + id, "/api/v1/books/" + id + "%2f",
                                       "/api/v1/books/" + id + "/"};
        for (const QByteArray &path : paths) {
            // Dot segments are refused by the HTTP layer (400); anything that reaches the route is Bob's book
            // (404).
            const ApiResponse response = api().call("GET", path, QByteArray(), m_token);
            QVERIFY2(response.status == 404 || response.status == 400,
                     qPrintable(QString::fromLatin1(path) + u": "_s + describe(response)));
            QVERIFY(isJsonError(response));
            QVERIFY(!response.body.contains("Bob's"));
        }
    }

    void veryLongTokensAreRefused()
    {
        const ApiResponse long10k = api().call("GET", "/api/v1/books", QByteArray(), QString(10000, u'a'));
        QCOMPARE(long10k.status, 401);
        QVERIFY(isJsonError(long10k));
        QVERIFY(long10k.header("WWW-Authenticate").size() < 1000); // the token is not echoed
        const ApiResponse longDots
            = api().call("GET", "/api/v1/books", QByteArray(),
                         QString(5000, u'a') + u'.' + QString(5000, u'b') + u'.' + QString(2000, u'c'));
        QCOMPARE(longDots.status, 401);
        const ApiResponse xLong = api().call("GET", "/books", QByteArray(), {},
                                             "x-access-tokens: " + QByteArray(12000, 'e') + "\r\n");
        QCOMPARE(xLong.status, 401);
        // Beyond the header limit, the HTTP layer answers first.
        const ApiResponse huge = api().send(
            RawHttpClient::get("/api/v1/books", "Authorization: Bearer " + QByteArray(20000, 'a') + "\r\n"));
        QCOMPARE(huge.status, 431);
        QVERIFY(isJsonError(huge));
    }

    void unsecuredTokensAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("keepSignature");
        QTest::newRow("none, no signature") << u"none"_s << false;
        QTest::newRow("None, no signature") << u"None"_s << false;
        QTest::newRow("NONE, original signature") << u"NONE"_s << true;
        QTest::newRow("none, original signature") << u"none"_s << true;
        QTest::newRow("empty alg") << u""_s << false;
    }
    void unsecuredTokensAreRefused()
    {
        QFETCH(QString, alg);
        QFETCH(bool, keepSignature);
        TokenParts parts = split(m_token);
        QVERIFY(!parts.payload.isEmpty());
        parts.header.insert(u"alg"_s, alg);
        const QString forged = QString::fromLatin1(encodePart(parts.header) + '.' + encodePart(parts.payload)
                                                   + '.' + (keepSignature ? parts.signature : QByteArray()));
        for (const QByteArray &path :
             {QByteArray("/api/v1/books"), QByteArray("/books"), QByteArray("/protected")}) {
            const ApiResponse response = api().call("GET", path, QByteArray(), forged);
            QCOMPARE(response.status, 401);
            QVERIFY(isJsonError(response));
            QVERIFY(response.header("WWW-Authenticate").contains("invalid_token"));
        }
    }

    void aTokenSignedWithAnotherKeyIsRefused()
    {
        const TokenParts parts = split(m_token);
        const std::optional<JwsAlgorithm> algorithm
            = JwsAlgorithms::fromName(parts.header.value(u"alg"_s).toString());
        QVERIFY(algorithm);
        const Result<SigningKey> otherKey = SigningKey::generate(*algorithm);
        VERIFY_OK(otherKey);
        // Same algorithm, same kid, same claims: only the key differs.
        SigningKey key = otherKey.value();
        key.setKid(parts.header.value(u"kid"_s).toString());
        const Result<QByteArray> forged = JwsSigner::sign(key, QJsonObject(), parts.payload);
        VERIFY_OK(forged);
        const ApiResponse response
            = api().call("GET", "/api/v1/books", QByteArray(), QString::fromLatin1(forged.value()));
        QCOMPARE(response.status, 401);
        QVERIFY(isJsonError(response));
    }

    void anElevatedPayloadUnderTheOriginalSignatureIsRefused()
    {
        TokenParts parts = split(m_token);
        parts.payload.insert(u"role"_s, u"admin"_s);
        parts.payload.insert(u"admin"_s, true);
        const QString forged = QString::fromLatin1(encodePart(parts.header) + '.' + encodePart(parts.payload)
                                                   + '.' + parts.signature);
        const ApiResponse response = api().call("GET", "/users", QByteArray(), forged);
        QCOMPARE(response.status, 401);
    }

    void anHmacTokenKeyedWithThePublicKeyIsRefused()
    {
        // Algorithm confusion (RFC 8725 §2.1): an HS256 token whose "secret" is the server's public key.
        // The server starts with an HMAC key; switch it to an asymmetric one, as an administrator may.
        VERIFY_OK(
            api().backend().keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::ES256).result());
        const QString token = api().login(u"ann"_s);
        QCOMPARE(split(token).header.value(u"alg"_s).toString(), u"ES256"_s);
        QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), token).status, 200);
        const ApiResponse jwks = api().call("GET", "/.well-known/jwks.json");
        QCOMPARE(jwks.status, 200);
        const QJsonArray keys = jwks.json().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 1);
        const Result<SigningKey> publicKey = SigningKey::fromJwk(keys.first().toObject());
        VERIFY_OK(publicKey);
        TokenParts parts = split(token);
        QJsonObject header {
            {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, parts.header.value(u"kid"_s)}};
        const QByteArray signingInput = encodePart(header) + '.' + encodePart(parts.payload);
        for (const QByteArray &secret :
             {publicKey->publicPem(),
              QJsonDocument(keys.first().toObject()).toJson(QJsonDocument::Compact)}) {
            const QByteArray mac
                = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
            const QString forged = QString::fromLatin1(signingInput + '.' + Base64Url::encode(mac));
            QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), forged).status, 401);
        }
    }

    void aTokenSignedWithATutorialsWellKnownSecretIsRefused_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("Th1s1ss3cr3t") << QByteArray("Th1s1ss3cr3t");
        QTest::newRow("thisissecret") << QByteArray("thisissecret");
        QTest::newRow("secret") << QByteArray("secret");
        QTest::newRow("your-256-bit-secret") << QByteArray("your-256-bit-secret");
        QTest::newRow("empty") << QByteArray();
    }
    void aTokenSignedWithATutorialsWellKnownSecretIsRefused()
    {
        QFETCH(QByteArray, secret);
        TokenParts parts = split(m_token);
        const QJsonObject header {
            {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, parts.header.value(u"kid"_s)}};
        const QByteArray signingInput = encodePart(header) + '.' + encodePart(parts.payload);
        const QByteArray mac
            = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
        const QString forged = QString::fromLatin1(signingInput + '.' + Base64Url::encode(mac));
        for (const QByteArray &path : {QByteArray("/api/v1/books"), QByteArray("/books")}) {
            const ApiResponse response = api().call("GET", path, QByteArray(), forged);
            QCOMPARE(response.status, 401);
            QVERIFY(isJsonError(response));
        }
    }

    void malformedTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("dots only") << QByteArray("..");
        QTest::newRow("padding") << QByteArray("eyJhbGciOiJIUzI1NiJ9==.e30=.AAAA");
        QTest::newRow("header not JSON") << (Base64Url::encode("not json") + ".e30.AAAA");
        QTest::newRow("header an array") << (Base64Url::encode("[]") + ".e30.AAAA");
        QTest::newRow("deep header") << (Base64Url::encode(QByteArray("{\"alg\":" + QByteArray(5000, '[')
                                                                      + QByteArray(5000, ']') + "}"))
                                         + ".e30.AAAA");
        QTest::newRow("non-ASCII") << QByteArray("\xc3\xa9.\xc3\xa9.\xc3\xa9");
    }
    void malformedTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        const ApiResponse response
            = api().call("GET", "/api/v1/books", QByteArray(), {}, "Authorization: Bearer " + token + "\r\n");
        QCOMPARE(response.status, 401);
        QVERIFY2(isJsonError(response), qPrintable(describe(response)));
        const ApiResponse tutorial
            = api().call("GET", "/books", QByteArray(), {}, "x-access-tokens: " + token + "\r\n");
        QCOMPARE(tutorial.status, 401);
    }

    void nothingATokenSaysIsReflectedIntoResponseHeaders()
    {
        // A token whose header smuggles CR LF into the alg and kid: whatever error text mentions them must
        // not become a header line of its own.
        TokenParts parts = split(m_token);
        parts.header.insert(u"alg"_s, u"HS256\r\nSet-Cookie: evil=1"_s);
        parts.header.insert(u"kid"_s, u"k\r\nX-Injected: 1"_s);
        const QString forged = QString::fromLatin1(encodePart(parts.header) + '.' + encodePart(parts.payload)
                                                   + '.' + parts.signature);
        const ApiResponse response = api().call("GET", "/api/v1/books", QByteArray(), forged);
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("Set-Cookie").isEmpty());
        QVERIFY(response.header("X-Injected").isEmpty());
        const QByteArray challenge = response.header("WWW-Authenticate");
        QVERIFY(!challenge.contains('\r') && !challenge.contains('\n'));
        QCOMPARE(challenge.count('"') % 2, 0);
    }

    void headerInjectionThroughInputDoesNotReachResponseHeaders()
    {
        // Values that end up in headers (Location, ETag) come from the server, not from the client.
        const ApiResponse created
            = api().call("POST", "/api/v1/books", bookBody("\"Injected\\r\\nX-Evil: 1\""), m_token);
        QCOMPARE(created.status, 400);
        const ApiResponse ok = api().call("POST", "/api/v1/books", bookBody("\"Plain\""), m_token,
                                          "If-None-Match: x\r\nX-Forwarded-Host: evil.example\r\n");
        QCOMPARE(ok.status, 201);
        QVERIFY(ok.header("Location").startsWith("/api/v1/books/"));
        QVERIFY(ok.header("X-Evil").isEmpty());
        // An If-Match with CR LF smuggled in by obs-fold is no header continuation here.
        const ApiResponse folded = api().send("DELETE " + ok.header("Location")
                                              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                "Authorization: Bearer "
                                              + m_token.toLatin1()
                                              + "\r\n"
                                                "If-Match: \"1\"\r\n X-Evil: 1\r\n\r\n");
        QVERIFY2(folded.status == 400 || folded.status == 204, qPrintable(describe(folded)));
        QVERIFY(folded.header("X-Evil").isEmpty());
    }

    void hostileListParametersAre400OrEmpty_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("cursor garbage") << QByteArray("cursor=%27%20OR%201%3D1") << 400;
        QTest::newRow("cursor huge") << ("cursor=" + QByteArray(8000, 'A')) << 400;
        QTest::newRow("limit negative") << QByteArray("limit=-1") << 400;
        QTest::newRow("limit overflow") << QByteArray("limit=99999999999999999999") << 400;
        QTest::newRow("sort sql") << QByteArray("sort=title%20DESC;%20DROP%20TABLE%20books") << 400;
        QTest::newRow("q sql") << QByteArray("q=%27%29%3B%20DROP%20TABLE%20books%3B--") << 200;
        QTest::newRow("q NUL") << QByteArray("q=a%00b") << 400;
        QTest::newRow("q invalid UTF-8") << QByteArray("q=%ff%fe") << 200;
        QTest::newRow("owner sql") << QByteArray("owner=%27%20OR%20%271%27%3D%271") << 403;
    }
    void hostileListParametersAre400OrEmpty()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        api().call("POST", "/api/v1/books", bookBody("\"Kept\""), m_token);
        const ApiResponse response = api().call("GET", "/api/v1/books?" + query, QByteArray(), m_token);
        QCOMPARE(response.status, status);
        if (status == 200) {
            QCOMPARE(response.json().value(u"total"_s).toInt(), 0);
        } else {
            QVERIFY2(isJsonError(response), qPrintable(describe(response)));
        }
        QCOMPARE(bookCount(), 1);
    }

    void noRouteAnswersHostileInputWithA5xx()
    {
        // Every route the OpenAPI description names, with hostile bodies, ids and parameters, as a user and
        // as an administrator: each answer is below 500, and every error is a JSON error body.
        const ApiResponse openapi = api().call("GET", "/openapi.json");
        QCOMPARE(openapi.status, 200);
        const QJsonObject paths = openapi.json().value(u"paths"_s).toObject();
        QVERIFY(paths.size() > 20);
        const QList<QByteArray> bodies {
            QByteArray(),
            "{}",
            "[]",
            "null",
            "{\"a\":",
            QByteArray("\x00\xff\xfe garbage", 12),
            "1e999999",
            "{\"title\":1e400,\"price\":1e400,\"year\":1e400}",
            "{\"title\":123456789012345678901234567890,\"price\":-0.0,\"year\":-1e300}",
            "{\"username\":[],\"password\":{},\"name\":null}",
            "{\"role\":\"superuser\",\"disabled\":\"yes\",\"password\":1}",
            "{\"token\":\"a.b.c\",\"refresh_token\":\"bwr_\\u0000\"}",
            "{\"current_password\":1,\"new_password\":null}",
            "{\"title\":\"\\ud800\\udc00\\udbff\\udfff\",\"author\":\"\\u0000\",\"publisher\":\"\",\"price\":"
            "0.001}",
            nested(70)};
        const QList<QByteArray> ids {"1", "0", "-1", "%00", "%2e%2e", QByteArray(300, 'f'), "1e3"};
        const QString admin = api().login(u"root"_s);
        QStringList problems;
        int requests = 0;
        for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
            for (const QString &method : path.value().toObject().keys()) {
                const QByteArray verb = method.toUpper().toLatin1();
                if (path.key() == u"/api/v1/auth/logout"_s || verb == "HEAD" || verb == "OPTIONS")
                    continue; // logging out would end the sessions the loop uses
                QList<QByteArray> targets;
                for (const QByteArray &id :
                     path.key().contains(u'{') ? ids : QList<QByteArray> {QByteArray()}) {
                    QByteArray target = path.key().toLatin1();
                    target.replace("{id}", id).replace("{public_id}", id);
                    targets << target << target + "?limit=abc&cursor=zz&sort=-x&owner=y&user=z&q=%ff&q=2";
                }
                for (const QByteArray &target : targets) {
                    for (const QByteArray &body : bodies) {
                        for (const QString &token : {m_token, admin}) {
                            const ApiResponse response = api().call(verb, target, body, token);
                            ++requests;
                            const QString what = QString::fromLatin1(verb + ' ' + target.left(80) + ' '
                                                                     + body.left(40).toPercentEncoding());
                            if (response.status == 0 || response.status >= 500)
                                problems << what + u" → "_s + describe(response);
                            else if (response.status >= 400 && !isJsonError(response))
                                problems << what + u" → not a JSON error: "_s + describe(response);
                        }
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
        QVERIFY(requests > 1000);
    }

    void manyBadRequestsInARowLeaveTheServerServing()
    {
        for (int i = 0; i < 200; ++i) {
            const ApiResponse response = api().call(
                "POST", "/api/v1/books", QByteArray("{\"title\":[") + QByteArray::number(i), m_token);
            QCOMPARE(response.status, 400);
        }
        QCOMPARE(api().call("POST", "/api/v1/books", bookBody("\"Still here\""), m_token).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestApiHostile)
#include "tst_apihostile.moc"
