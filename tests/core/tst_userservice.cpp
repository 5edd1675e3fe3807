#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "books/BookService.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QTest>

namespace {
const QString password = QStringLiteral("correct horse battery");

BookDraft someBook(const QString &title)
{
    BookDraft draft;
    draft.title = title;
    draft.author = QStringLiteral("Someone");
    draft.publisher = QStringLiteral("Somewhere");
    draft.priceCents = 1000;
    return draft;
}

QString storedHash(BackendFixture &fixture, const QString &username)
{
    const auto found = UserRepository::findByUsername(fixture.backend().database().connection(), username);
    return found.ok() && found.value() ? found.value()->passwordHash : QString();
}
} // namespace

class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void firstStartCreatesAnAdministratorWithAGeneratedPassword()
    {
        BackendFixture fixture;
        QVERIFY2(fixture.isOpen(), qPrintable(fixture.openError()));
        const Result<std::optional<QString>> generated
            = fixture.backend().users().ensureInitialAdministrator();
        VERIFY_OK(generated);
        QVERIFY(generated.value().has_value());
        QCOMPARE(generated.value()->size(), 20);

        const Result<User> admin
            = fixture.backend().users().authenticate(QStringLiteral("admin"), **generated).result();
        VERIFY_OK(admin);
        QCOMPARE(admin->role, Role::Admin);

        // Once users exist, nothing happens: no account ever gets a built-in or repeated password.
        const auto again = fixture.backend().users().ensureInitialAdministrator();
        VERIFY_OK(again);
        QVERIFY(!again.value().has_value());
    }

    void firstStartTakesTheAdministratorPasswordGiven()
    {
        BackendFixture fixture;
        const auto created
            = fixture.backend().users().ensureInitialAdministrator(QStringLiteral("from the environment"));
        VERIFY_OK(created);
        QVERIFY(!created.value().has_value()); // nothing to show: the operator chose it
        VERIFY_OK(fixture.backend()
                      .users()
                      .authenticate(QStringLiteral("admin"), QStringLiteral("from the environment"))
                      .result());
    }

    void firstStartRefusesAWeakAdministratorPassword()
    {
        BackendFixture fixture;
        const auto created = fixture.backend().users().ensureInitialAdministrator(QStringLiteral("short"));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), ErrorKind::Invalid);
        QCOMPARE(UserRepository::countUsers(fixture.backend().database().connection()).value(), 0);
    }

    void registrationCreatesAnOrdinaryUser()
    {
        BackendFixture fixture;
        const Result<User> ann
            = fixture.backend().users().registerAccount(QStringLiteral("Ann"), password).result();
        VERIFY_OK(ann);
        QCOMPARE(ann->role, Role::User);
        QCOMPARE(ann->username, QStringLiteral("Ann"));
        QVERIFY(!ann->publicId.isEmpty());
        QCOMPARE(ann->createdAtMs, fixture.clock().nowMs());
        QVERIFY(!QUuid::fromString(ann->publicId).isNull());
    }

    void usernamesAreTakenCaseInsensitively()
    {
        BackendFixture fixture;
        VERIFY_OK(fixture.backend().users().registerAccount(QStringLiteral("Ann"), password).result());
        const Result<User> again
            = fixture.backend().users().registerAccount(QStringLiteral("aNN"), password).result();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind(), ErrorKind::Conflict);
        QCOMPARE(again.error().codeName(), QStringLiteral("username_taken"));
    }

    void invalidRegistrationNamesTheField()
    {
        BackendFixture fixture;
        const Result<User> badName
            = fixture.backend().users().registerAccount(QStringLiteral("a b"), password).result();
        QCOMPARE(badName.error().kind(), ErrorKind::Invalid);
        QVERIFY(badName.error().fields().contains(QStringLiteral("username")));
        const Result<User> same = fixture.backend()
                                      .users()
                                      .registerAccount(QStringLiteral("annsmith"), QStringLiteral("AnnSmith"))
                                      .result();
        QCOMPARE(same.error().kind(), ErrorKind::Invalid);
        QVERIFY(same.error().fields().contains(QStringLiteral("password")));
    }

    void signInFailuresAllLookTheSame()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        const User bob = fixture.createUser(QStringLiteral("bob"));
        VERIFY_OK(fixture.backend()
                      .users()
                      .update(Actor::desktopAdministrator(), bob.publicId, UserChanges {std::nullopt, true})
                      .result());

        UserService &users = fixture.backend().users();
        const Result<User> wrongPassword
            = users.authenticate(QStringLiteral("ann"), QStringLiteral("not the password")).result();
        const Result<User> unknownUser = users.authenticate(QStringLiteral("nobody"), password).result();
        const Result<User> disabled = users.authenticate(QStringLiteral("bob"), password).result();
        const Result<User> malformedName = users.authenticate(QStringLiteral("x"), password).result();
        for (const Result<User> *failure : {&wrongPassword, &unknownUser, &disabled, &malformedName}) {
            QVERIFY(!failure->ok());
            QCOMPARE(failure->error().kind(), ErrorKind::Unauthorized);
            QCOMPARE(failure->error().codeName(), QStringLiteral("invalid_credentials"));
            QCOMPARE(failure->error().message(), wrongPassword.error().message());
        }

        const Result<User> signedIn = users.authenticate(QStringLiteral("ANN"), password).result();
        VERIFY_OK(signedIn);
        QCOMPARE(signedIn->id, ann.id);
        QCOMPARE(signedIn->lastLoginAtMs, std::optional<qint64>(fixture.clock().nowMs()));
    }

    void signInUpgradesAHashMadeWithOlderParameters()
    {
        BackendFixture fixture(Argon2Parameters {1024, 1, 1});
        fixture.createUser(QStringLiteral("ann"));
        QVERIFY(storedHash(fixture, QStringLiteral("ann")).contains(QStringLiteral("m=1024,t=1,p=1")));

        QVERIFY(fixture.reopen(Argon2Parameters {2048, 2, 1}));
        VERIFY_OK(fixture.backend().users().authenticate(QStringLiteral("ann"), password).result());
        const QString upgraded = storedHash(fixture, QStringLiteral("ann"));
        QVERIFY2(upgraded.contains(QStringLiteral("m=2048,t=2,p=1")), qPrintable(upgraded));
        VERIFY_OK(fixture.backend().users().authenticate(QStringLiteral("ann"), password).result());
        QCOMPARE(storedHash(fixture, QStringLiteral("ann")), upgraded); // upgraded once, not on every sign-in
    }

    void usersSeeOnlyThemselves()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        const User bob = fixture.createUser(QStringLiteral("bob"));
        UserService &users = fixture.backend().users();
        VERIFY_OK(users.get(Actor::forUser(ann), ann.publicId));
        QCOMPARE(users.get(Actor::forUser(ann), bob.publicId).error().kind(), ErrorKind::Forbidden);
        QCOMPARE(users.list(Actor::forUser(ann), {}).error().kind(), ErrorKind::Forbidden);
        QCOMPARE(users.update(Actor::forUser(ann), bob.publicId, UserChanges {Role::Admin, std::nullopt})
                     .result()
                     .error()
                     .kind(),
                 ErrorKind::Forbidden);
        QCOMPARE(users.update(Actor::forUser(ann), ann.publicId, UserChanges {Role::Admin, std::nullopt})
                     .result()
                     .error()
                     .kind(),
                 ErrorKind::Forbidden);
        QCOMPARE(users.remove(Actor::forUser(ann), bob.publicId).result().error().kind(),
                 ErrorKind::Forbidden);
        QCOMPARE(
            users
                .createAccount(Actor::forUser(ann), NewAccount {QStringLiteral("eve"), password, Role::Admin})
                .result()
                .error()
                .kind(),
            ErrorKind::Forbidden);
        QCOMPARE(users.resetPassword(Actor::forUser(ann), bob.publicId, QStringLiteral("new password!"))
                     .result()
                     .error()
                     .kind(),
                 ErrorKind::Forbidden);
    }

    void theLastEnabledAdministratorStays()
    {
        BackendFixture fixture;
        const User root = fixture.createUser(QStringLiteral("root"), Role::Admin);
        const Actor admin = Actor::forUser(root);
        UserService &users = fixture.backend().users();

        for (const UserChanges &change :
             {UserChanges {Role::User, std::nullopt}, UserChanges {std::nullopt, true}}) {
            const Result<User> refused = users.update(admin, root.publicId, change).result();
            QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
            QCOMPARE(refused.error().codeName(), QStringLiteral("last_admin"));
        }
        QCOMPARE(users.remove(admin, root.publicId).result().error().codeName(),
                 QStringLiteral("last_admin"));

        // A disabled administrator does not count.
        const User spare = fixture.createUser(QStringLiteral("spare"), Role::Admin);
        VERIFY_OK(users.update(admin, spare.publicId, UserChanges {std::nullopt, true}).result());
        QCOMPARE(users.update(admin, root.publicId, UserChanges {Role::User, std::nullopt})
                     .result()
                     .error()
                     .codeName(),
                 QStringLiteral("last_admin"));

        // With another enabled administrator, the first may step down.
        VERIFY_OK(users.update(admin, spare.publicId, UserChanges {std::nullopt, false}).result());
        const Result<User> demoted
            = users.update(admin, root.publicId, UserChanges {Role::User, std::nullopt}).result();
        VERIFY_OK(demoted);
        QCOMPARE(demoted->role, Role::User);
    }

    void roleStatusAndPasswordChangesRevokeTokens()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        UserService &users = fixture.backend().users();
        QList<qint64> revokedUsers;
        QObject context;
        connect(
            &users, &UserService::tokensRevoked, &context,
            [&](qint64 userId, qint64) { revokedUsers << userId; }, Qt::QueuedConnection);

        fixture.clock().advanceSeconds(10);
        const Result<User> promoted = users
                                          .update(Actor::desktopAdministrator(), ann.publicId,
                                                  UserChanges {Role::Admin, std::nullopt})
                                          .result();
        VERIFY_OK(promoted);
        QCOMPARE(promoted->tokensValidAfterMs, fixture.clock().nowMs());

        fixture.clock().advanceSeconds(10);
        const Result<User> reset = users
                                       .resetPassword(Actor::desktopAdministrator(), ann.publicId,
                                                      QStringLiteral("a brand new password"))
                                       .result();
        VERIFY_OK(reset);
        QCOMPARE(reset->tokensValidAfterMs, fixture.clock().nowMs());

        fixture.clock().advanceSeconds(10);
        const Result<User> everywhere
            = users.signOutEverywhere(Actor::desktopAdministrator(), ann.publicId).result();
        VERIFY_OK(everywhere);
        QCOMPARE(everywhere->tokensValidAfterMs, fixture.clock().nowMs());

        QTRY_COMPARE(revokedUsers, QList<qint64>({ann.id, ann.id, ann.id}));
    }

    void changingOwnPasswordNeedsTheCurrentOne()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        UserService &users = fixture.backend().users();
        const Actor self = Actor::forUser(ann);

        const Result<User> wrong = users
                                       .changeOwnPassword(self, QStringLiteral("not my password"),
                                                          QStringLiteral("my new password"))
                                       .result();
        QCOMPARE(wrong.error().kind(), ErrorKind::Invalid);
        QVERIFY(wrong.error().fields().contains(QStringLiteral("current_password")));

        const Result<User> weak = users.changeOwnPassword(self, password, QStringLiteral("short")).result();
        QVERIFY(weak.error().fields().contains(QStringLiteral("new_password")));

        VERIFY_OK(users.changeOwnPassword(self, password, QStringLiteral("my new password")).result());
        VERIFY_OK(users.authenticate(QStringLiteral("ann"), QStringLiteral("my new password")).result());
        QVERIFY(!users.authenticate(QStringLiteral("ann"), password).result().ok());
    }

    void deletingAUserDeletesTheirBooks()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        const User bob = fixture.createUser(QStringLiteral("bob"));
        for (const QString &title : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
            VERIFY_OK(fixture.backend().books().create(Actor::forUser(ann), someBook(title)).result());
        VERIFY_OK(fixture.backend()
                      .books()
                      .create(Actor::forUser(bob), someBook(QStringLiteral("Bob's")))
                      .result());

        const Result<User> removed
            = fixture.backend().users().remove(Actor::desktopAdministrator(), ann.publicId).result();
        VERIFY_OK(removed);
        QCOMPARE(removed->bookCount, 3);
        SqlStatement count(fixture.backend().database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM books"), "count");
        QVERIFY(count.execute().ok() && count.next());
        QCOMPARE(count.int64(0), 1);
        QCOMPARE(fixture.backend().users().get(Actor::desktopAdministrator(), ann.publicId).error().kind(),
                 ErrorKind::NotFound);
    }

    void changesAreAnnouncedAfterCommit()
    {
        BackendFixture fixture;
        UserService &users = fixture.backend().users();
        QStringList seen;
        QObject context;
        connect(
            &users, &UserService::userCreated, &context,
            [&](const User &u) { seen << QStringLiteral("created ") + u.username; }, Qt::QueuedConnection);
        connect(
            &users, &UserService::userUpdated, &context,
            [&](const User &u) { seen << QStringLiteral("updated ") + u.username; }, Qt::QueuedConnection);
        connect(
            &users, &UserService::userDeleted, &context,
            [&](const User &u) { seen << QStringLiteral("deleted ") + u.username; }, Qt::QueuedConnection);
        const User ann = fixture.createUser(QStringLiteral("ann"));
        VERIFY_OK(users.update(Actor::desktopAdministrator(), ann.publicId, UserChanges {std::nullopt, true})
                      .result());
        VERIFY_OK(users.remove(Actor::desktopAdministrator(), ann.publicId).result());
        // A refused change announces nothing.
        QVERIFY(!users.registerAccount(QStringLiteral("x"), password).result().ok());
        QTRY_COMPARE(seen,
                     QStringList({QStringLiteral("created ann"), QStringLiteral("updated ann"),
                                  QStringLiteral("deleted ann")}));
    }

    void securityEventsAreRecordedWithoutSecrets()
    {
        BackendFixture fixture;
        const User ann = fixture.createUser(QStringLiteral("ann"));
        UserService &users = fixture.backend().users();
        QVERIFY(!users
                     .authenticate(QStringLiteral("ann"), QStringLiteral("guess number one"),
                                   ClientInfo {QStringLiteral("10.0.0.7"), {}})
                     .result()
                     .ok());
        VERIFY_OK(users.authenticate(QStringLiteral("ann"), password).result());
        VERIFY_OK(users
                      .resetPassword(Actor::desktopAdministrator(), ann.publicId,
                                     QStringLiteral("reset to this one"))
                      .result());
        fixture.backend().database().writer().waitForIdle();

        const Result<SecurityEventPage> page = fixture.backend().events().list({});
        VERIFY_OK(page);
        QStringList types;
        for (const SecurityEvent &event : page->items)
            types << event.type;
        QCOMPARE(types,
                 QStringList({SecurityEventType::passwordReset, SecurityEventType::loginSucceeded,
                              SecurityEventType::loginFailed, SecurityEventType::userCreated}));
        const SecurityEvent failed = page->items.at(2);
        QCOMPARE(failed.subjectName, QStringLiteral("ann"));
        QCOMPARE(failed.clientAddress, QStringLiteral("10.0.0.7"));
        QCOMPARE(failed.details.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_password"));

        // Nothing in the log holds a password or a hash.
        SqlStatement all(
            fixture.backend().database().connection(),
            QStringLiteral("SELECT type || actor || COALESCE(subject_name, '') || details FROM events"),
            "all");
        QVERIFY(all.execute().ok());
        while (all.next()) {
            const QString row = all.text(0);
            for (const QString &secret : {password, QStringLiteral("guess number one"),
                                          QStringLiteral("reset to this one"), QStringLiteral("$argon2")})
                QVERIFY2(!row.contains(secret), qPrintable(row));
        }
    }

    void eventsCanBeFiltered()
    {
        BackendFixture fixture;
        fixture.createUser(QStringLiteral("ann"));
        fixture.createUser(QStringLiteral("bob"));
        QVERIFY(!fixture.backend()
                     .users()
                     .authenticate(QStringLiteral("bob"), QStringLiteral("wrong password"))
                     .result()
                     .ok());
        fixture.backend().database().writer().waitForIdle();
        SecurityEventQuery query;
        query.types = {SecurityEventType::loginFailed};
        QCOMPARE(fixture.backend().events().list(query)->items.size(), 1);
        query = {};
        query.user = QStringLiteral("ann");
        QCOMPARE(fixture.backend().events().list(query)->items.size(), 1);
        query = {};
        query.types = {QStringLiteral("made_up")};
        QCOMPARE(fixture.backend().events().list(query).error().kind(), ErrorKind::Invalid);
        query = {};
        query.limit = 2;
        const auto first = fixture.backend().events().list(query);
        QCOMPARE(first->items.size(), 2);
        query.cursor = first->nextCursor;
        QCOMPARE(fixture.backend().events().list(query)->items.size(), 1);
    }

    void usersArePagedByName()
    {
        BackendFixture fixture;
        for (int i = 0; i < 25; ++i)
            fixture.createUser(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')));
        UserQuery query;
        query.limit = 10;
        QStringList names;
        int pages = 0;
        for (;;) {
            const Result<UserPage> page
                = fixture.backend().users().list(Actor::desktopAdministrator(), query);
            VERIFY_OK(page);
            QCOMPARE(page->total, 25);
            for (const User &user : page->items)
                names << user.username;
            ++pages;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names.size(), 25);
        QCOMPARE(names.first(), QStringLiteral("user00"));
        QCOMPARE(names.last(), QStringLiteral("user24"));

        UserQuery filtered;
        filtered.text = QStringLiteral("R1");
        QCOMPARE(fixture.backend().users().list(Actor::desktopAdministrator(), filtered)->total, 10);
        UserQuery percent;
        percent.text = QStringLiteral("%");
        QCOMPARE(fixture.backend().users().list(Actor::desktopAdministrator(), percent)->total, 0);

        // A search counts up to its bound and says so; the list without text counts exactly.
        for (const QString &text : {QStringLiteral("R1"), QStringLiteral("ser1")}) {
            UserQuery bounded;
            bounded.text = text;
            bounded.countLimit = 4;
            const Result<UserPage> capped
                = fixture.backend().users().list(Actor::desktopAdministrator(), bounded);
            QVERIFY(capped.ok());
            QCOMPARE(capped->total, 4);
            QVERIFY(!capped->totalExact);
            bounded.countLimit = 10;
            const Result<UserPage> exact
                = fixture.backend().users().list(Actor::desktopAdministrator(), bounded);
            QCOMPARE(exact->total, 10);
            QVERIFY(exact->totalExact);
        }
        UserQuery everyone;
        everyone.countLimit = 4;
        const Result<UserPage> all = fixture.backend().users().list(Actor::desktopAdministrator(), everyone);
        QVERIFY(all->total > 4);
        QVERIFY(all->totalExact);
    }

    void usernameSearchPagesEveryMatchOnBothPlans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("many matches: the name index walked") << QStringLiteral("READER") << 30;
        QTest::newRow("few matches: fetched from the search index") << QStringLiteral("1-X") << 3;
        QTest::newRow("two characters: LIKE") << QStringLiteral("1-") << 3;
        QTest::newRow("FTS syntax is plain text") << QStringLiteral("er*") << 0;
        QTest::newRow("a quote is plain text") << QStringLiteral("er\"") << 0;
        QTest::newRow("no match") << QStringLiteral("zzz") << 0;
        QTest::newRow("longer than any username") << QString(33, QLatin1Char('r')) << 0;
    }
    void usernameSearchRefusesControlCharacters()
    {
        BackendFixture fixture;
        UserQuery query;
        query.text = QStringLiteral("rea\u0000der");
        const Result<UserPage> page = fixture.backend().users().list(Actor::desktopAdministrator(), query);
        QVERIFY(!page.ok());
        QVERIFY(page.error().fields().contains(QStringLiteral("q")));
    }
    void usernameSearchPagesEveryMatchOnBothPlans()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        BackendFixture fixture;
        QStringList created;
        for (int i = 0; i < 30; ++i) {
            const QString name = QStringLiteral("Reader%1%2")
                                     .arg(i, 2, 10, QLatin1Char('0'))
                                     .arg(i % 10 == 1 ? QStringLiteral("-x") : QString());
            fixture.createUser(name);
            created << name;
        }
        for (int i = 0; i < 5; ++i)
            fixture.createUser(QStringLiteral("other%1").arg(i));
        QStringList expectedNames;
        for (const QString &name : created) {
            if (name.toLower().contains(text.toLower()))
                expectedNames << name;
        }
        QCOMPARE(expectedNames.size(), expected);

        UserQuery query;
        query.text = text;
        query.limit = 4;
        QStringList names;
        for (int pages = 0; pages < 20; ++pages) {
            const Result<UserPage> page
                = fixture.backend().users().list(Actor::desktopAdministrator(), query);
            VERIFY_OK(page);
            QCOMPARE(page->total, expected);
            for (const User &user : page->items)
                names << user.username;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        QCOMPARE(names, expectedNames);

        // The index follows deletions.
        if (!expectedNames.isEmpty()) {
            const auto gone = UserRepository::findByUsername(fixture.backend().database().connection(),
                                                             expectedNames.first());
            QVERIFY(gone.ok() && gone.value());
            VERIFY_OK(fixture.backend()
                          .users()
                          .remove(Actor::desktopAdministrator(), gone.value()->user.publicId)
                          .result());
            UserQuery again;
            again.text = text;
            again.limit = 1;
            QCOMPARE(fixture.backend().users().list(Actor::desktopAdministrator(), again)->total,
                     expected - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
