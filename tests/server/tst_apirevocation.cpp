#include "ApiServerFixture.h"
#include "Backend.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Revocation is visible at once: after an administrator (or the user) changes what an account may do, the
// tokens it held before stop working on the very next request, on every route and in both token headers,
// and its refresh tokens no longer refresh. Nobody else's tokens are touched.
namespace {
struct SignedIn
{
    QString access;
    QString refresh;
};

SignedIn signIn(ApiServerFixture &api, const QString &username,
                const QString &password = ApiServerFixture::defaultPassword())
{
    const QJsonObject pair = api.loginResponse(username, password);
    return {pair.value(u"access_token"_s).toString(), pair.value(u"refresh_token"_s).toString()};
}

QByteArray userPath(const QString &publicId)
{
    return "/api/v1/users/" + publicId.toLatin1();
}

int refreshStatus(ApiServerFixture &api, const QString &refreshToken)
{
    return api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, refreshToken}}).status;
}

// The token is refused on an ordinary route, on a tutorial route and through the tutorial's header, each
// with the RFC 6750 challenge.
void verifyRefusedEverywhere(ApiServerFixture &api, const QString &token)
{
    const ApiResponse me = api.call("GET", "/api/v1/auth/me", QByteArray(), token);
    QCOMPARE(me.status, 401);
    QVERIFY2(me.header("WWW-Authenticate").contains("invalid_token"),
             me.header("WWW-Authenticate").constData());
    QCOMPARE(api.call("GET", "/api/v1/books", QByteArray(), token).status, 401);
    QCOMPARE(api.call("GET", "/protected", QByteArray(), {}, "x-access-tokens: " + token.toLatin1() + "\r\n")
                 .status,
             401);
    QCOMPARE(api.call("POST", "/api/v1/books",
                      QJsonObject {{u"title"_s, u"Dune"_s},
                                   {u"author"_s, u"Frank Herbert"_s},
                                   {u"publisher"_s, u"Chilton"_s},
                                   {u"price"_s, 9.99}},
                      token)
                 .status,
             401);
}
} // namespace

class TestApiRevocation : public QObject
{
    Q_OBJECT

private slots:
    void anAdministratorsChangeRevokesTheUsersEarlierTokens_data();
    void anAdministratorsChangeRevokesTheUsersEarlierTokens();
    void afterTheChangeNewSignInsWorkAgain_data();
    void afterTheChangeNewSignInsWorkAgain();
    void aChangeThatIsRefusedRevokesNothing();

    void signingOutEverywhereIsForAdministratorsAndTheUserThemselves();
    void signingOutEverywhereAnUnknownUserIsA404();

    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers();
    void loggingOutRevokesOnlyThatSession();
};

void TestApiRevocation::anAdministratorsChangeRevokesTheUsersEarlierTokens_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathSuffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("promoteFirst"); // ann is an administrator before the change

    QTest::newRow("disable") << QByteArray("PATCH") << QString() << QByteArray(R"({"disabled": true})") << 200
                             << false;
    QTest::newRow("promote to admin")
        << QByteArray("PATCH") << QString() << QByteArray(R"({"role": "admin"})") << 200 << false;
    QTest::newRow("demote to user") << QByteArray("PATCH") << QString() << QByteArray(R"({"role": "user"})")
                                    << 200 << true;
    QTest::newRow("reset the password")
        << QByteArray("PATCH") << QString() << QByteArray(R"({"password": "a brand new secret"})") << 200
        << false;
    QTest::newRow("delete") << QByteArray("DELETE") << QString() << QByteArray() << 204 << false;
    QTest::newRow("sign out everywhere")
        << QByteArray("POST") << u"/sign-out-everywhere"_s << QByteArray() << 204 << false;
}

