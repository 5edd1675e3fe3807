#include "ApiServerFixture.h"
#include "Backend.h"
#include "HttpMetrics.h"
#include "users/LoginThrottle.h"
#include "users/UserService.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Sign-up, sign-in, tokens and their life cycle over the real REST server: /api/v1/auth/* and the
// tutorial's /login, end to end on 127.0.0.1.
namespace {
QByteArray basicAuthorization(const QString &username, const QString &password)
{
    return "Authorization: Basic " + (username + u':' + password).toUtf8().toBase64() + "\r\n";
}

QJsonObject credentials(const QString &username, const QString &password)
{
    return QJsonObject {{u"username"_s, username}, {u"password"_s, password}};
}

// A Prometheus sample's value from GET /metrics (0 when the series is not there yet).
double metricValue(ApiServerFixture &api, const QString &series)
{
    const ApiResponse metrics = api.call("GET", "/metrics");
    if (metrics.status != 200) {
        QTest::qFail(qPrintable(u"GET /metrics answered %1"_s.arg(metrics.status)), __FILE__, __LINE__);
        return -1;
    }
    const QStringList lines = QString::fromUtf8(metrics.body).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(series + u' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return 0;
}

// Whatever a response says, it must never carry a password or a password hash.
bool mentionsPasswords(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    return lower.contains("password") || lower.contains("$argon2") || lower.contains("hash");
}
} // namespace

class TestApiAuth : public QObject
{
    Q_OBJECT

private slots:
    void registeringCreatesAUserAccountAndAnswers201WithTheUser();
    void registeringATakenUsernameIsRefusedWith409_data();
    void registeringATakenUsernameIsRefusedWith409();
    void registeringInvalidInputIsRefusedWith400AndAMessagePerField_data();
    void registeringInvalidInputIsRefusedWith400AndAMessagePerField();
    void registeringWithABodyThatIsNotAJsonObjectIsRefused_data();
    void registeringWithABodyThatIsNotAJsonObjectIsRefused();

    void signingInWithAJsonBodyAnswersATokenPairAndTheUser();
    void signingInWithHttpBasicWorksAsInTheTutorial();
    void aWrongPasswordAnUnknownUserAndADisabledAccountGetTheSameAnswer();
    void signingInWithoutUsernameOrPasswordIsRefusedWith400_data();
    void signingInWithoutUsernameOrPasswordIsRefusedWith400();

    void theAccessTokenIsAcceptedAsBearerAndInTheXAccessTokensHeader();
    void requestsWithoutOrWithABadTokenAreRefusedWith401AndAChallenge_data();
    void requestsWithoutOrWithABadTokenAreRefusedWith401AndAChallenge();
    void anExpiredAccessTokenIsRefusedWith401();

    void refreshingRotatesTheRefreshToken();
    void reusingARotatedRefreshTokenEndsTheWholeSession();
    void anUnknownRefreshTokenIsRefusedWith401();
    void loggingOutRevokesTheAccessTokenAndTheRefreshToken();
    void introspectionShowsAUserOnlyTheirOwnTokensAndAnAdministratorAny();
    void changingOnesPasswordChecksTheCurrentOneAndThePolicy_data();
    void changingOnesPasswordChecksTheCurrentOneAndThePolicy();

    void repeatedFailedSignInsForOneAccountAreThrottledWith429AndRetryAfter();
    void whileThrottledTheRightPasswordGetsTheSameAnswerAsAWrongOne();
    void unknownAccountNamesAreThrottledLikeKnownOnes();
    void repeatedFailuresFromOneAddressThrottleEveryAccountName();
    void aSuccessfulSignInClearsTheAccountsFailureCount();

    void theLoginsMetricCountsSuccessfulFailedAndThrottledSignIns();
};

void TestApiAuth::registeringCreatesAUserAccountAndAnswers201WithTheUser()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse created
        = api.call("POST", "/api/v1/auth/register", credentials(u"ann"_s, u"a long passphrase"_s));
    QCOMPARE(created.status, 201);
    QVERIFY(created.header("Content-Type").startsWith("application/json"));
    const QJsonObject user = created.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"username"_s).toString(), u"ann"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"user"_s);
    QCOMPARE(user.value(u"disabled"_s).toBool(true), false);
    QVERIFY(!user.value(u"id"_s).toString().isEmpty());
    QVERIFY2(!mentionsPasswords(created.body), created.body.constData());

    // The account works at once.
    QVERIFY(!api.login(u"ann"_s, u"a long passphrase"_s).isEmpty());
}

