#include "ApiServerFixture.h"
#include "Backend.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Account administration and signed-in sessions over the real REST server: /api/v1/users, /api/v1/sessions
// and the tutorial's /users, who may use them, and the last-administrator rule.
namespace {
const QString unknownId = u"00000000-0000-4000-8000-000000000000"_s;

QJsonObject tokenPayload(const QString &token)
{
    const QByteArray encoded = token.toLatin1().split('.').value(1);
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(encoded,
                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

QString sessionOf(const QString &accessToken)
{
    return tokenPayload(accessToken).value(u"sid"_s).toString();
}

bool mentionsPasswords(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    return lower.contains("password") || lower.contains("$argon2") || lower.contains("hash")
        || lower.contains("secret");
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList usernames(const QJsonArray &users, const QString &key = u"username"_s)
{
    QStringList names;
    for (const QJsonValue &user : users)
        names << user.toObject().value(key).toString();
    names.sort();
    return names;
}

QByteArray userPath(const QString &publicId)
{
    return "/api/v1/users/" + publicId.toLatin1();
}

QJsonObject patch(const char *key, const QJsonValue &value)
{
    return QJsonObject {{QLatin1String(key), value}};
}
} // namespace

class TestApiUsers : public QObject
{
    Q_OBJECT

private slots:
    void anAdministratorListsUsersWithoutPasswordsOrHashes();
    void theTutorialsUserListIsForAdministratorsAndShowsNoHashes();
    void nonAdministratorsAreRefusedWith403_data();
    void nonAdministratorsAreRefusedWith403();
    void withoutATokenEveryUserAndSessionRouteAnswers401_data();
    void withoutATokenEveryUserAndSessionRouteAnswers401();
    void aUserReadsTheirOwnAccount();
    void anUnknownUserIdIsA404ForAdministrators_data();
    void anUnknownUserIdIsA404ForAdministrators();

    void anAdministratorCreatesAnAccountWithARole();
    void creatingAnAccountWithBadInputIsRefused_data();
    void creatingAnAccountWithBadInputIsRefused();
    void anAdministratorChangesAUsersRole();
    void anAdministratorDisablesAndEnablesAnAccount();
    void anAdministratorResetsAPassword();
    void aPatchThatChangesNothingOrIsInvalidIsRefusedWith400_data();
    void aPatchThatChangesNothingOrIsInvalidIsRefusedWith400();
    void anAdministratorDeletesAnAccount();
    void theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted_data();
    void theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted();
    void anAdministratorMayStepDownWhenAnotherRemains();

    void anAdministratorListsEverySessionOrOneUsers();
    void aUserListsOnlyTheirOwnSessions();
    void anAdministratorEndsAUsersSession();
    void aUserEndsTheirOwnOtherSession();
    void aUserCannotEndSomeoneElsesSession();
    void endingAnUnknownSessionIsA404();
};

void TestApiUsers::anAdministratorListsUsersWithoutPasswordsOrHashes()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    api.createUser(u"bob"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse listed = api.call("GET", "/api/v1/users", QByteArray(), admin);
    QCOMPARE(listed.status, 200);
    QVERIFY2(!mentionsPasswords(listed.body), listed.body.constData());
    const QJsonArray items = listed.json().value(u"items"_s).toArray();
    QCOMPARE(usernames(items), (QStringList {u"ann"_s, u"bob"_s, u"root"_s}));
    QCOMPARE(listed.json().value(u"total"_s).toInt(), 3);
    QCOMPARE(listed.json().value(u"total_exact"_s), QJsonValue(true));
    const ApiResponse searched = api.call("GET", "/api/v1/users?q=an", QByteArray(), admin);
    QCOMPARE(searched.json().value(u"total"_s).toInt(), 1);
    QCOMPARE(searched.json().value(u"total_exact"_s), QJsonValue(true));
    const QStringList expectedKeys {u"book_count"_s,    u"created_at"_s, u"disabled"_s,   u"id"_s,
                                    u"last_login_at"_s, u"role"_s,       u"updated_at"_s, u"username"_s};
    for (const QJsonValue &item : items)
        QCOMPARE(sortedKeys(item.toObject()), expectedKeys);

    // Paging and searching do not change that.
    const ApiResponse page = api.call("GET", "/api/v1/users?limit=1&q=an", QByteArray(), admin);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(page.json().value(u"items"_s).toArray().first().toObject().value(u"username"_s).toString(),
             u"ann"_s);
    QCOMPARE(api.call("GET", "/api/v1/users?limit=0", QByteArray(), admin).status, 400);

    const ApiResponse one = api.call("GET", userPath(ann.publicId), QByteArray(), admin);
    QCOMPARE(one.status, 200);
    QVERIFY2(!mentionsPasswords(one.body), one.body.constData());
    QCOMPARE(sortedKeys(one.json().value(u"user"_s).toObject()), expectedKeys);
    QCOMPARE(one.json().value(u"user"_s).toObject().value(u"id"_s).toString(), ann.publicId);
}

void TestApiUsers::theTutorialsUserListIsForAdministratorsAndShowsNoHashes()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    api.createUser(u"ann"_s);

    const ApiResponse listed = api.call("GET", "/users", QByteArray(), api.login(u"root"_s));
    QCOMPARE(listed.status, 200);
    QVERIFY2(!mentionsPasswords(listed.body), listed.body.constData());
    const QJsonArray users = listed.json().value(u"users"_s).toArray();
    QCOMPARE(usernames(users, u"name"_s), (QStringList {u"ann"_s, u"root"_s}));
    for (const QJsonValue &user : users) {
        QCOMPARE(sortedKeys(user.toObject()), (QStringList {u"admin"_s, u"name"_s, u"public_id"_s}));
        QCOMPARE(user.toObject().value(u"admin"_s).toBool(),
                 user.toObject().value(u"name"_s).toString() == u"root"_s);
    }

    const ApiResponse asUser = api.call("GET", "/users", QByteArray(), api.login(u"ann"_s));
    QCOMPARE(asUser.status, 403);
    QVERIFY(!asUser.body.contains("root"));
    QCOMPARE(api.call("GET", "/users").status, 401);
}

void TestApiUsers::nonAdministratorsAreRefusedWith403_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {other} and {self} stand for the two users' ids
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("list users") << QByteArray("GET") << u"/api/v1/users"_s << QByteArray();
    QTest::newRow("create a user")
        << QByteArray("POST") << u"/api/v1/users"_s
        << QByteArray(R"({"username": "mallory", "password": "a long passphrase", "role": "admin"})");
    QTest::newRow("read another user") << QByteArray("GET") << u"/api/v1/users/{other}"_s << QByteArray();
    QTest::newRow("disable another user")
        << QByteArray("PATCH") << u"/api/v1/users/{other}"_s << QByteArray(R"({"disabled": true})");
    QTest::newRow("reset another's password") << QByteArray("PATCH") << u"/api/v1/users/{other}"_s
                                              << QByteArray(R"({"password": "taken over now"})");
    QTest::newRow("promote oneself") << QByteArray("PATCH") << u"/api/v1/users/{self}"_s
                                     << QByteArray(R"({"role": "admin"})");
    QTest::newRow("delete another user")
        << QByteArray("DELETE") << u"/api/v1/users/{other}"_s << QByteArray();
    QTest::newRow("delete an unknown user")
        << QByteArray("DELETE") << QString(u"/api/v1/users/"_s + unknownId) << QByteArray();
    QTest::newRow("another user's sessions")
        << QByteArray("GET") << u"/api/v1/sessions?user={other}"_s << QByteArray();
    QTest::newRow("the tutorial's user list") << QByteArray("GET") << u"/users"_s << QByteArray();
}

void TestApiUsers::nonAdministratorsAreRefusedWith403()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const QString token = api.login(u"ann"_s);
    path.replace(u"{other}"_s, root.publicId).replace(u"{self}"_s, ann.publicId);