void TestApiRevocation::anAdministratorsChangeRevokesTheUsersEarlierTokens()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathSuffix);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, promoteFirst);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s, promoteFirst ? Role::Admin : Role::User);
    api.createUser(u"bob"_s);
    const SignedIn phone = signIn(api, u"ann"_s);
    const SignedIn laptop = signIn(api, u"ann"_s);
    const SignedIn bob = signIn(api, u"bob"_s);
    const QString admin = api.login(u"root"_s);
    // Used once before, so that any per-thread cache of verified tokens has them.
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), phone.access).status, 200);
    QCOMPARE(api.call("GET", "/api/v1/books", QByteArray(), laptop.access).status, 200);

    // A minute later, while the tokens are still fresh.
    api.fixture().clock().advanceSeconds(60);
    const ApiResponse changed = api.call(method, userPath(ann.publicId) + pathSuffix.toLatin1(), body, admin);
    QCOMPARE(changed.status, status);

    verifyRefusedEverywhere(api, phone.access);
    verifyRefusedEverywhere(api, laptop.access);
    QCOMPARE(refreshStatus(api, phone.refresh), 401);
    QCOMPARE(refreshStatus(api, laptop.refresh), 401);
    // Still refused later on: the revocation does not wear off before the tokens would have expired.
    api.fixture().clock().advanceSeconds(5 * 60);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), phone.access).status, 401);
    QCOMPARE(refreshStatus(api, laptop.refresh), 401);

    // Ann has no open session left; bob and the administrator are untouched.
    const ApiResponse sessions
        = api.call("GET", "/api/v1/sessions?user=" + ann.publicId.toLatin1(), QByteArray(), admin);
    QCOMPARE(sessions.status, 200);
    QCOMPARE(sessions.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), bob.access).status, 200);
    QCOMPARE(refreshStatus(api, bob.refresh), 200);
    QCOMPARE(api.call("GET", "/api/v1/users", QByteArray(), admin).status, 200);
}

void TestApiRevocation::afterTheChangeNewSignInsWorkAgain_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathSuffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("passwordAfter");
    QTest::addColumn<QString>("roleAfter");
    QTest::newRow("promote to admin")
        << QByteArray("PATCH") << QString() << QByteArray(R"({"role": "admin"})")
        << ApiServerFixture::defaultPassword() << u"admin"_s;
    QTest::newRow("reset the password")
        << QByteArray("PATCH") << QString() << QByteArray(R"({"password": "a brand new secret"})")
        << u"a brand new secret"_s << u"user"_s;
    QTest::newRow("sign out everywhere") << QByteArray("POST") << u"/sign-out-everywhere"_s << QByteArray()
                                         << ApiServerFixture::defaultPassword() << u"user"_s;
}

void TestApiRevocation::afterTheChangeNewSignInsWorkAgain()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathSuffix);
    QFETCH(QByteArray, body);
    QFETCH(QString, passwordAfter);
    QFETCH(QString, roleAfter);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const SignedIn before = signIn(api, u"ann"_s);
    const QString admin = api.login(u"root"_s);

    // In the same millisecond: the revocation must not depend on the clock having moved.
    QVERIFY(api.call(method, userPath(ann.publicId) + pathSuffix.toLatin1(), body, admin).status < 300);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), before.access).status, 401);

    const SignedIn after = signIn(api, u"ann"_s, passwordAfter);
    const ApiResponse me = api.call("GET", "/api/v1/auth/me", QByteArray(), after.access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"user"_s).toObject().value(u"role"_s).toString(), roleAfter);
    QCOMPARE(refreshStatus(api, after.refresh), 200);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), before.access).status, 401);
    QCOMPARE(refreshStatus(api, before.refresh), 401);
}

void TestApiRevocation::aChangeThatIsRefusedRevokesNothing()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const SignedIn admin = signIn(api, u"root"_s);
    const SignedIn user = signIn(api, u"ann"_s);

    // The last administrator cannot step down; a user cannot disable anyone; a weak password is refused.
    QCOMPARE(
        api.call("PATCH", userPath(root.publicId), QJsonObject {{u"role"_s, u"user"_s}}, admin.access).status,
        409);
    QCOMPARE(
        api.call("PATCH", userPath(ann.publicId), QJsonObject {{u"disabled"_s, true}}, user.access).status,
        403);
    QCOMPARE(
        api.call("PATCH", userPath(ann.publicId), QJsonObject {{u"password"_s, u"short"_s}}, admin.access)
            .status,
        400);
    QCOMPARE(
        api.call("POST", userPath(root.publicId) + "/sign-out-everywhere", QByteArray(), user.access).status,
        403);

    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin.access).status, 200);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), user.access).status, 200);
    QCOMPARE(refreshStatus(api, admin.refresh), 200);
    QCOMPARE(refreshStatus(api, user.refresh), 200);
}