void TestApiAuth::registeringATakenUsernameIsRefusedWith409_data()
{
    QTest::addColumn<QString>("secondName");
    QTest::newRow("the same name") << u"ann"_s;
    QTest::newRow("the same name in other case") << u"ANN"_s;
}

void TestApiAuth::registeringATakenUsernameIsRefusedWith409()
{
    QFETCH(QString, secondName);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    QCOMPARE(api.call("POST", "/api/v1/auth/register", credentials(u"ann"_s, u"a long passphrase"_s)).status,
             201);
    const ApiResponse again
        = api.call("POST", "/api/v1/auth/register", credentials(secondName, u"another passphrase"_s));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.error(), u"username_taken"_s);
    QVERIFY(!again.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(again.json().value(u"fields"_s).toObject().contains(u"username"_s));

    // The first account keeps its password.
    QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"another passphrase"_s)).status,
             401);
    QVERIFY(!api.login(u"ann"_s, u"a long passphrase"_s).isEmpty());
}

void TestApiAuth::registeringInvalidInputIsRefusedWith400AndAMessagePerField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("badFields");

    const QStringList username {u"username"_s};
    const QStringList password {u"password"_s};
    QTest::newRow("no username") << QByteArray(R"({"password": "a long passphrase"})") << username;
    QTest::newRow("no password") << QByteArray(R"({"username": "ann"})") << password;
    QTest::newRow("nothing") << QByteArray("{}") << QStringList {u"password"_s, u"username"_s};
    QTest::newRow("username not a string")
        << QByteArray(R"({"username": 42, "password": "a long passphrase"})") << username;
    QTest::newRow("password not a string")
        << QByteArray(R"({"username": "ann", "password": ["x"]})") << password;
    QTest::newRow("username too short")
        << QByteArray(R"({"username": "an", "password": "a long passphrase"})") << username;
    QTest::newRow("username too long")
        << QByteArray(R"({"username": "abcdefghijabcdefghijabcdefghijabc", "password": "a long passphrase"})")
        << username;
    QTest::newRow("username with a space")
        << QByteArray(R"({"username": "a nn", "password": "a long passphrase"})") << username;
    QTest::newRow("username with markup")
        << QByteArray(R"({"username": "<script>", "password": "a long passphrase"})") << username;
    QTest::newRow("password too short")
        << QByteArray(R"({"username": "ann", "password": "short"})") << password;
    QTest::newRow("password is the username")
        << QByteArray(R"({"username": "annabelle", "password": "AnnaBelle"})") << password;
}

void TestApiAuth::registeringInvalidInputIsRefusedWith400AndAMessagePerField()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, badFields);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse refused = api.call("POST", "/api/v1/auth/register", body);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.header("Content-Type").startsWith("application/json"));
    QCOMPARE(refused.error(), u"invalid_input"_s);
    QVERIFY(!refused.json().value(u"message"_s).toString().isEmpty());
    const QJsonObject fields = refused.json().value(u"fields"_s).toObject();
    QStringList named = fields.keys();
    named.sort();
    QCOMPARE(named, badFields);
    for (const QString &field : badFields)
        QVERIFY2(!fields.value(field).toString().isEmpty(), qPrintable(field));

    // Nothing was created.
    const Result<UserPage> users = api.backend().users().list(Actor::desktopAdministrator(), UserQuery {});
    QVERIFY(users.ok());
    QCOMPARE(users->total, qint64(0));
}

void TestApiAuth::registeringWithABodyThatIsNotAJsonObjectIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray form = "username=ann&password=a+long+passphrase";
    QTest::newRow("a form") << QByteArray(
        "POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(form.size()) + "\r\n\r\n" + form)
                            << 415 << u"unsupported_media_type"_s;
    const QByteArray broken = R"({"username": "ann", "password": )";
    QTest::newRow("broken JSON") << QByteArray("POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                               "Content-Type: application/json\r\nContent-Length: "
                                               + QByteArray::number(broken.size()) + "\r\n\r\n" + broken)
                                 << 400 << u"invalid_json"_s;
    const QByteArray array = R"(["ann", "a long passphrase"])";
    QTest::newRow("a JSON array") << QByteArray("POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                "Content-Type: application/json\r\nContent-Length: "
                                                + QByteArray::number(array.size()) + "\r\n\r\n" + array)
                                  << 400 << u"invalid_json"_s;
}