    const ApiResponse refused = api.call(method, path.toLatin1(), body, token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error(), u"admin_required"_s);
    QVERIFY(!refused.body.contains("root"));

    // Nothing changed.
    const Result<UserPage> users = api.backend().users().list(Actor::desktopAdministrator(), UserQuery {});
    QVERIFY(users.ok());
    QCOMPARE(users->total, qint64(2));
    for (const User &user : users->items) {
        QCOMPARE(user.disabled, false);
        QCOMPARE(user.isAdmin(), user.username == u"root"_s);
    }
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), token).status, 200);
    QVERIFY(!api.login(u"root"_s).isEmpty());
}

void TestApiUsers::withoutATokenEveryUserAndSessionRouteAnswers401_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET users") << QByteArray("GET") << QByteArray("/api/v1/users") << QByteArray();
    QTest::newRow("POST users") << QByteArray("POST") << QByteArray("/api/v1/users")
                                << QByteArray(R"({"username": "mallory", "password": "a long passphrase"})");
    QTest::newRow("GET a user") << QByteArray("GET") << userPath(unknownId) << QByteArray();
    QTest::newRow("PATCH a user") << QByteArray("PATCH") << userPath(unknownId)
                                  << QByteArray(R"({"disabled": true})");
    QTest::newRow("DELETE a user") << QByteArray("DELETE") << userPath(unknownId) << QByteArray();
    QTest::newRow("GET sessions") << QByteArray("GET") << QByteArray("/api/v1/sessions") << QByteArray();
    QTest::newRow("DELETE a session")
        << QByteArray("DELETE") << QByteArray("/api/v1/sessions/abc") << QByteArray();
}

