// The routes the classic Flask JWT tutorials' clients call, end to end, with the tutorials' holes closed.
#include "ApiServerFixture.h"
#include "TemporaryPostgres.h"
#include "users/UserService.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray basic(const QByteArray &username, const QByteArray &password)
{
    return "Authorization: Basic " + QByteArray(username + ':' + password).toBase64() + "\r\n";
}

QByteArray accessTokens(const QString &token)
{
    return "x-access-tokens: " + token.toLatin1() + "\r\n";
}

QString describe(const ApiResponse &response)
{
    return QStringLiteral("status %1: %2").arg(response.status).arg(QString::fromUtf8(response.body));
}

QJsonObject tutorialBook(const QString &name, double prize = 12.5)
{
    return QJsonObject {{u"name"_s, name},
                        {u"Author"_s, u"An Author"_s},
                        {u"Publisher"_s, u"A Publisher"_s},
                        {u"book_prize"_s, prize}};
}

QStringList namesOf(const ApiResponse &response)
{
    QStringList names;
    for (const QJsonValue book : response.json().value(u"list_of_books"_s).toArray())
        names << book.toObject().value(u"name"_s).toString();
    return names;
}
} // namespace

class TestApiTutorial : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiServerFixture> m_api;
    ApiServerFixture &api() { return *m_api; }

    QString tutorialLogin(const QByteArray &username, const QByteArray &password = "correct horse battery")
    {
        const ApiResponse response
            = api().call("POST", "/login", QByteArray(), {}, basic(username, password));
        if (response.status != 200) {
            QTest::qFail(qPrintable(u"tutorial login: "_s + describe(response)), __FILE__, __LINE__);
            return {};
        }
        return response.json().value(u"token"_s).toString();
    }

    qint64 addBook(const QString &token, const QJsonObject &book)
    {
        const ApiResponse response = api().call("POST", "/book", book, {}, accessTokens(token));
        if (response.status != 201) {
            QTest::qFail(qPrintable(u"POST /book: "_s + describe(response)), __FILE__, __LINE__);
            return 0;
        }
        return qint64(response.json().value(u"id"_s).toDouble());
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiServerFixture>();
        QVERIFY2(api().start(), qPrintable(api().errorString()));
    }
    void cleanup() { m_api.reset(); }

    void theTutorialClientFlowWorksUnchanged()
    {
        // register → Basic login → x-access-tokens → add, list, delete a book
        const ApiResponse registered = api().call(
            "POST", "/register", QJsonObject {{u"name"_s, u"flask"_s}, {u"password"_s, u"tutorial pass"_s}});
        QCOMPARE(registered.status, 201);
        QVERIFY(registered.json().value(u"message"_s).isString());

        const QString token = tutorialLogin("flask", "tutorial pass");
        QVERIFY(!token.isEmpty());
        const qint64 id = addBook(token, tutorialBook(u"Flask Web Development"_s, 39.99));
        QVERIFY(id > 0);

        const ApiResponse list = api().call("GET", "/books", QByteArray(), {}, accessTokens(token));
        QCOMPARE(list.status, 200);
        const QJsonArray books = list.json().value(u"list_of_books"_s).toArray();
        QCOMPARE(books.size(), 1);
        const QJsonObject book = books.first().toObject();
        QCOMPARE(book.keys(),
                 (QStringList {u"Author"_s, u"Publisher"_s, u"book_prize"_s, u"id"_s, u"name"_s}));
        QCOMPARE(qint64(book.value(u"id"_s).toDouble()), id);
        QCOMPARE(book.value(u"name"_s).toString(), u"Flask Web Development"_s);
        QCOMPARE(book.value(u"Author"_s).toString(), u"An Author"_s);
        QCOMPARE(book.value(u"Publisher"_s).toString(), u"A Publisher"_s);
        QCOMPARE(book.value(u"book_prize"_s).toDouble(), 39.99);

        const ApiResponse deleted
            = api().call("DELETE", "/books/" + QByteArray::number(id), QByteArray(), {}, accessTokens(token));
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.json().value(u"message"_s).isString());
        QCOMPARE(api()
                     .call("GET", "/books", QByteArray(), {}, accessTokens(token))
                     .json()
                     .value(u"list_of_books"_s)
                     .toArray()
                     .size(),
                 0);
    }

    void noPasswordReachesTheDatabaseFilesInPlainText()
    {
        // Registration, a good and a bad sign-in, a password change: the data directory (database, WAL) never
        // holds any of the passwords as text, and no answer echoes them.
        const QByteArray first = "first-Secret-7QpL";
        const QByteArray wrong = "wrong-Secret-9ZkM";
        const QByteArray second = "second-Secret-3XvR";
        QList<ApiResponse> answers;
        answers << api().call(
            "POST", "/register",
            QJsonObject {{u"name"_s, u"tess"_s}, {u"password"_s, QString::fromLatin1(first)}});
        answers << api().call("POST", "/login", QByteArray(), {}, basic("tess", wrong));
        answers << api().call("POST", "/login", QByteArray(), {}, basic("tess", first));
        const QString token = answers.last().json().value(u"token"_s).toString();
        answers << api().call("POST", "/api/v1/auth/password",
                              QJsonObject {{u"current_password"_s, QString::fromLatin1(first)},
                                           {u"new_password"_s, QString::fromLatin1(second)}},
                              token);
        QCOMPARE(answers.at(0).status, 201);
        QCOMPARE(answers.at(1).status, 401);
        QCOMPARE(answers.at(2).status, 200);
        QCOMPARE(answers.at(3).status, 204);
        for (const ApiResponse &answer : std::as_const(answers)) {
            for (const QByteArray &secret : {first, wrong, second})
                QVERIFY(!answer.body.contains(secret));
        }
        // SQLite: the data directory's files. PostgreSQL: every file of the test's server, its tables and
        // its write-ahead log.
        QStringList files;
        if (BackendFixture::usesPostgresql()) {
            QDirIterator everything(TemporaryPostgres::shared().directory(), QDir::Files,
                                    QDirIterator::Subdirectories);
            while (everything.hasNext())
                files << everything.next();
        } else {
            const QDir directory(api().fixture().dataDirectory().path());
            for (const QString &name : directory.entryList(QDir::Files))
                files << directory.filePath(name);
            QVERIFY(files.contains(directory.filePath(u"bookwarden.db"_s)));
        }
        bool usernameSeen = false; // the control: stored text is findable this way
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            usernameSeen = usernameSeen || bytes.contains("tess");
            for (const QByteArray &secret : {first, wrong, second}) {
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(name + u" holds "_s + QString::fromLatin1(secret)));
                QVERIFY2(!bytes.contains(QString::fromLatin1(secret).toUtf8().toBase64()), qPrintable(name));
            }
        }
        QVERIFY(usernameSeen);
    }

    void publicNeedsNoToken()
    {
        const ApiResponse response = api().call("GET", "/public");
        QCOMPARE(response.status, 200);
        QVERIFY(!response.json().value(u"message"_s).toString().isEmpty());
    }

    void authAndProtectedWantAValidTokenInEitherHeader_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("/auth") << QByteArray("/auth");
        QTest::newRow("/protected") << QByteArray("/protected");
    }
    void authAndProtectedWantAValidTokenInEitherHeader()
    {
        QFETCH(QByteArray, path);
        api().createUser(u"ann"_s);
        const QString token = api().login(u"ann"_s);

        const ApiResponse bearer = api().call("GET", path, QByteArray(), token);
        QCOMPARE(bearer.status, 200);
        QVERIFY2(bearer.json().value(u"message"_s).toString().contains(u"ann"_s),
                 qPrintable(describe(bearer)));
        QCOMPARE(api().call("GET", path, QByteArray(), {}, accessTokens(token)).status, 200);

        const ApiResponse none = api().call("GET", path);
        QCOMPARE(none.status, 401);
        QVERIFY(!none.error().isEmpty());
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(api().call("GET", path, QByteArray(), {}, accessTokens(u"not-a-token"_s)).status, 401);
        QString tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        QCOMPARE(api().call("GET", path, QByteArray(), {}, accessTokens(tampered)).status, 401);
    }

    void registerAcceptsUsernameOrName_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("username") << u"username"_s;
        QTest::newRow("name") << u"name"_s;
    }
    void registerAcceptsUsernameOrName()
    {
        QFETCH(QString, key);
        const ApiResponse response = api().call(
            "POST", "/register", QJsonObject {{key, u"carol"_s}, {u"password"_s, u"carol's passphrase"_s}});
        QCOMPARE(response.status, 201);
        QVERIFY(response.json().value(u"message"_s).isString());
        QVERIFY(!response.body.contains("passphrase"));
        QVERIFY(!api().login(u"carol"_s, u"carol's passphrase"_s).isEmpty());
    }

    void registerRefusesBadBodiesWith400_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray json = "Content-Type: application/json\r\n";
        QTest::newRow("form encoded") << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                                      << QByteArray("username=dave&password=davespassword");
        QTest::newRow("no content type")
            << QByteArray() << QByteArray("{\"username\":\"dave\",\"password\":\"davespassword\"}");
        QTest::newRow("malformed JSON") << json << QByteArray("{\"username\":\"dave\"");
        QTest::newRow("missing password") << json << QByteArray("{\"username\":\"dave\"}");
        QTest::newRow("missing username") << json << QByteArray("{\"password\":\"davespassword\"}");
        QTest::newRow("empty object") << json << QByteArray("{}");
        QTest::newRow("short password")
            << json << QByteArray("{\"username\":\"dave\",\"password\":\"short\"}");
        QTest::newRow("username not a string")
            << json << QByteArray("{\"username\":42,\"password\":\"davespassword\"}");
    }
    void registerRefusesBadBodiesWith400()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const ApiResponse response
            = api().send("POST /register HTTP/1.1\r\nHost: 127.0.0.1\r\n" + contentType
                         + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(response.status, 400);
        QVERIFY2(!response.error().isEmpty(), qPrintable(describe(response)));
        QVERIFY(!response.json().value(u"message"_s).toString().isEmpty());
    }

    void registeringATakenNameIs409()
    {
        api().createUser(u"erin"_s);
        const ApiResponse response
            = api().call("POST", "/register",
                         QJsonObject {{u"name"_s, u"ERIN"_s}, {u"password"_s, u"another passphrase"_s}});
        QCOMPARE(response.status, 409);
        QCOMPARE(response.error(), u"username_taken"_s);
    }

    void registeringNeverMakesAnAdministrator()
    {
        const ApiResponse response = api().call("POST", "/register",
                                                QJsonObject {{u"name"_s, u"mallory"_s},
                                                             {u"password"_s, u"mallory's passphrase"_s},
                                                             {u"admin"_s, true}});
        QCOMPARE(response.status, 201);
        const QJsonObject login = api().loginResponse(u"mallory"_s, u"mallory's passphrase"_s);
        QCOMPARE(login.value(u"user"_s).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(api().call("GET", "/users", QByteArray(), login.value(u"access_token"_s).toString()).status,
                 403);
    }

    void loginWithBasicOrJsonAnswersTheTokenAndTheV1Fields_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("HTTP Basic") << basic("frank", "correct horse battery") << QByteArray();
        QTest::newRow("JSON username")
            << QByteArray() << QByteArray("{\"username\":\"frank\",\"password\":\"correct horse battery\"}");
        QTest::newRow("JSON name") << QByteArray()
                                   << QByteArray(
                                          "{\"name\":\"frank\",\"password\":\"correct horse battery\"}");
    }
    void loginWithBasicOrJsonAnswersTheTokenAndTheV1Fields()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        api().createUser(u"frank"_s);
        const ApiResponse response = api().call("POST", "/login", body, {}, headers);
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        const QString token = json.value(u"token"_s).toString();
        QCOMPARE(token.count(u'.'), 2); // a JWS
        QCOMPARE(json.value(u"access_token"_s).toString(), token);
        QVERIFY(json.value(u"refresh_token"_s).toString().startsWith(u"bwr_"_s));
        QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(json.value(u"expires_in"_s).toDouble() > 0);
        QCOMPARE(json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"frank"_s);
        QVERIFY(!response.body.contains("correct horse"));
        QCOMPARE(api().call("GET", "/protected", QByteArray(), {}, accessTokens(token)).status, 200);
    }

    void loginWithoutCredentialsIs400_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("nothing at all") << QByteArray() << QByteArray();
        QTest::newRow("JSON without password")
            << QByteArray("Content-Type: application/json\r\n") << QByteArray("{\"username\":\"frank\"}");
        QTest::newRow("JSON without username") << QByteArray("Content-Type: application/json\r\n")
                                               << QByteArray("{\"password\":\"correct horse battery\"}");
        QTest::newRow("Basic that is not base64")
            << QByteArray("Authorization: Basic %%%\r\n") << QByteArray();
        QTest::newRow("form encoded") << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                                      << QByteArray("username=frank&password=correct+horse+battery");
        QTest::newRow("JSON without a content type")
            << QByteArray() << QByteArray("{\"username\":\"frank\",\"password\":\"correct horse battery\"}");
        QTest::newRow("Basic without a colon")
            << ("Authorization: Basic " + QByteArray("frank").toBase64() + "\r\n") << QByteArray();
    }
    void loginWithoutCredentialsIs400()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        api().createUser(u"frank"_s);
        const ApiResponse response
            = api().send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                         + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(response.status, 400);
        QVERIFY2(!response.error().isEmpty(), qPrintable(describe(response)));
    }

    void unknownUserWrongPasswordAndDisabledAccountGetTheSame401()
    {
        api().createUser(u"grace"_s);
        const User disabled = api().createUser(u"heidi"_s);
        UserChanges changes;
        changes.disabled = true;
        QVERIFY(api()
                    .backend()
                    .users()
                    .update(Actor::desktopAdministrator(), disabled.publicId, changes)
                    .result()
                    .ok());

        const ApiResponse unknown
            = api().call("POST", "/login", QByteArray(), {}, basic("nobody", "correct horse battery"));
        const ApiResponse wrong
            = api().call("POST", "/login", QByteArray(), {}, basic("grace", "wrong password!"));
        const ApiResponse off
            = api().call("POST", "/login", QByteArray(), {}, basic("heidi", "correct horse battery"));
        QCOMPARE(unknown.status, 401); // the tutorial said 404 here, telling who has an account
        QCOMPARE(wrong.status, 401);
        QCOMPARE(off.status, 401);
        QCOMPARE(unknown.body, wrong.body);
        QCOMPARE(off.body, wrong.body);
        QCOMPARE(unknown.error(), u"invalid_credentials"_s);
        QCOMPARE(unknown.header("WWW-Authenticate"), wrong.header("WWW-Authenticate"));
    }

    void repeatedFailedBasicLoginsAreThrottledWhateverThePassword()
    {
        api().createUser(u"rita"_s);
        int lastStatus = 0;
        for (int i = 0; i < 10 && lastStatus != 429; ++i)
            lastStatus
                = api().call("POST", "/login", QByteArray(), {}, basic("rita", "not her password")).status;
        QCOMPARE(lastStatus, 429);
        // Now even the right password waits, with the same answer as a wrong one.
        const ApiResponse locked
            = api().call("POST", "/login", QByteArray(), {}, basic("rita", "correct horse battery"));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.error(), u"too_many_attempts"_s);
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0, locked.header("Retry-After").constData());
        QVERIFY(locked.json().value(u"token"_s).isUndefined());
        const ApiResponse lockedWrong
            = api().call("POST", "/login", QByteArray(), {}, basic("rita", "still wrong"));
        QCOMPARE(lockedWrong.status, 429);
        QCOMPARE(lockedWrong.error(), locked.error());

        api().fixture().clock().advanceSeconds(retryAfter);
        QVERIFY(!tutorialLogin("rita").isEmpty());
    }

    void addingABookAcceptsTheTutorialAndTheV1FieldNames()
    {
        api().createUser(u"ivan"_s);
        const QString token = tutorialLogin("ivan");
        const ApiResponse tutorial
            = api().call("POST", "/book", tutorialBook(u"Tutorial names"_s), {}, accessTokens(token));
        QCOMPARE(tutorial.status, 201);
        QVERIFY(tutorial.json().value(u"message"_s).isString());
        const ApiResponse v1 = api().call("POST", "/book",
                                          QJsonObject {{u"title"_s, u"V1 names"_s},
                                                       {u"author"_s, u"A"_s},
                                                       {u"publisher"_s, u"P"_s},
                                                       {u"price"_s, 3}},
                                          token);
        QCOMPARE(v1.status, 201);
        const ApiResponse list = api().call("GET", "/books", QByteArray(), token);
        QCOMPARE(namesOf(list), (QStringList {u"Tutorial names"_s, u"V1 names"_s}));
        // The same books through the v1 API.
        const ApiResponse book = api().call(
            "GET", "/api/v1/books/" + QByteArray::number(qint64(tutorial.json().value(u"id"_s).toDouble())),
            QByteArray(), token);
        QCOMPARE(book.status, 200);
        QCOMPARE(book.json().value(u"price"_s).toDouble(), 12.5);
    }

    void addingAnInvalidBookIs400WithFieldMessages_data()
    {
        QTest::addColumn<QJsonObject>("book");
        QTest::addColumn<QString>("field");
        QJsonObject noPrize = tutorialBook(u"No prize"_s);
        noPrize.remove(u"book_prize"_s);
        QJsonObject textPrize = tutorialBook(u"Text prize"_s);
        textPrize.insert(u"book_prize"_s, u"12"_s);
        QJsonObject numberAuthor = tutorialBook(u"Number author"_s);
        numberAuthor.insert(u"Author"_s, 12);
        QTest::newRow("no book_prize") << noPrize << u"book_prize"_s;
        QTest::newRow("book_prize as text") << textPrize << u"book_prize"_s;
        QTest::newRow("Author a number") << numberAuthor << u"Author"_s;
    }
    void addingAnInvalidBookIs400WithFieldMessages()
    {
        QFETCH(QJsonObject, book);
        QFETCH(QString, field);
        api().createUser(u"ivan"_s);
        const QString token = tutorialLogin("ivan");
        const ApiResponse response = api().call("POST", "/book", book, {}, accessTokens(token));
        QCOMPARE(response.status, 400);
        QVERIFY2(response.json().value(u"fields"_s).toObject().contains(field),
                 qPrintable(describe(response)));
        QCOMPARE(api()
                     .call("GET", "/books", QByteArray(), token)
                     .json()
                     .value(u"list_of_books"_s)
                     .toArray()
                     .size(),
                 0);
    }

    void bookFieldErrorsUseTheNamesTheClientSent_data()
    {
        QTest::addColumn<QJsonObject>("book");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("tutorial names") << QJsonObject {{u"name"_s, u""_s},
                                                        {u"Author"_s, u" "_s},
                                                        {u"Publisher"_s, QString(201, u'p')},
                                                        {u"book_prize"_s, 1}}
                                        << QStringList {u"Author"_s, u"Publisher"_s, u"name"_s};
        QTest::newRow("v1 names") << QJsonObject {{u"title"_s, u""_s},
                                                  {u"author"_s, u" "_s},
                                                  {u"publisher"_s, QString(201, u'p')},
                                                  {u"price"_s, 1}}
                                  << QStringList {u"author"_s, u"publisher"_s, u"title"_s};
        QTest::newRow("mixed") << QJsonObject {{u"name"_s, u"\u0007"_s},
                                               {u"author"_s, u""_s},
                                               {u"Publisher"_s, u"P"_s},
                                               {u"book_prize"_s, 1}}
                               << QStringList {u"author"_s, u"name"_s};
    }
    void bookFieldErrorsUseTheNamesTheClientSent()
    {
        QFETCH(QJsonObject, book);
        QFETCH(QStringList, fields);
        api().createUser(u"ivan"_s);
        const QString token = tutorialLogin("ivan");
        const ApiResponse response = api().call("POST", "/book", book, {}, accessTokens(token));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_input"_s);
        QCOMPARE(response.json().value(u"fields"_s).toObject().keys(), fields);
    }

    void aBookBodyThatIsNotJsonIs400()
    {
        api().createUser(u"ivan"_s);
        const QString token = tutorialLogin("ivan");
        const QByteArray body = "name=x&Author=y";
        const ApiResponse response
            = api().send("POST /book HTTP/1.1\r\nHost: 127.0.0.1\r\n" + accessTokens(token)
                         + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(response.status, 400);
    }

    void bookRoutesWantAToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("POST /book") << QByteArray("POST") << QByteArray("/book");
        QTest::newRow("GET /books") << QByteArray("GET") << QByteArray("/books");
        QTest::newRow("DELETE /books/1") << QByteArray("DELETE") << QByteArray("/books/1");
        QTest::newRow("GET /users") << QByteArray("GET") << QByteArray("/users");
    }
    void bookRoutesWantAToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const QByteArray body
            = method == "POST" ? QJsonDocument(tutorialBook(u"x"_s)).toJson() : QByteArray();
        QCOMPARE(api().call(method, path, body).status, 401);
        QCOMPARE(api().call(method, path, body, {}, accessTokens(u"eyJhbGciOiJub25lIn0.e30."_s)).status, 401);
    }

    void eachUserSeesAndDeletesOnlyTheirOwnBooks()
    {
        api().createUser(u"judy"_s);
        api().createUser(u"karl"_s);
        api().createUser(u"root"_s, Role::Admin);
        const QString judy = tutorialLogin("judy");
        const QString karl = tutorialLogin("karl");
        const QString root = tutorialLogin("root");
        const qint64 judysBook = addBook(judy, tutorialBook(u"Judy's"_s));
        addBook(karl, tutorialBook(u"Karl's"_s));

        QCOMPARE(namesOf(api().call("GET", "/books", QByteArray(), {}, accessTokens(judy))),
                 QStringList {u"Judy's"_s});
        QCOMPARE(namesOf(api().call("GET", "/books", QByteArray(), {}, accessTokens(karl))),
                 QStringList {u"Karl's"_s});
        // The tutorial's list is per caller, administrators included.
        QCOMPARE(namesOf(api().call("GET", "/books", QByteArray(), {}, accessTokens(root))), QStringList());

        const QByteArray path = "/books/" + QByteArray::number(judysBook);
        const ApiResponse karlDeletes = api().call("DELETE", path, QByteArray(), {}, accessTokens(karl));
        QCOMPARE(karlDeletes.status, 404);
        QCOMPARE(karlDeletes.body,
                 api().call("DELETE", "/books/999999", QByteArray(), {}, accessTokens(karl)).body);
        QCOMPARE(api().call("DELETE", path, QByteArray(), {}, accessTokens(root)).status, 404);
        QCOMPARE(api().call("DELETE", "/books/abc", QByteArray(), {}, accessTokens(judy)).status, 404);
        QCOMPARE(namesOf(api().call("GET", "/books", QByteArray(), {}, accessTokens(judy))),
                 QStringList {u"Judy's"_s});

        QCOMPARE(api().call("DELETE", path, QByteArray(), {}, accessTokens(judy)).status, 200);
        QCOMPARE(api().call("DELETE", path, QByteArray(), {}, accessTokens(judy)).status, 404);
    }

    void theBookListIsCompleteBeyondOnePage()
    {
        api().createUser(u"lena"_s);
        const QString token = tutorialLogin("lena");
        for (int i = 0; i < 105; ++i)
            addBook(token, tutorialBook(u"Book %1"_s.arg(i, 3, 10, QLatin1Char('0'))));
        const ApiResponse list = api().call("GET", "/books", QByteArray(), {}, accessTokens(token));
        QCOMPARE(list.status, 200);
        const QStringList names = namesOf(list);
        QCOMPARE(names.size(), 105);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 105);
    }

    void usersIsForAdministratorsAndNeverShowsPasswords()
    {
        api().createUser(u"root"_s, Role::Admin);
        api().createUser(u"mike"_s);
        const QString root = tutorialLogin("root");
        const QString mike = tutorialLogin("mike");

        const ApiResponse forbidden = api().call("GET", "/users", QByteArray(), {}, accessTokens(mike));
        QCOMPARE(forbidden.status, 403);
        QVERIFY(!forbidden.error().isEmpty());

        const ApiResponse response = api().call("GET", "/users", QByteArray(), {}, accessTokens(root));
        QCOMPARE(response.status, 200);
        const QJsonArray users = response.json().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 2);
        QMap<QString, bool> admins;
        for (const QJsonValue value : users) {
            const QJsonObject user = value.toObject();
            QCOMPARE(user.keys(), (QStringList {u"admin"_s, u"name"_s, u"public_id"_s}));
            QVERIFY(!user.value(u"public_id"_s).toString().isEmpty());
            admins.insert(user.value(u"name"_s).toString(), user.value(u"admin"_s).toBool());
        }
        QCOMPARE(admins, (QMap<QString, bool> {{u"mike"_s, false}, {u"root"_s, true}}));
        const QByteArray lower = response.body.toLower();
        QVERIFY(!lower.contains("password"));
        QVERIFY(!lower.contains("hash"));
        QVERIFY(!lower.contains("$argon2"));
    }

    void aTokenStopsWorkingOnTheTutorialRoutesAfterLogout()
    {
        api().createUser(u"nina"_s);
        const QString token = tutorialLogin("nina");
        QCOMPARE(api().call("GET", "/books", QByteArray(), {}, accessTokens(token)).status, 200);
        QCOMPARE(api().call("POST", "/api/v1/auth/logout", QByteArray(), token).status, 204);
        QCOMPARE(api().call("GET", "/books", QByteArray(), {}, accessTokens(token)).status, 401);
        QCOMPARE(api().call("GET", "/protected", QByteArray(), {}, accessTokens(token)).status, 401);
    }

    void aTutorialTokenExpires()
    {
        api().createUser(u"olga"_s);
        const QString token = tutorialLogin("olga");
        api().fixture().clock().advanceSeconds(24 * 3600);
        const ApiResponse response = api().call("GET", "/protected", QByteArray(), {}, accessTokens(token));
        QCOMPARE(response.status, 401); // not 403
    }

    // RFC 6750 §3.1: a token sent more than one way is invalid_request, so that a proxy checking one header
    // and this server acting on the other can never disagree about who is calling.
    void aTokenSentTwoWaysIsAnInvalidRequest()
    {
        api().createUser(u"pat"_s);
        api().createUser(u"quinn"_s);
        const QString pat = tutorialLogin("pat");
        const QString quinn = tutorialLogin("quinn");
        for (const QString &second : {quinn, pat}) {
            const ApiResponse response = api().call("GET", "/auth", QByteArray(), pat, accessTokens(second));
            QCOMPARE(response.status, 400);
            QCOMPARE(response.json().value(u"error"_s).toString(), u"invalid_request"_s);
        }
        QCOMPARE(api().call("GET", "/auth", QByteArray(), pat).status, 200);
        QCOMPARE(api().call("GET", "/auth", QByteArray(), {}, accessTokens(quinn)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiTutorial)
#include "tst_apitutorial.moc"