void TestApiAuth::registeringWithABodyThatIsNotAJsonObjectIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse refused = api.send(request);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.error(), code);
    QVERIFY(!refused.json().value(u"message"_s).toString().isEmpty());
}

void TestApiAuth::signingInWithAJsonBodyAnswersATokenPairAndTheUser()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);

    const ApiResponse answer
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, ApiServerFixture::defaultPassword()));
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"access_token"_s).toString().count(u'.'), 2); // a JWS in compact form
    QVERIFY(body.value(u"refresh_token"_s).toString().startsWith(u"bwr_"_s));
    QVERIFY(body.value(u"expires_in"_s).toDouble() > 0);
    QCOMPARE(body.value(u"user"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
    // (The tokens themselves are random base64url: only the rest of the answer is searched.)
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList {u"access_token"_s, u"expires_in"_s, u"refresh_token"_s, u"token_type"_s, u"user"_s}));
    QVERIFY(!mentionsPasswords(QJsonDocument(body.value(u"user"_s).toObject()).toJson()));

    const ApiResponse me
        = api.call("GET", "/api/v1/auth/me", QByteArray(), body.value(u"access_token"_s).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"user"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
}

void TestApiAuth::signingInWithHttpBasicWorksAsInTheTutorial()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QByteArray basic = basicAuthorization(u"ann"_s, ApiServerFixture::defaultPassword());

    const ApiResponse v1 = api.call("POST", "/api/v1/auth/login", QByteArray(), QString(), basic);
    QCOMPARE(v1.status, 200);
    QVERIFY(!v1.json().value(u"access_token"_s).toString().isEmpty());

    // The tutorial's route answers {"token": …} as well as the v1 fields.
    const ApiResponse tutorial = api.call("POST", "/login", QByteArray(), QString(), basic);
    QCOMPARE(tutorial.status, 200);
    const QString token = tutorial.json().value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(tutorial.json().value(u"access_token"_s).toString(), token);
    QCOMPARE(api.call("GET", "/protected", QByteArray(), token).status, 200);

    // Basic with the wrong password is refused like a JSON body with it.
    const ApiResponse wrong = api.call("POST", "/api/v1/auth/login", QByteArray(), {},
                                       basicAuthorization(u"ann"_s, u"not the password"_s));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.error(), u"invalid_credentials"_s);
}

void TestApiAuth::aWrongPasswordAnUnknownUserAndADisabledAccountGetTheSameAnswer()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const User bob = api.createUser(u"bob"_s);
    UserChanges disable;
    disable.disabled = true;
    QVERIFY(api.backend().users().update(Actor::desktopAdministrator(), bob.publicId, disable).result().ok());

    const ApiResponse wrongPassword
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"not the password"_s));
    const ApiResponse unknownUser
        = api.call("POST", "/api/v1/auth/login", credentials(u"nobody"_s, u"not the password"_s));
    const ApiResponse disabledAccount
        = api.call("POST", "/api/v1/auth/login", credentials(u"bob"_s, ApiServerFixture::defaultPassword()));

    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(wrongPassword.error(), u"invalid_credentials"_s);
    QVERIFY(!wrongPassword.header("WWW-Authenticate").isEmpty());
    for (const ApiResponse *other : {&unknownUser, &disabledAccount}) {
        QCOMPARE(other->status, wrongPassword.status);
        QCOMPARE(other->body, wrongPassword.body);
        QCOMPARE(other->header("WWW-Authenticate"), wrongPassword.header("WWW-Authenticate"));
        QCOMPARE(other->header("Content-Type"), wrongPassword.header("Content-Type"));
    }

    // The tutorial's route does not answer 404 for an unknown user either.
    const ApiResponse tutorialUnknown
        = api.call("POST", "/login", credentials(u"nobody"_s, u"whatever it is"_s));
    const ApiResponse tutorialWrong = api.call("POST", "/login", credentials(u"ann"_s, u"whatever it is"_s));
    QCOMPARE(tutorialUnknown.status, 401);
    QCOMPARE(tutorialUnknown.body, tutorialWrong.body);
}

void TestApiAuth::signingInWithoutUsernameOrPasswordIsRefusedWith400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no username") << QByteArray(R"({"password": "a long passphrase"})") << u"username"_s;
    QTest::newRow("no password") << QByteArray(R"({"username": "ann"})") << u"password"_s;
    QTest::newRow("password not a string")
        << QByteArray(R"({"username": "ann", "password": 12345678})") << u"password"_s;
}