void TestApiUsers::withoutATokenEveryUserAndSessionRouteAnswers401()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);

    const ApiResponse refused = api.call(method, path, body);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").startsWith("Bearer "));
    QVERIFY(!refused.error().isEmpty());
}

void TestApiUsers::aUserReadsTheirOwnAccount()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User ann = api.createUser(u"ann"_s);

    const ApiResponse own = api.call("GET", userPath(ann.publicId), QByteArray(), api.login(u"ann"_s));
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"user"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
    QVERIFY(!mentionsPasswords(own.body));
}

void TestApiUsers::anUnknownUserIdIsA404ForAdministrators_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << userPath(unknownId) << QByteArray();
    QTest::newRow("PATCH role") << QByteArray("PATCH") << userPath(unknownId)
                                << QByteArray(R"({"role": "admin"})");
    QTest::newRow("PATCH password") << QByteArray("PATCH") << userPath(unknownId)
                                    << QByteArray(R"({"password": "a long passphrase"})");
    QTest::newRow("DELETE") << QByteArray("DELETE") << userPath(unknownId) << QByteArray();
    QTest::newRow("GET not a uuid") << QByteArray("GET") << QByteArray("/api/v1/users/1") << QByteArray();
    QTest::newRow("GET a username") << QByteArray("GET") << QByteArray("/api/v1/users/root") << QByteArray();
    QTest::newRow("GET percent-encoded junk")
        << QByteArray("GET") << QByteArray("/api/v1/users/%27%20OR%201%3D1") << QByteArray();
}

void TestApiUsers::anUnknownUserIdIsA404ForAdministrators()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);

    const ApiResponse missing = api.call(method, path, body, api.login(u"root"_s));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error(), u"user_not_found"_s);
}

