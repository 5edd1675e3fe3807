// DatabaseCopier: an installation built through the real services, copied SQLite → PostgreSQL → SQLite,
// compared row by row at each step and then used (sign-in, lists, search, new rows); and every refusal.
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "TemporaryPostgres.h"
#include "books/BookService.h"
#include "storage/Database.h"
#include "storage/DatabaseCopier.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"
#include "users/UserService.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
const QString password = QStringLiteral("correct horse battery");

// Every row of a table as text, each value with its type ("qlonglong:3", "QString:ann", "NULL"), sorted:
// two databases hold the same rows exactly when these lists are equal.
QList<QStringList> rowsOf(SqlConnection &connection, const QString &table)
{
    const QStringList columns = DatabaseCopier::columnsOf(table);
    SqlStatement select(connection,
                        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table),
                        "testRowsOf");
    QList<QStringList> rows;
    if (Status run = select.execute(); !run) {
        rows.append({QStringLiteral("error: ") + run.error().message()});
        return rows;
    }
    while (select.next()) {
        QStringList row;
        for (int column = 0; column < columns.size(); ++column) {
            const QVariant value = select.value(column);
            row << (value.isNull() ? QStringLiteral("NULL")
                                   : QLatin1String(value.typeName()) + QLatin1Char(':') + value.toString());
        }
        rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 scalar(SqlConnection &connection, const QString &sql)
{
    SqlStatement select(connection, sql, "testScalar");
    if (!select.execute() || !select.next())
        return -1;
    return select.int64(0);
}

std::unique_ptr<SqlConnection> openConnection(const DatabaseUrl &url)
{
    static int next = 0;
    return SqlConnection::open(url, QStringLiteral("tst_databasecopy-%1").arg(++next));
}

DatabaseUrl freshPostgresDatabase()
{
    const QString url = TemporaryPostgres::shared().createDatabase();
    return DatabaseUrl::parse(url).valueOr(DatabaseUrl());
}

std::unique_ptr<Backend> openBackend(const DatabaseUrl &url, const Clock &clock)
{
    BackendOptions options;
    options.database = url;
    options.argon2 = BackendFixture::cheapArgon2();
    options.clock = &clock;
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened) {
        QTest::qFail(qPrintable(describeError(opened.error())), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

QStringList titlesFound(Backend &backend, const QString &text)
{
    BookQuery query;
    query.text = text;
    query.limit = 100;
    QStringList titles;
    const Result<BookPage> page = backend.books().list(Actor::desktopAdministrator(), query);
    if (page) {
        for (const Book &book : page->items)
            titles << book.title;
    }
    return titles;
}
} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.start(), qPrintable(postgres.error()));
        buildSource();
    }

    void theCopiedTablesAreEveryTableWithEveryColumnOfTheSchema_data()
    {
        QTest::addColumn<bool>("postgresql");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void theCopiedTablesAreEveryTableWithEveryColumnOfTheSchema()
    {
        QFETCH(bool, postgresql);
        const DatabaseUrl url = postgresql ? freshPostgresDatabase() : sqliteUrl(QStringLiteral("schema.db"));
        {
            FakeClock clock;
            VERIFY_OK(Database::open(url, clock));
        }
        const std::unique_ptr<SqlConnection> connection = openConnection(url);
        QVERIFY2(connection->isOpen(), qPrintable(connection->openError()));
        SqlStatement tables(*connection,
                            postgresql
                                ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                 " WHERE table_schema = current_schema()")
                                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                            "testTables");
        VERIFY_OK(tables.execute());
        QStringList found;
        while (tables.next()) {
            const QString name = tables.text(0);
            // Derived on the target: migrations, triggers, SQLite's search tables and their shadow tables;
            // and what processes sharing a database told each other, which no process of the target needs.
            if (name == QLatin1String("schema_migrations") || name == QLatin1String("book_total")
                || name == QLatin1String("instance_changes") || name.startsWith(QLatin1String("books_search"))
                || name.startsWith(QLatin1String("users_search"))
                || name.startsWith(QLatin1String("sqlite_")))
                continue;
            found << name;
        }
        QStringList copied = DatabaseCopier::copiedTables();
        found.sort();
        copied.sort();
        QCOMPARE(found, copied);

        for (const QString &table : DatabaseCopier::copiedTables()) {
            SqlStatement columns(*connection,
                                 postgresql
                                     ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                                      " WHERE table_schema = current_schema()"
                                                      " AND table_name = ?")
                                     : QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                                 "testColumns");
            columns.bind(table);
            VERIFY_OK(columns.execute());
            QStringList schemaColumns;
            while (columns.next())
                schemaColumns << columns.text(0);
            QStringList copiedColumns = DatabaseCopier::columnsOf(table);
            schemaColumns.sort();
            copiedColumns.sort();
            QCOMPARE(schemaColumns, copiedColumns);
        }
    }

    // The source stays open in its Backend (a server serving it) while it is copied.
    void aCopyToPostgresqlAndBackToSqliteHoldsTheSameRowsAndWorks()
    {
        const DatabaseUrl postgres = freshPostgresDatabase();
        const Result<DatabaseCopyReport> first
            = DatabaseCopier(m_source->databaseUrl(), postgres, clock()).copy();
        VERIFY_OK(first);
        QCOMPARE(first->bookTotal, 5);
        for (const DatabaseCopyReport::Table &table : first->tables) {
            QVERIFY2(table.sourceRows > 0, qPrintable(table.name)); // every table has something to copy
            QCOMPARE(table.targetRows, table.sourceRows);
        }
        compareEveryTable(m_source->databaseUrl(), postgres);

        const DatabaseUrl sqlite = sqliteUrl(QStringLiteral("back.db"));
        const Result<DatabaseCopyReport> second = DatabaseCopier(postgres, sqlite, clock()).copy();
        VERIFY_OK(second);
        QCOMPARE(second->totalRows(), first->totalRows());
        compareEveryTable(m_source->databaseUrl(), sqlite);

        for (const DatabaseUrl &copy : {postgres, sqlite}) {
            const std::unique_ptr<Backend> backend = openBackend(copy, clock());
            QVERIFY(backend);
            const Result<TokenPair> signedIn
                = backend->signIn().login(QStringLiteral("ann"), password, {}).result();
            VERIFY_OK(signedIn);
            // Signed with the rotated key, which came along.
            QCOMPARE(backend->keys().activeKey().kid(), m_rotatedKid);
            VERIFY_OK(backend->tokenVerifier().verifyAccessToken(signedIn->accessToken.toLatin1()));
            // A token the source revoked stays revoked.
            QCOMPARE(backend->tokenVerifier().verifyAccessToken(m_revokedToken.toLatin1()).error().codeName(),
                     QStringLiteral("token_revoked"));

            QCOMPARE(titlesFound(*backend, {}), titlesFound(m_source->backend(), {}));
            QCOMPARE(titlesFound(*backend, QStringLiteral("dune")),
                     titlesFound(m_source->backend(), QStringLiteral("dune")));
            QCOMPARE(titlesFound(*backend, QStringLiteral("dune")).size(), 2);

            // New rows get ids past the copied ones (PostgreSQL's identities were moved).
            BookDraft draft;
            draft.title = QStringLiteral("Written after the move");
            draft.author = QStringLiteral("Ann");
            draft.publisher = QStringLiteral("Pub");
            const Result<Book> created
                = backend->books().create(Actor::forUser(signedIn->user), draft).result();
            VERIFY_OK(created);
            QVERIFY(created->id > m_largestBookId);
            const Result<User> user
                = backend->users()
                      .createAccount(Actor::desktopAdministrator(),
                                     NewAccount {QStringLiteral("newcomer"), password, Role::User})
                      .result();
            VERIFY_OK(user);
            QCOMPARE(titlesFound(*backend, {}).size(), 6);
        }
    }

    void aNonEmptyTargetIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<bool>("postgresql");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void aNonEmptyTargetIsRefusedAndLeftAlone()
    {
        QFETCH(bool, postgresql);
        const DatabaseUrl target
            = postgresql ? freshPostgresDatabase() : sqliteUrl(QStringLiteral("used.db"));
        {
            const std::unique_ptr<Backend> backend = openBackend(target, clock());
            QVERIFY(backend);
            VERIFY_OK(backend->users()
                          .createAccount(Actor::desktopAdministrator(),
                                         NewAccount {QStringLiteral("zed"), password, Role::Admin})
                          .result());
        }
        const Result<DatabaseCopyReport> copied
            = DatabaseCopier(m_source->databaseUrl(), target, clock()).copy();
        QVERIFY(!copied);
        QCOMPARE(copied.error().code(), ErrorCode::DatabaseNotEmpty);
        QVERIFY2(copied.error().message().contains(QLatin1String("users")),
                 qPrintable(copied.error().message()));
        const std::unique_ptr<SqlConnection> connection = openConnection(target);
        QCOMPARE(scalar(*connection, QStringLiteral("SELECT COUNT(*) FROM users")), 1);
        QCOMPARE(scalar(*connection, QStringLiteral("SELECT COUNT(*) FROM books")), 0);
    }

    void aSourceThatIsNotABookwardenDatabaseIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite file of another program") << QStringLiteral("foreign");
        QTest::newRow("empty sqlite file") << QStringLiteral("empty");
        QTest::newRow("missing sqlite file") << QStringLiteral("missing");
        QTest::newRow("empty postgresql database") << QStringLiteral("postgresql");
    }

    void aSourceThatIsNotABookwardenDatabaseIsRefused()
    {
        QFETCH(QString, kind);
        DatabaseUrl source = sqliteUrl(QStringLiteral("source-") + kind + QStringLiteral(".db"));
        if (kind == QLatin1String("postgresql")) {
            source = freshPostgresDatabase();
        } else if (kind != QLatin1String("missing")) {
            const std::unique_ptr<SqlConnection> connection = openConnection(source);
            if (kind == QLatin1String("foreign"))
                VERIFY_OK(
                    connection->execute(QStringLiteral("CREATE TABLE notes (text TEXT)"), "testForeign"));
        }
        const DatabaseUrl target = sqliteUrl(QStringLiteral("target-") + kind + QStringLiteral(".db"));
        const Result<DatabaseCopyReport> copied = DatabaseCopier(source, target, clock()).copy();
        QVERIFY(!copied);
        QCOMPARE(copied.error().code(),
                 kind == QLatin1String("missing") ? ErrorCode::DatabaseUnreadable
                                                  : ErrorCode::DatabaseForeign);
        QVERIFY(!QFileInfo::exists(target.path()));
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFileInfo::exists(source.path())); // not created by looking at it
    }

    void aSourceOfANewerSchemaIsRefused()
    {
        const DatabaseUrl newer = sqliteUrl(QStringLiteral("newer.db"));
        VERIFY_OK(DatabaseCopier(m_source->databaseUrl(), newer, clock()).copy());
        {
            const std::unique_ptr<SqlConnection> connection = openConnection(newer);
            VERIFY_OK(connection->execute(
                QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', 0)"), "testFuture"));
        }
        const DatabaseUrl target = freshPostgresDatabase();
        const Result<DatabaseCopyReport> copied = DatabaseCopier(newer, target, clock()).copy();
        QVERIFY(!copied);
        QCOMPARE(copied.error().code(), ErrorCode::DatabaseTooNew);
    }

    void aSourceOfAnOlderSchemaIsRefusedWithWhatToDo()
    {
        const DatabaseUrl older = sqliteUrl(QStringLiteral("older.db"));
        VERIFY_OK(DatabaseCopier(m_source->databaseUrl(), older, clock()).copy());
        {
            const std::unique_ptr<SqlConnection> connection = openConnection(older);
            VERIFY_OK(connection->execute(QStringLiteral("DELETE FROM schema_migrations WHERE version ="
                                                         " (SELECT MAX(version) FROM schema_migrations)"),
                                          "testPast"));
        }
        const Result<DatabaseCopyReport> copied
            = DatabaseCopier(older, sqliteUrl(QStringLiteral("from-older.db")), clock()).copy();
        QVERIFY(!copied);
        QCOMPARE(copied.error().code(), ErrorCode::DatabaseOutdated);
        QVERIFY2(copied.error().message().contains(QLatin1String("Start this version of Bookwarden")),
                 qPrintable(copied.error().message()));
    }

    // A source that breaks a rule of the schema (a book whose owner is gone, written with foreign keys
    // off) fails part-way: the target keeps nothing, and a target file the copy created is removed.
    void aCopyThatFailsPartWayLeavesNothingBehind_data()
    {
        QTest::addColumn<bool>("postgresql");
        QTest::newRow("into sqlite") << false;
        QTest::newRow("into postgresql") << true;
    }

    void aCopyThatFailsPartWayLeavesNothingBehind()
    {
        QFETCH(bool, postgresql);
        const DatabaseUrl broken = sqliteUrl(QStringLiteral("broken-%1.db").arg(postgresql));
        VERIFY_OK(DatabaseCopier(m_source->databaseUrl(), broken, clock()).copy());
        {
            const std::unique_ptr<SqlConnection> connection = openConnection(broken);
            VERIFY_OK(connection->execute(QStringLiteral("PRAGMA foreign_keys = OFF"), "testForeignKeysOff"));
            VERIFY_OK(connection->execute(
                QStringLiteral(
                    "INSERT INTO books (id, owner_id, title, title_key, author, author_key, publisher,"
                    " price_cents, created_at, updated_at) VALUES (900, 999, 'Orphan', 'orphan', 'X',"
                    " 'x', 'P', 0, 0, 0)"),
                "testOrphan"));
        }
        const DatabaseUrl target
            = postgresql ? freshPostgresDatabase() : sqliteUrl(QStringLiteral("never.db"));
        const Result<DatabaseCopyReport> copied = DatabaseCopier(broken, target, clock()).copy();
        QVERIFY(!copied);
        QVERIFY2(copied.error().message().contains(QLatin1String("books")),
                 qPrintable(copied.error().message()));
        if (postgresql) {
            const std::unique_ptr<SqlConnection> connection = openConnection(target);
            for (const QString &table : DatabaseCopier::copiedTables())
                QCOMPARE(scalar(*connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), 0);
            // And the emptied target takes a good copy afterwards.
            VERIFY_OK(DatabaseCopier(m_source->databaseUrl(), target, clock()).copy());
        } else {
            QVERIFY(!QFileInfo::exists(target.path()));
            QVERIFY(!QFileInfo::exists(target.path() + QStringLiteral(".lock")));
        }
    }

    void theSourceAndTargetMustDiffer()
    {
        const Result<DatabaseCopyReport> copied
            = DatabaseCopier(m_source->databaseUrl(), m_source->databaseUrl(), clock()).copy();
        QVERIFY(!copied);
        QVERIFY2(copied.error().message().contains(QLatin1String("same database")),
                 qPrintable(copied.error().message()));
    }

private:
    // The source's clock, for every database of the test: tokens and sessions stay as fresh as it left them.
    FakeClock &clock() { return m_source->clock(); }
    DatabaseUrl sqliteUrl(const QString &name) const
    {
        return DatabaseUrl::sqliteFile(m_files.filePath(name));
    }

    // An installation as people leave it: an administrator and two users, books of two owners, sessions
    // (one refreshed, one signed out), a rotated signing key, and the security events all that logged.
    void buildSource()
    {
        m_source = std::make_unique<BackendFixture>();
        QVERIFY2(m_source->isOpen(), qPrintable(m_source->openError()));
        QVERIFY(!m_source->databaseUrl().isPostgresql());
        m_source->createUser(QStringLiteral("root"), Role::Admin);
        const User ann = m_source->createUser(QStringLiteral("ann"));
        const User bob = m_source->createUser(QStringLiteral("bob"));
        Backend &backend = m_source->backend();
        const QList<std::pair<User, QString>> books = {
            {ann, QStringLiteral("Dune")},     {ann, QStringLiteral("Dune Messiah")},
            {ann, QStringLiteral("Solaris")},  {bob, QStringLiteral("Neuromancer")},
            {bob, QStringLiteral("Hyperion")},
        };
        for (const auto &[owner, title] : books) {
            BookDraft draft;
            draft.title = title;
            draft.author = QStringLiteral("Author of ") + title;
            draft.publisher = QStringLiteral("Publisher");
            draft.priceCents = 1999;
            if (title == QLatin1String("Dune"))
                draft.year = 1965;
            const Result<Book> created = backend.books().create(Actor::forUser(owner), draft).result();
            VERIFY_OK(created);
            m_largestBookId = qMax(m_largestBookId, created->id);
        }
        const Result<TokenPair> annSession
            = backend.signIn()
                  .login(QStringLiteral("ann"), password, {QStringLiteral("10.0.0.1"), {}})
                  .result();
        VERIFY_OK(annSession);
        m_source->clock().advanceSeconds(5);
        VERIFY_OK(backend.signIn().refresh(annSession->refreshToken, {}).result());
        const Result<StoredSigningKey> rotated
            = backend.keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::HS256).result();
        VERIFY_OK(rotated);
        m_rotatedKid = rotated->kid;
        const Result<TokenPair> bobSession
            = backend.signIn().login(QStringLiteral("bob"), password, {}).result();
        VERIFY_OK(bobSession);
        const Result<AuthenticatedToken> verified
            = backend.tokenVerifier().verifyAccessToken(bobSession->accessToken.toLatin1());
        VERIFY_OK(verified);
        VERIFY_OK(backend.signIn().logout(verified->claims).result());
        m_revokedToken = bobSession->accessToken;
        backend.database().writer().waitForIdle();
    }

    void compareEveryTable(const DatabaseUrl &original, const DatabaseUrl &copy)
    {
        const std::unique_ptr<SqlConnection> from = openConnection(original);
        const std::unique_ptr<SqlConnection> to = openConnection(copy);
        QVERIFY2(from->isOpen() && to->isOpen(), qPrintable(from->openError() + to->openError()));
        for (const QString &table : DatabaseCopier::copiedTables()) {
            const QList<QStringList> expected = rowsOf(*from, table);
            QVERIFY2(!expected.isEmpty(), qPrintable(table));
            QCOMPARE(rowsOf(*to, table), expected);
        }
        const QString total = QStringLiteral("SELECT books FROM book_total");
        QCOMPARE(scalar(*to, total), scalar(*from, total));
    }

    QTemporaryDir m_files;
    std::unique_ptr<BackendFixture> m_source;
    qint64 m_largestBookId = 0;
    QString m_rotatedKid;
    QString m_revokedToken;
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