void TestApiAuth::signingInWithoutUsernameOrPasswordIsRefusedWith400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);

    for (const QByteArray &path : {QByteArrayLiteral("/api/v1/auth/login"), QByteArrayLiteral("/login")}) {
        const ApiResponse refused = api.call("POST", path, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.error(), u"invalid_input"_s);
        QVERIFY2(refused.json().value(u"fields"_s).toObject().contains(field), refused.body.constData());
    }
}

void TestApiAuth::theAccessTokenIsAcceptedAsBearerAndInTheXAccessTokensHeader()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QString token = api.login(u"ann"_s);
    QVERIFY(!token.isEmpty());

    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), token).status, 200);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), {},
                      "Authorization: bearer " + token.toLatin1() + "\r\n")
                 .status,
             200);
    const ApiResponse tutorial = api.call("GET", "/api/v1/auth/me", QByteArray(), {},
                                          "x-access-tokens: " + token.toLatin1() + "\r\n");
    QCOMPARE(tutorial.status, 200);
    QCOMPARE(tutorial.json().value(u"user"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
    QCOMPARE(
        api.call("GET", "/auth", QByteArray(), {}, "x-access-tokens: " + token.toLatin1() + "\r\n").status,
        200);
}

void TestApiAuth::requestsWithoutOrWithABadTokenAreRefusedWith401AndAChallenge_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("no token") << QByteArray();
    QTest::newRow("empty bearer") << QByteArray("Authorization: Bearer \r\n");
    QTest::newRow("garbage") << QByteArray("Authorization: Bearer not.a.token\r\n");
    QTest::newRow("garbage in x-access-tokens") << QByteArray("x-access-tokens: garbage\r\n");
    QTest::newRow("alg none") << QByteArray("Authorization: Bearer "
                                            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
                                            "eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.\r\n");
    QTest::newRow("a refresh token") << QByteArray(
        "Authorization: Bearer bwr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n");
}

void TestApiAuth::requestsWithoutOrWithABadTokenAreRefusedWith401AndAChallenge()
{
    QFETCH(QByteArray, headers);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));

    const ApiResponse refused = api.call("GET", "/api/v1/auth/me", QByteArray(), {}, headers);
    QCOMPARE(refused.status, 401);
    QVERIFY(!refused.error().isEmpty());
    QVERIFY2(
        refused.header("WWW-Authenticate").startsWith(R"(Bearer realm="bookwarden", error="invalid_token")"),
        refused.header("WWW-Authenticate").constData());
}

void TestApiAuth::anExpiredAccessTokenIsRefusedWith401()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QJsonObject pair = api.loginResponse(u"ann"_s);
    const QString token = pair.value(u"access_token"_s).toString();
    const qint64 lifetime = qint64(pair.value(u"expires_in"_s).toDouble());
    QVERIFY(lifetime > 0);

    api.fixture().clock().advanceSeconds(lifetime - 1);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), token).status, 200);
    api.fixture().clock().advanceSeconds(120); // past any leeway
    const ApiResponse expired = api.call("GET", "/api/v1/auth/me", QByteArray(), token);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
}

void TestApiAuth::refreshingRotatesTheRefreshToken()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QString first = api.loginResponse(u"ann"_s).value(u"refresh_token"_s).toString();
    QVERIFY(!first.isEmpty());

    const ApiResponse rotated
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, first}});
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(u"refresh_token"_s).toString();
    const QString access = rotated.json().value(u"access_token"_s).toString();
    QVERIFY(second.startsWith(u"bwr_"_s));
    QVERIFY(second != first);
    QCOMPARE(rotated.json().value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), access).status, 200);

    // The new one works once more; it rotates again.
    const ApiResponse again
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, second}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.json().value(u"refresh_token"_s).toString() != second);

    // Refreshing without a token is a 400, not a 5xx.
    const ApiResponse missing = api.call("POST", "/api/v1/auth/refresh", QJsonObject {});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.json().value(u"fields"_s).toObject().contains(u"refresh_token"_s));
}