void TestApiUsers::anAdministratorCreatesAnAccountWithARole()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const QString admin = api.login(u"root"_s);

    const ApiResponse created = api.call("POST", "/api/v1/users",
                                         QJsonObject {{u"username"_s, u"deputy"_s},
                                                      {u"password"_s, u"a long passphrase"_s},
                                                      {u"role"_s, u"admin"_s}},
                                         admin);
    QCOMPARE(created.status, 201);
    QVERIFY(!mentionsPasswords(created.body));
    QCOMPARE(created.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s);

    const ApiResponse plain
        = api.call("POST", "/api/v1/users",
                   QJsonObject {{u"username"_s, u"ann"_s}, {u"password"_s, u"a long passphrase"_s}}, admin);
    QCOMPARE(plain.status, 201);
    QCOMPARE(plain.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"user"_s);

    // The deputy is an administrator at once.
    const QString deputy = api.login(u"deputy"_s, u"a long passphrase"_s);
    QCOMPARE(api.call("GET", "/api/v1/users", QByteArray(), deputy).status, 200);
    QCOMPARE(
        api.call("GET", "/api/v1/users", QByteArray(), api.login(u"ann"_s, u"a long passphrase"_s)).status,
        403);

    const ApiResponse taken
        = api.call("POST", "/api/v1/users",
                   QJsonObject {{u"username"_s, u"Ann"_s}, {u"password"_s, u"a long passphrase"_s}}, admin);
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.error(), u"username_taken"_s);
}

void TestApiUsers::creatingAnAccountWithBadInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown role") << QByteArray(
        R"({"username": "ann", "password": "a long passphrase", "role": "root"})")
                                  << u"role"_s;
    QTest::newRow("role not a string")
        << QByteArray(R"({"username": "ann", "password": "a long passphrase", "role": true})") << u"role"_s;
    QTest::newRow("short password") << QByteArray(R"({"username": "ann", "password": "short"})")
                                    << u"password"_s;
    QTest::newRow("bad username") << QByteArray(R"({"username": "a/b", "password": "a long passphrase"})")
                                  << u"username"_s;
    QTest::newRow("no username") << QByteArray(R"({"password": "a long passphrase"})") << u"username"_s;
}

void TestApiUsers::creatingAnAccountWithBadInputIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);

    const ApiResponse refused = api.call("POST", "/api/v1/users", body, api.login(u"root"_s));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), u"invalid_input"_s);
    QVERIFY2(refused.json().value(u"fields"_s).toObject().contains(field), refused.body.constData());
}

void TestApiUsers::anAdministratorChangesAUsersRole()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse promoted = api.call("PATCH", userPath(ann.publicId), patch("role", u"admin"_s), admin);
    QCOMPARE(promoted.status, 200);
    QCOMPARE(promoted.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
    QVERIFY(!mentionsPasswords(promoted.body));
    QCOMPARE(tokenPayload(api.login(u"ann"_s)).value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(api.call("GET", "/api/v1/users", QByteArray(), api.login(u"ann"_s)).status, 200);

    const ApiResponse demoted = api.call("PATCH", userPath(ann.publicId), patch("role", u"user"_s), admin);
    QCOMPARE(demoted.status, 200);
    QCOMPARE(demoted.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"user"_s);
    QCOMPARE(api.call("GET", "/api/v1/users", QByteArray(), api.login(u"ann"_s)).status, 403);
}

void TestApiUsers::anAdministratorDisablesAndEnablesAnAccount()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse disabled = api.call("PATCH", userPath(ann.publicId), patch("disabled", true), admin);
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.json().value(u"user"_s).toObject().value(u"disabled"_s).toBool(), true);
    QCOMPARE(api.call("POST", "/api/v1/auth/login",
                      QJsonObject {{u"username"_s, u"ann"_s},
                                   {u"password"_s, ApiServerFixture::defaultPassword()}})
                 .status,
             401);

    const ApiResponse enabled = api.call("PATCH", userPath(ann.publicId), patch("disabled", false), admin);
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json().value(u"user"_s).toObject().value(u"disabled"_s).toBool(), false);
    QVERIFY(!api.login(u"ann"_s).isEmpty());
}