void TestApiRevocation::signingOutEverywhereIsForAdministratorsAndTheUserThemselves()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const User bob = api.createUser(u"bob"_s);
    const SignedIn annPhone = signIn(api, u"ann"_s);
    const SignedIn annLaptop = signIn(api, u"ann"_s);
    const SignedIn bobs = signIn(api, u"bob"_s);
    const SignedIn admin = signIn(api, u"root"_s);

    QCOMPARE(api.call("POST", userPath(ann.publicId) + "/sign-out-everywhere", QByteArray()).status, 401);
    const ApiResponse others
        = api.call("POST", userPath(bob.publicId) + "/sign-out-everywhere", QByteArray(), annPhone.access);
    QCOMPARE(others.status, 403);
    QCOMPARE(others.error(), u"admin_required"_s);
    QCOMPARE(api.call("POST", userPath(root.publicId) + "/sign-out-everywhere", QByteArray(), annPhone.access)
                 .status,
             403);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), bobs.access).status, 200);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin.access).status, 200);

    // Ann, having lost a phone, signs herself out everywhere from the laptop: both sessions end.
    const ApiResponse own
        = api.call("POST", userPath(ann.publicId) + "/sign-out-everywhere", QByteArray(), annLaptop.access);
    QCOMPARE(own.status, 204);
    QVERIFY(own.body.isEmpty());
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), annPhone.access).status, 401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), annLaptop.access).status, 401);
    QCOMPARE(refreshStatus(api, annPhone.refresh), 401);
    QCOMPARE(refreshStatus(api, annLaptop.refresh), 401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), bobs.access).status, 200);

    // An administrator may sign out anyone, themselves included.
    QCOMPARE(
        api.call("POST", userPath(bob.publicId) + "/sign-out-everywhere", QByteArray(), admin.access).status,
        204);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), bobs.access).status, 401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin.access).status, 200);
    QCOMPARE(
        api.call("POST", userPath(root.publicId) + "/sign-out-everywhere", QByteArray(), admin.access).status,
        204);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin.access).status, 401);
    QCOMPARE(refreshStatus(api, admin.refresh), 401);
}

void TestApiRevocation::signingOutEverywhereAnUnknownUserIsA404()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const QString admin = api.login(u"root"_s);

    const ApiResponse missing
        = api.call("POST", "/api/v1/users/00000000-0000-4000-8000-000000000000/sign-out-everywhere",
                   QByteArray(), admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error(), u"user_not_found"_s);
    QCOMPARE(api.call("GET", "/api/v1/users/00000000-0000-4000-8000-000000000000/sign-out-everywhere",
                      QByteArray(), admin)
                 .status,
             405);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin).status, 200);
}

void TestApiRevocation::changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const SignedIn phone = signIn(api, u"ann"_s);
    const SignedIn laptop = signIn(api, u"ann"_s);

    const ApiResponse wrong = api.call("POST", "/api/v1/auth/password",
                                       QJsonObject {{u"current_password"_s, u"not my password"_s},
                                                    {u"new_password"_s, u"a brand new secret"_s}},
                                       laptop.access);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), phone.access).status, 200);

    const ApiResponse changed
        = api.call("POST", "/api/v1/auth/password",
                   QJsonObject {{u"current_password"_s, ApiServerFixture::defaultPassword()},
                                {u"new_password"_s, u"a brand new secret"_s}},
                   laptop.access);
    QCOMPARE(changed.status, 204);

    verifyRefusedEverywhere(api, phone.access);
    QCOMPARE(refreshStatus(api, phone.refresh), 401);
    // This session survives through its refresh token (its access token was issued before the change).
    const ApiResponse refreshed
        = api.call("POST", "/api/v1/auth/refresh", QJsonObject {{u"refresh_token"_s, laptop.refresh}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(
        api.call("GET", "/api/v1/auth/me", QByteArray(), refreshed.json().value(u"access_token"_s).toString())
            .status,
        200);
    QVERIFY(!api.login(u"ann"_s, u"a brand new secret"_s).isEmpty());
}

void TestApiRevocation::loggingOutRevokesOnlyThatSession()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const SignedIn phone = signIn(api, u"ann"_s);
    const SignedIn laptop = signIn(api, u"ann"_s);
    QCOMPARE(api.call("GET", "/api/v1/books", QByteArray(), phone.access).status, 200);

    QCOMPARE(api.call("POST", "/api/v1/auth/logout", QByteArray(), phone.access).status, 204);
    verifyRefusedEverywhere(api, phone.access);
    QCOMPARE(refreshStatus(api, phone.refresh), 401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), laptop.access).status, 200);
    QCOMPARE(refreshStatus(api, laptop.refresh), 200);
}

QTEST_GUILESS_MAIN(TestApiRevocation)
#include "tst_apirevocation.moc"