void TestApiAuth::reusingARotatedRefreshTokenEndsTheWholeSession()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QJsonObject signedIn = api.loginResponse(u"ann"_s);
    const QString stolen = signedIn.value(u"refresh_token"_s).toString();

    // The rightful client refreshes…
    const ApiResponse rotated
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, stolen}});
    QCOMPARE(rotated.status, 200);
    const QString current = rotated.json().value(u"refresh_token"_s).toString();
    const QString currentAccess = rotated.json().value(u"access_token"_s).toString();
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), currentAccess).status, 200);

    // …then a thief presents the copy of the old one: refused, and the session is over for both.
    const ApiResponse reused
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, stolen}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.error(), u"refresh_token_reused"_s);

    const ApiResponse rightful
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, current}});
    QCOMPARE(rightful.status, 401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), currentAccess).status, 401);
    QCOMPARE(
        api.call("GET", "/api/v1/auth/me", QByteArray(), signedIn.value(u"access_token"_s).toString()).status,
        401);

    // Other sessions of the same user are not affected.
    QVERIFY(!api.login(u"ann"_s).isEmpty());
}

void TestApiAuth::anUnknownRefreshTokenIsRefusedWith401()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    for (const QString &token :
         {u"bwr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, u"nonsense"_s, u""_s}) {
        const ApiResponse refused
            = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, token}});
        QVERIFY2(refused.status == 401 || (token.isEmpty() && refused.status == 400),
                 qPrintable(u"%1 for \"%2\""_s.arg(refused.status).arg(token)));
        QVERIFY(!refused.error().isEmpty());
    }
}

void TestApiAuth::loggingOutRevokesTheAccessTokenAndTheRefreshToken()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QJsonObject kept = api.loginResponse(u"ann"_s); // another device
    const QJsonObject pair = api.loginResponse(u"ann"_s);
    const QString access = pair.value(u"access_token"_s).toString();
    const QString refresh = pair.value(u"refresh_token"_s).toString();

    QCOMPARE(api.call("POST", "/api/v1/auth/logout", QByteArray(), {}).status, 401);
    const ApiResponse loggedOut = api.call("POST", "/api/v1/auth/logout", QByteArray(), access);
    QCOMPARE(loggedOut.status, 204);
    QVERIFY(loggedOut.body.isEmpty());

    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), access).status, 401);
    QCOMPARE(api.call("POST", "/api/v1/auth/logout", QByteArray(), access).status, 401);
    QCOMPARE(api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, refresh}}).status,
             401);

    // Only that session ended.
    QCOMPARE(
        api.call("GET", "/api/v1/auth/me", QByteArray(), kept.value(u"access_token"_s).toString()).status,
        200);
    QCOMPARE(api.call("POST", "/api/v1/auth/refresh",
                      QJsonObject {{u"refresh_token"_s, kept.value(u"refresh_token"_s).toString()}})
                 .status,
             200);
}

void TestApiAuth::introspectionShowsAUserOnlyTheirOwnTokensAndAnAdministratorAny()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    api.createUser(u"bob"_s);
    const QString admin = api.login(u"root"_s);
    const QString annToken = api.login(u"ann"_s);
    const QString bobToken = api.login(u"bob"_s);
    const auto introspect = [&api](const QString &token, const QString &caller) {
        return api.call("POST", "/api/v1/auth/introspect", QJsonObject {{u"token"_s, token}}, caller);
    };

    const ApiResponse own = introspect(annToken, annToken);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"active"_s).toBool(), true);
    QCOMPARE(own.json().value(u"sub"_s).toString(), ann.publicId);
    QCOMPARE(own.json().value(u"username"_s).toString(), u"ann"_s);
    QCOMPARE(own.json().value(u"token_type"_s).toString(), u"access_token"_s);
    QVERIFY(own.json().value(u"exp"_s).toDouble() > own.json().value(u"iat"_s).toDouble());

    // Someone else's token looks like no token at all: nothing about bob comes back.
    const ApiResponse others = introspect(bobToken, annToken);
    QCOMPARE(others.status, 200);
    QCOMPARE(others.json(), (QJsonObject {{u"active"_s, false}}));
    const ApiResponse asAdmin = introspect(bobToken, admin);
    QCOMPARE(asAdmin.json().value(u"active"_s).toBool(), true);
    QCOMPARE(asAdmin.json().value(u"username"_s).toString(), u"bob"_s);

    QCOMPARE(introspect(u"garbage"_s, admin).json(), (QJsonObject {{u"active"_s, false}}));
    QCOMPARE(api.call("POST", "/api/v1/auth/logout", QByteArray(), bobToken).status, 204);
    QCOMPARE(introspect(bobToken, admin).json(), (QJsonObject {{u"active"_s, false}}));

    QCOMPARE(introspect(annToken, QString()).status, 401);
    QCOMPARE(api.call("POST", "/api/v1/auth/introspect", QJsonObject {}, annToken).status, 400);
}