void TestApiUsers::anAdministratorResetsAPassword()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse reset
        = api.call("PATCH", userPath(ann.publicId), patch("password", u"a brand new secret"_s), admin);
    QCOMPARE(reset.status, 200);
    QVERIFY(!reset.body.contains("a brand new secret"));
    QVERIFY(!mentionsPasswords(reset.body));
    QCOMPARE(api.call("POST", "/api/v1/auth/login",
                      QJsonObject {{u"username"_s, u"ann"_s},
                                   {u"password"_s, ApiServerFixture::defaultPassword()}})
                 .status,
             401);
    QVERIFY(!api.login(u"ann"_s, u"a brand new secret"_s).isEmpty());

    const ApiResponse weak = api.call("PATCH", userPath(ann.publicId), patch("password", u"short"_s), admin);
    QCOMPARE(weak.status, 400);
    QVERIFY2(weak.json().value(u"fields"_s).toObject().contains(u"password"_s), weak.body.constData());
    QVERIFY(!api.login(u"ann"_s, u"a brand new secret"_s).isEmpty());
}

void TestApiUsers::aPatchThatChangesNothingOrIsInvalidIsRefusedWith400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty object") << QByteArray("{}") << u"body"_s;
    QTest::newRow("unknown member only") << QByteArray(R"({"admin": true})") << u"body"_s;
    QTest::newRow("unknown role") << QByteArray(R"({"role": "superuser"})") << u"role"_s;
    QTest::newRow("disabled as a string") << QByteArray(R"({"disabled": "yes"})") << u"disabled"_s;
    QTest::newRow("password as a number") << QByteArray(R"({"password": 12345678})") << u"password"_s;
}

void TestApiUsers::aPatchThatChangesNothingOrIsInvalidIsRefusedWith400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);

    const ApiResponse refused = api.call("PATCH", userPath(ann.publicId), body, api.login(u"root"_s));
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json().value(u"fields"_s).toObject().contains(field), refused.body.constData());
    QVERIFY(!api.login(u"ann"_s).isEmpty());
}

void TestApiUsers::anAdministratorDeletesAnAccount()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse deleted = api.call("DELETE", userPath(ann.publicId), QByteArray(), admin);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(api.call("GET", userPath(ann.publicId), QByteArray(), admin).status, 404);
    QCOMPARE(api.call("DELETE", userPath(ann.publicId), QByteArray(), admin).status, 404);
    QCOMPARE(
        usernames(api.call("GET", "/api/v1/users", QByteArray(), admin).json().value(u"items"_s).toArray()),
        QStringList {u"root"_s});
    QCOMPARE(api.call("POST", "/api/v1/auth/login",
                      QJsonObject {{u"username"_s, u"ann"_s},
                                   {u"password"_s, ApiServerFixture::defaultPassword()}})
                 .status,
             401);
    // The name is free again.
    QCOMPARE(api.call("POST", "/api/v1/auth/register",
                      QJsonObject {{u"username"_s, u"ann"_s}, {u"password"_s, u"a long passphrase"_s}})
                 .status,
             201);
}

void TestApiUsers::theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("disabledDeputy"); // another administrator exists, but disabled
    for (const bool deputy : {false, true}) {
        const char *suffix = deputy ? " (a disabled administrator besides)" : "";
        QTest::addRow("demote%s", suffix)
            << QByteArray("PATCH") << QByteArray(R"({"role": "user"})") << deputy;
        QTest::addRow("disable%s", suffix)
            << QByteArray("PATCH") << QByteArray(R"({"disabled": true})") << deputy;
        QTest::addRow("demote and disable%s", suffix)
            << QByteArray("PATCH") << QByteArray(R"({"role": "user", "disabled": true})") << deputy;
        QTest::addRow("delete%s", suffix) << QByteArray("DELETE") << QByteArray() << deputy;
    }
}

void TestApiUsers::theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(bool, disabledDeputy);
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    if (disabledDeputy) {
        const User deputy = api.createUser(u"deputy"_s, Role::Admin);
        UserChanges disable;
        disable.disabled = true;
        QVERIFY(api.backend()
                    .users()
                    .update(Actor::desktopAdministrator(), deputy.publicId, disable)
                    .result()
                    .ok());
    }
    const QString admin = api.login(u"root"_s);

    const ApiResponse refused = api.call(method, userPath(root.publicId), body, admin);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.error(), u"last_admin"_s);
    QVERIFY(!refused.json().value(u"message"_s).toString().isEmpty());

    // Still an enabled administrator, and still signed in.
    const ApiResponse me = api.call("GET", userPath(root.publicId), QByteArray(), admin);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(me.json().value(u"user"_s).toObject().value(u"disabled"_s).toBool(), false);
    QCOMPARE(api.call("GET", "/api/v1/users", QByteArray(), admin).status, 200);
}