void TestApiAuth::changingOnesPasswordChecksTheCurrentOneAndThePolicy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("wrong current password")
        << QByteArray(R"({"current_password": "not my password", "new_password": "a brand new secret"})")
        << u"current_password"_s;
    QTest::newRow("new password too short")
        << QByteArray(R"({"current_password": "correct horse battery", "new_password": "short"})")
        << u"new_password"_s;
    QTest::newRow("new password is the old one") << QByteArray(
        R"({"current_password": "correct horse battery", "new_password": "correct horse battery"})")
                                                 << u"new_password"_s;
    QTest::newRow("new password is the username")
        << QByteArray(R"({"current_password": "correct horse battery", "new_password": "annabelle"})")
        << u"new_password"_s;
    QTest::newRow("no new password") << QByteArray(R"({"current_password": "correct horse battery"})")
                                     << u"new_password"_s;
    QTest::newRow("no current password")
        << QByteArray(R"({"new_password": "a brand new secret"})") << u"current_password"_s;
}

void TestApiAuth::changingOnesPasswordChecksTheCurrentOneAndThePolicy()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"annabelle"_s);
    const QString token = api.login(u"annabelle"_s);

    const ApiResponse refused = api.call("POST", "/api/v1/auth/password", body, token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json().value(u"fields"_s).toObject().contains(field), refused.body.constData());
    QVERIFY(!refused.body.contains("correct horse"));
    // Nothing changed: the old password and the token still work.
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), token).status, 200);
    QVERIFY(!api.login(u"annabelle"_s).isEmpty());
    QCOMPARE(api.call("POST", "/api/v1/auth/password", body).status, 401);
}

void TestApiAuth::repeatedFailedSignInsForOneAccountAreThrottledWith429AndRetryAfter()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const int threshold = api.backend().loginThrottle().policy().accountFailures;
    QCOMPARE(threshold, 5); // docs/api.md promises five

    for (int attempt = 1; attempt <= threshold; ++attempt) {
        const ApiResponse failed
            = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s));
        QVERIFY2(failed.status == 401, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(failed.status)));
    }
    const ApiResponse throttled
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.error(), u"too_many_attempts"_s);
    bool numeric = false;
    const int retryAfter = throttled.header("Retry-After").toInt(&numeric);
    QVERIFY2(numeric && retryAfter >= 1, throttled.header("Retry-After").constData());

    // The name is held back whatever its case.
    QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ANN"_s, u"guess number x"_s)).status, 429);
    // The tutorial's route and HTTP Basic are throttled too.
    QCOMPARE(api.call("POST", "/login", credentials(u"ann"_s, u"guess number x"_s)).status, 429);
    QCOMPARE(api.call("POST", "/api/v1/auth/login", QByteArray(), {},
                      basicAuthorization(u"ann"_s, ApiServerFixture::defaultPassword()))
                 .status,
             429);

    // Once Retry-After has passed, the right password gets in again.
    api.fixture().clock().advanceSeconds(retryAfter);
    QVERIFY(!api.login(u"ann"_s).isEmpty());
}

void TestApiAuth::whileThrottledTheRightPasswordGetsTheSameAnswerAsAWrongOne()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    for (int attempt = 0; attempt < api.backend().loginThrottle().policy().accountFailures; ++attempt)
        QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s)).status,
                 401);

    const ApiResponse wrong
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number y"_s));
    const ApiResponse right
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, ApiServerFixture::defaultPassword()));
    QCOMPARE(wrong.status, 429);
    QCOMPARE(right.status, 429);
    QCOMPARE(right.body, wrong.body);
    QCOMPARE(right.header("Retry-After"), wrong.header("Retry-After"));
}

void TestApiAuth::unknownAccountNamesAreThrottledLikeKnownOnes()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const int threshold = api.backend().loginThrottle().policy().accountFailures;
    for (int attempt = 0; attempt < threshold; ++attempt) {
        QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s)).status,
                 401);
        QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"nobody"_s, u"guess number x"_s)).status,
                 401);
    }
    const ApiResponse known
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s));
    const ApiResponse unknown
        = api.call("POST", "/api/v1/auth/login", credentials(u"nobody"_s, u"guess number x"_s));
    QCOMPARE(known.status, 429);
    QCOMPARE(unknown.status, 429);
    QCOMPARE(unknown.body, known.body);
    QCOMPARE(unknown.header("Retry-After"), known.header("Retry-After"));
}