void TestApiUsers::anAdministratorMayStepDownWhenAnotherRemains()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    const User root = api.createUser(u"root"_s, Role::Admin);
    api.createUser(u"deputy"_s, Role::Admin);

    const ApiResponse demoted
        = api.call("PATCH", userPath(root.publicId), patch("role", u"user"_s), api.login(u"root"_s));
    QCOMPARE(demoted.status, 200);
    QCOMPARE(demoted.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"user"_s);

    // Now the deputy is the last one.
    const QString deputy = api.login(u"deputy"_s);
    const QString deputyId = tokenPayload(deputy).value(u"sub"_s).toString();
    QCOMPARE(api.call("DELETE", userPath(deputyId), QByteArray(), deputy).status, 409);
    QCOMPARE(api.call("DELETE", userPath(root.publicId), QByteArray(), deputy).status, 204);
}

void TestApiUsers::anAdministratorListsEverySessionOrOneUsers()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    api.createUser(u"bob"_s);
    const QJsonObject annFirst = api.loginResponse(u"ann"_s);
    api.login(u"ann"_s);
    api.login(u"bob"_s);
    const QString admin = api.login(u"root"_s);

    const ApiResponse all = api.call("GET", "/api/v1/sessions", QByteArray(), admin);
    QCOMPARE(all.status, 200);
    const QJsonArray sessions = all.json().value(u"items"_s).toArray();
    QCOMPARE(sessions.size(), 4);
    QStringList owners;
    for (const QJsonValue &session : sessions)
        owners << session.toObject().value(u"user"_s).toObject().value(u"username"_s).toString();
    owners.sort();
    QCOMPARE(owners, (QStringList {u"ann"_s, u"ann"_s, u"bob"_s, u"root"_s}));
    // A session shows where and when, never its refresh token nor the token's hash.
    QVERIFY(!all.body.contains(annFirst.value(u"refresh_token"_s).toString().toLatin1()));
    QVERIFY(!all.body.contains("bwr_"));
    QVERIFY(!mentionsPasswords(all.body));
    const QJsonObject first = sessions.first().toObject();
    QCOMPARE(sortedKeys(first),
             (QStringList {u"client_address"_s, u"created_at"_s, u"expires_at"_s, u"id"_s, u"last_used_at"_s,
                           u"revoked_at"_s, u"revoked_reason"_s, u"user"_s, u"user_agent"_s}));
    QCOMPARE(first.value(u"client_address"_s).toString(), u"127.0.0.1"_s);

    const ApiResponse anns
        = api.call("GET", "/api/v1/sessions?user=" + ann.publicId.toLatin1(), QByteArray(), admin);
    QCOMPARE(anns.status, 200);
    const QJsonArray annSessions = anns.json().value(u"items"_s).toArray();
    QCOMPARE(annSessions.size(), 2);
    QStringList ids;
    for (const QJsonValue &session : annSessions) {
        QCOMPARE(session.toObject().value(u"user"_s).toObject().value(u"id"_s).toString(), ann.publicId);
        ids << session.toObject().value(u"id"_s).toString();
    }
    QVERIFY(ids.contains(sessionOf(annFirst.value(u"access_token"_s).toString())));
}

void TestApiUsers::aUserListsOnlyTheirOwnSessions()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const User ann = api.createUser(u"ann"_s);
    api.createUser(u"bob"_s);
    api.login(u"root"_s);
    api.login(u"bob"_s);
    api.login(u"ann"_s);
    const QString token = api.login(u"ann"_s);

    for (const QByteArray &path :
         {QByteArray("/api/v1/sessions"), QByteArray("/api/v1/sessions?user=" + ann.publicId.toLatin1())}) {
        const ApiResponse own = api.call("GET", path, QByteArray(), token);
        QCOMPARE(own.status, 200);
        const QJsonArray sessions = own.json().value(u"items"_s).toArray();
        QCOMPARE(sessions.size(), 2);
        for (const QJsonValue &session : sessions)
            QCOMPARE(session.toObject().value(u"user"_s).toObject().value(u"username"_s).toString(),
                     u"ann"_s);
    }
}