void TestApiAuth::repeatedFailuresFromOneAddressThrottleEveryAccountName()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const LoginThrottlePolicy policy = api.backend().loginThrottle().policy();
    QCOMPARE(policy.addressFailures, 20); // docs/api.md promises twenty
    QVERIFY(policy.addressFailures > policy.accountFailures);

    // A password sprayer: one guess per name, every name different, all from 127.0.0.1.
    for (int attempt = 0; attempt < policy.addressFailures; ++attempt) {
        const ApiResponse failed = api.call("POST", "/api/v1/auth/login",
                                            credentials(u"sprayed%1"_s.arg(attempt), u"Password123!"_s));
        QVERIFY2(failed.status == 401, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(failed.status)));
    }
    const ApiResponse held
        = api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, ApiServerFixture::defaultPassword()));
    QCOMPARE(held.status, 429);
    QVERIFY(held.header("Retry-After").toInt() >= 1);

    api.fixture().clock().advanceSeconds(held.header("Retry-After").toInt());
    QVERIFY(!api.login(u"ann"_s).isEmpty());
}

void TestApiAuth::aSuccessfulSignInClearsTheAccountsFailureCount()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const int threshold = api.backend().loginThrottle().policy().accountFailures;

    for (int round = 0; round < 2; ++round) {
        for (int attempt = 0; attempt < threshold - 1; ++attempt)
            QCOMPARE(
                api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s)).status,
                401);
        QVERIFY(!api.login(u"ann"_s).isEmpty());
    }
    // Eight failures in all, but never five in a row: the account is not held back.
    QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s)).status, 401);
}

void TestApiAuth::theLoginsMetricCountsSuccessfulFailedAndThrottledSignIns()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QString ok = uR"(bookwarden_logins_total{result="ok"})"_s;
    const QString failed = uR"(bookwarden_logins_total{result="failed"})"_s;
    const QString throttled = uR"(bookwarden_logins_total{result="throttled"})"_s;
    const QString issued = u"bookwarden_tokens_issued_total"_s;
    QCOMPARE(metricValue(api, ok), 0.0);
    QCOMPARE(metricValue(api, failed), 0.0);

    QVERIFY(!api.login(u"ann"_s).isEmpty());
    QCOMPARE(metricValue(api, ok), 1.0);
    QCOMPARE(metricValue(api, failed), 0.0);
    QCOMPARE(metricValue(api, issued), 1.0);

    QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"ann"_s, u"guess number x"_s)).status, 401);
    QCOMPARE(api.call("POST", "/login", credentials(u"nobody"_s, u"guess number x"_s)).status, 401);
    QCOMPARE(metricValue(api, failed), 2.0);
    QCOMPARE(metricValue(api, ok), 1.0);

    QCOMPARE(api.call("POST", "/login", QByteArray(), {},
                      basicAuthorization(u"ann"_s, ApiServerFixture::defaultPassword()))
                 .status,
             200);
    QCOMPARE(metricValue(api, ok), 2.0);
    QCOMPARE(metricValue(api, issued), 2.0);

    for (int attempt = 0; attempt < api.backend().loginThrottle().policy().accountFailures; ++attempt)
        QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"bob"_s, u"guess number x"_s)).status,
                 401);
    QCOMPARE(api.call("POST", "/api/v1/auth/login", credentials(u"bob"_s, u"guess number x"_s)).status, 429);
    QCOMPARE(metricValue(api, failed), 2.0 + api.backend().loginThrottle().policy().accountFailures);
    QCOMPARE(metricValue(api, throttled), 1.0);
    QCOMPARE(metricValue(api, ok), 2.0);

    // A malformed request is not a sign-in attempt.
    QCOMPARE(api.call("POST", "/api/v1/auth/login", QByteArray("{}")).status, 400);
    QCOMPARE(metricValue(api, failed), 2.0 + api.backend().loginThrottle().policy().accountFailures);

    // The same numbers the GUI reads.
    QCOMPARE(api.server().metrics()->counterValue("bookwarden_logins_total", {{"result", "ok"}}), quint64(2));
}

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_apiauth.moc"