void TestApiUsers::anAdministratorEndsAUsersSession()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    api.createUser(u"ann"_s);
    const QJsonObject ended = api.loginResponse(u"ann"_s);
    const QJsonObject kept = api.loginResponse(u"ann"_s);
    const QString admin = api.login(u"root"_s);
    const QString session = sessionOf(ended.value(u"access_token"_s).toString());
    QVERIFY(!session.isEmpty());

    const ApiResponse revoked
        = api.call("DELETE", "/api/v1/sessions/" + session.toLatin1(), QByteArray(), admin);
    QCOMPARE(revoked.status, 204);

    QCOMPARE(
        api.call("GET", "/api/v1/auth/me", QByteArray(), ended.value(u"access_token"_s).toString()).status,
        401);
    QCOMPARE(api.call("POST", "/api/v1/auth/refresh",
                      QJsonObject {{u"refresh_token"_s, ended.value(u"refresh_token"_s).toString()}})
                 .status,
             401);
    QCOMPARE(
        api.call("GET", "/api/v1/auth/me", QByteArray(), kept.value(u"access_token"_s).toString()).status,
        200);

    const ApiResponse listed = api.call("GET", "/api/v1/sessions", QByteArray(), admin);
    QVERIFY(!listed.body.contains(session.toLatin1()));
    QCOMPARE(listed.json().value(u"items"_s).toArray().size(), 2); // ann's other one and root's
}

void TestApiUsers::aUserEndsTheirOwnOtherSession()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    const QJsonObject lostPhone = api.loginResponse(u"ann"_s);
    const QString laptop = api.login(u"ann"_s);
    const QString session = sessionOf(lostPhone.value(u"access_token"_s).toString());

    QCOMPARE(api.call("DELETE", "/api/v1/sessions/" + session.toLatin1(), QByteArray(), laptop).status, 204);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), lostPhone.value(u"access_token"_s).toString())
                 .status,
             401);
    QCOMPARE(api.call("POST", "/api/v1/auth/refresh",
                      QJsonObject {{u"refresh_token"_s, lostPhone.value(u"refresh_token"_s).toString()}})
                 .status,
             401);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), laptop).status, 200);
    QCOMPARE(
        api.call("GET", "/api/v1/sessions", QByteArray(), laptop).json().value(u"items"_s).toArray().size(),
        1);
}

void TestApiUsers::aUserCannotEndSomeoneElsesSession()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"ann"_s);
    api.createUser(u"bob"_s);
    const QString bob = api.login(u"bob"_s);
    const QString ann = api.login(u"ann"_s);

    // The same answer as for a session that does not exist: ann learns nothing about bob's.
    const ApiResponse refused
        = api.call("DELETE", "/api/v1/sessions/" + sessionOf(bob).toLatin1(), QByteArray(), ann);
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.error(), u"session_not_found"_s);
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), bob).status, 200);
}

void TestApiUsers::endingAnUnknownSessionIsA404()
{
    ApiServerFixture api;
    QVERIFY2(api.start(), qPrintable(api.errorString()));
    api.createUser(u"root"_s, Role::Admin);
    const QString admin = api.login(u"root"_s);

    for (const QByteArray &id : {QByteArray("abc"), unknownId.toLatin1()}) {
        const ApiResponse missing = api.call("DELETE", "/api/v1/sessions/" + id, QByteArray(), admin);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error(), u"session_not_found"_s);
    }
    QCOMPARE(api.call("GET", "/api/v1/auth/me", QByteArray(), admin).status, 200);
}

QTEST_GUILESS_MAIN(TestApiUsers)
#include "tst_apiusers.moc"
