// The books API end to end: a real server on 127.0.0.1 over a temporary database (SQLite, or PostgreSQL as
// tst_apibooks_postgresql), driven over HTTP.
#include "ApiServerFixture.h"
#include "ResultAssertions.h"
#include "books/BookRepository.h"
#include "books/BookService.h"
#include "storage/Database.h"
#include "storage/GroupCommitWriter.h"
#include "users/UserRepository.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject dune()
{
    return QJsonObject {
        {u"title"_s, u"Dune"_s}, {u"author"_s, u"Frank Herbert"_s},   {u"publisher"_s, u"Chilton"_s},
        {u"price"_s, 9.99},      {u"isbn"_s, u"978-0-441-17271-9"_s}, {u"year"_s, 1965}};
}

QJsonObject bookNamed(const QString &title, double price = 10)
{
    return QJsonObject {
        {u"title"_s, title}, {u"author"_s, u"Someone"_s}, {u"publisher"_s, u"Press"_s}, {u"price"_s, price}};
}

QString describe(const ApiResponse &response)
{
    return QStringLiteral("status %1: %2").arg(response.status).arg(QString::fromUtf8(response.body));
}

QByteArray idPath(qint64 id)
{
    return "/api/v1/books/" + QByteArray::number(id);
}

// Reads the database through a connection of its own (Qt's driver, not Bookwarden's statement layer),
// bypassing the server and its caches.
class DatabaseProbe
{
public:
    explicit DatabaseProbe(const DatabaseUrl &url)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database;
        if (url.isPostgresql()) {
            database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
            database.setHostName(url.host());
            database.setPort(url.port());
            database.setUserName(url.user());
            database.setDatabaseName(url.databaseName());
        } else {
            database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            database.setDatabaseName(url.path());
            database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        m_open = database.open();
    }
    ~DatabaseProbe()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }

    qint64 bookCount()
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(u"SELECT COUNT(*) FROM books"_s) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    // title, author, publisher, price_cents, isbn, year, version of one book; empty when it is not there.
    QVariantList book(qint64 id)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(
            u"SELECT title, author, publisher, price_cents, isbn, year, version FROM books WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        QVariantList row;
        for (int i = 0; i < 7; ++i)
            row << query.value(i);
        return row;
    }

private:
    QString m_name;
    bool m_open = false;
};
} // namespace

class TestApiBooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiServerFixture> m_api;
    QString m_ann; // tokens
    QString m_bob;
    QString m_admin;
    User m_annUser;
    User m_bobUser;

    ApiServerFixture &api() { return *m_api; }

    qint64 createBook(const QString &token, const QJsonObject &book)
    {
        const ApiResponse response = api().call("POST", "/api/v1/books", book, token);
        if (response.status != 201) {
            QTest::qFail(qPrintable(u"creating a book: "_s + describe(response)), __FILE__, __LINE__);
            return 0;
        }
        return qint64(response.json().value(u"id"_s).toDouble());
    }

    QStringList titlesOf(const ApiResponse &response)
    {
        QStringList titles;
        for (const QJsonValue item : response.json().value(u"items"_s).toArray())
            titles << item.toObject().value(u"title"_s).toString();
        return titles;
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiServerFixture>();
        QVERIFY2(api().start(), qPrintable(api().errorString()));
        m_annUser = api().createUser(u"ann"_s);
        m_bobUser = api().createUser(u"bob"_s);
        api().createUser(u"root"_s, Role::Admin);
        m_ann = api().login(u"ann"_s);
        m_bob = api().login(u"bob"_s);
        m_admin = api().login(u"root"_s);
        QVERIFY(!m_ann.isEmpty() && !m_bob.isEmpty() && !m_admin.isEmpty());
    }
    void cleanup() { m_api.reset(); }

    void creatingABookAnswers201WithLocationETagAndTheStoredBook()
    {
        const ApiResponse response = api().call("POST", "/api/v1/books", dune(), m_ann);
        QCOMPARE(response.status, 201);
        QVERIFY(response.header("Content-Type").startsWith("application/json"));
        const QJsonObject book = response.json();
        const qint64 id = qint64(book.value(u"id"_s).toDouble());
        QVERIFY(id > 0);
        QCOMPARE(response.header("Location"), idPath(id));
        QCOMPARE(response.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(book.value(u"title"_s).toString(), u"Dune"_s);
        QCOMPARE(book.value(u"author"_s).toString(), u"Frank Herbert"_s);
        QCOMPARE(book.value(u"publisher"_s).toString(), u"Chilton"_s);
        QCOMPARE(book.value(u"price"_s).toDouble(), 9.99);
        QCOMPARE(book.value(u"isbn"_s).toString(), u"9780441172719"_s); // stored without hyphens
        QCOMPARE(book.value(u"year"_s).toInt(), 1965);
        QCOMPARE(book.value(u"version"_s).toInt(), 1);
        QCOMPARE(book.value(u"owner"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
        QCOMPARE(book.value(u"owner"_s).toObject().value(u"id"_s).toString(), m_annUser.publicId);
        QCOMPARE(book.value(u"created_at"_s).toString(), u"2026-01-01T00:00:00.000Z"_s); // the FakeClock
    }

    void theWriteIsInTheDatabaseFileWhenTheAnswerArrives()
    {
        const qint64 id = createBook(m_ann, dune());
        DatabaseProbe probe(api().fixture().databaseUrl());
        QVERIFY(probe.isOpen());
        const QVariantList row = probe.book(id);
        QVERIFY2(!row.isEmpty(), "the created book is not in the database file");
        QCOMPARE(row.at(0).toString(), u"Dune"_s);
        QCOMPARE(row.at(3).toLongLong(), 999);
        QCOMPARE(row.at(4).toString(), u"9780441172719"_s);
        QCOMPARE(row.at(5).toInt(), 1965);

        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 12.5}}, m_ann).status, 200);
        QCOMPARE(probe.book(id).at(3).toLongLong(), 1250);
        QCOMPARE(probe.book(id).at(6).toLongLong(), 2);

        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_ann).status, 204);
        QVERIFY(probe.book(id).isEmpty());
    }

    void booksSurviveClosingAndReopeningTheDatabase()
    {
        const qint64 id = createBook(m_ann, dune());
        api().stop();
        QVERIFY2(api().fixture().reopen(), qPrintable(api().fixture().openError()));
        const Result<Book> book = api().backend().books().get(api().fixture().actorFor(m_annUser), id);
        VERIFY_OK(book);
        QCOMPARE(book->title, u"Dune"_s);
        QCOMPARE(book->priceCents, 999);
        QCOMPARE(book->ownerPublicId, m_annUser.publicId);
    }

    void listingShowsOnlyTheCallersOwnBooks()
    {
        createBook(m_ann, bookNamed(u"Ann's first"_s));
        createBook(m_ann, bookNamed(u"Ann's second"_s));
        createBook(m_bob, bookNamed(u"Bob's only"_s));

        const ApiResponse ann = api().call("GET", "/api/v1/books", QByteArray(), m_ann);
        QCOMPARE(ann.status, 200);
        QCOMPARE(titlesOf(ann), (QStringList {u"Ann's first"_s, u"Ann's second"_s}));
        QCOMPARE(ann.json().value(u"total"_s).toInt(), 2);
        QVERIFY(ann.json().value(u"next_cursor"_s).isNull());

        const ApiResponse bob = api().call("GET", "/api/v1/books", QByteArray(), m_bob);
        QCOMPARE(titlesOf(bob), QStringList {u"Bob's only"_s});
    }

    void aListReadAgainAfterAnyWriteShowsThatWrite()
    {
        // Lists are answered from memory while nothing changes; every kind of write must show at once.
        auto annsTitles
            = [this] { return titlesOf(api().call("GET", "/api/v1/books", QByteArray(), m_ann)); };
        auto everyonesTitles
            = [this] { return titlesOf(api().call("GET", "/api/v1/books", QByteArray(), m_admin)); };
        QCOMPARE(annsTitles(), QStringList());
        QCOMPARE(annsTitles(), QStringList());

        const qint64 first = createBook(m_ann, bookNamed(u"Ann's first"_s));
        QCOMPARE(annsTitles(), QStringList {u"Ann's first"_s});

        QJsonObject forAnn = bookNamed(u"Filed for Ann"_s);
        forAnn.insert(u"owner"_s, m_annUser.publicId);
        QCOMPARE(api().call("POST", "/api/v1/books", forAnn, m_admin).status, 201);
        QCOMPARE(annsTitles(), (QStringList {u"Ann's first"_s, u"Filed for Ann"_s}));

        QCOMPARE(
            api().call("PATCH", idPath(first), QJsonObject {{u"title"_s, u"Ann's revised"_s}}, m_ann).status,
            200);
        QCOMPARE(annsTitles(), (QStringList {u"Ann's revised"_s, u"Filed for Ann"_s}));

        createBook(m_bob, bookNamed(u"Bob's only"_s));
        QCOMPARE(everyonesTitles(), (QStringList {u"Ann's revised"_s, u"Bob's only"_s, u"Filed for Ann"_s}));
        QCOMPARE(api()
                     .call("DELETE", "/api/v1/users/" + m_bobUser.publicId.toUtf8(), QByteArray(), m_admin)
                     .status,
                 204);
        QCOMPARE(everyonesTitles(), (QStringList {u"Ann's revised"_s, u"Filed for Ann"_s}));

        QCOMPARE(api().call("DELETE", idPath(first), QByteArray(), m_admin).status, 204);
        QCOMPARE(annsTitles(), QStringList {u"Filed for Ann"_s});
        const ApiResponse tutorial = api().call("GET", "/books", QByteArray(), m_ann);
        QCOMPARE(tutorial.json().value(u"list_of_books"_s).toArray().size(), 1);
    }

    void pagesFollowTheCursorUntilTheLastPage()
    {
        for (const QString &title : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
            createBook(m_ann, bookNamed(title));
        QStringList seen;
        QByteArray path = "/api/v1/books?limit=2";
        int pages = 0;
        for (;;) {
            const ApiResponse page = api().call("GET", path, QByteArray(), m_ann);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(u"total"_s).toInt(), 5);
            QVERIFY(titlesOf(page).size() <= 2);
            seen += titlesOf(page);
            ++pages;
            const QJsonValue cursor = page.json().value(u"next_cursor"_s);
            if (cursor.isNull())
                break;
            QVERIFY(pages < 10);
            path = "/api/v1/books?limit=2&cursor=" + QUrl::toPercentEncoding(cursor.toString());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, (QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}));
    }

    void sortingAndSearchingNarrowAndOrderTheList()
    {
        createBook(m_ann, bookNamed(u"Cheap"_s, 1));
        createBook(m_ann, bookNamed(u"Dear"_s, 99.5));
        createBook(m_ann, bookNamed(u"Middle dune"_s, 20));

        QCOMPARE(titlesOf(api().call("GET", "/api/v1/books?sort=-price", QByteArray(), m_ann)),
                 (QStringList {u"Dear"_s, u"Middle dune"_s, u"Cheap"_s}));
        QCOMPARE(titlesOf(api().call("GET", "/api/v1/books?sort=price", QByteArray(), m_ann)),
                 (QStringList {u"Cheap"_s, u"Middle dune"_s, u"Dear"_s}));
        const ApiResponse found = api().call("GET", "/api/v1/books?q=DUNE", QByteArray(), m_ann);
        QCOMPARE(titlesOf(found), QStringList {u"Middle dune"_s});
        QCOMPARE(found.json().value(u"total"_s).toInt(), 1);
    }

    void pagesDoNotSkipOrRepeatBooksWithEqualSortKeys_data()
    {
        QTest::addColumn<QByteArray>("sort");
        for (const char *sort :
             {"price", "-price", "author", "-author", "created", "-created", "title", "-title"})
            QTest::newRow(sort) << QByteArray(sort);
    }
    void pagesDoNotSkipOrRepeatBooksWithEqualSortKeys()
    {
        QFETCH(QByteArray, sort);
        // Same price, same author, same creation instant (the clock stands still): only the id tells them
        // apart.
        QStringList created;
        for (int i = 0; i < 7; ++i) {
            created << u"Same %1"_s.arg(i);
            createBook(m_ann, bookNamed(created.last(), 5));
        }
        QStringList seen;
        QByteArray path = "/api/v1/books?limit=3&sort=" + sort;
        for (int pages = 0; pages < 10; ++pages) {
            const ApiResponse page = api().call("GET", path, QByteArray(), m_ann);
            QCOMPARE(page.status, 200);
            seen += titlesOf(page);
            const QJsonValue cursor = page.json().value(u"next_cursor"_s);
            if (cursor.isNull())
                break;
            path = "/api/v1/books?limit=3&sort=" + sort
                + "&cursor=" + QUrl::toPercentEncoding(cursor.toString());
        }
        QCOMPARE(seen.size(), 7);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(sorted, created);
    }

    void aCursorIsOnlyValidForItsOwnSortOrder()
    {
        for (const QString &title : {u"A"_s, u"B"_s, u"C"_s})
            createBook(m_ann, bookNamed(title));
        const ApiResponse first = api().call("GET", "/api/v1/books?limit=1&sort=title", QByteArray(), m_ann);
        const QByteArray cursor = QUrl::toPercentEncoding(first.json().value(u"next_cursor"_s).toString());
        QVERIFY(!cursor.isEmpty());
        const ApiResponse other
            = api().call("GET", "/api/v1/books?limit=1&sort=price&cursor=" + cursor, QByteArray(), m_ann);
        QCOMPARE(other.status, 400);
        QVERIFY(other.json().value(u"fields"_s).toObject().contains(u"cursor"_s));
    }

    void aSearchCountsOnlyMatchesAcrossPages()
    {
        for (int i = 0; i < 5; ++i)
            createBook(m_ann, bookNamed(u"Dune %1"_s.arg(i)));
        createBook(m_ann, bookNamed(u"Emma"_s));
        const ApiResponse page = api().call("GET", "/api/v1/books?q=dune&limit=2", QByteArray(), m_ann);
        QCOMPARE(page.json().value(u"total"_s).toInt(), 5);
        QCOMPARE(titlesOf(page).size(), 2);
        QVERIFY(page.json().value(u"next_cursor"_s).isString());
    }

    void aSearchCountsItsMatchesUpToTheBound()
    {
        // One more river than the API counts, written in one job (a thousand POSTs would take seconds).
        const qint64 rivers = BookQuery::searchCountLimit + 1;
        const qint64 ownerId = m_annUser.id;
        const Result<qint64> inserted = api().backend().database().writer().run<qint64>(
            [&](WriteTransaction &transaction) -> Result<qint64> {
                for (qint64 i = 0; i < rivers; ++i) {
                    BookDraft draft;
                    draft.title = u"River %1"_s.arg(i);
                    draft.author = u"Nobody"_s;
                    draft.priceCents = 100;
                    const Result<qint64> id = BookRepository::insert(transaction.connection(), ownerId, draft,
                                                                     transaction.nowMs());
                    if (!id)
                        return id.error();
                }
                if (Status counted
                    = UserRepository::addToBookCount(transaction.connection(), ownerId, rivers);
                    !counted)
                    return counted.error();
                return rivers;
            });
        VERIFY_OK(inserted);
        for (int i = 0; i < 3; ++i)
            createBook(m_ann, bookNamed(u"Lake %1"_s.arg(i)));

        for (const char *sort : {"title", "-price", "created"}) {
            const ApiResponse many = api().call(
                "GET", "/api/v1/books?q=river&limit=5&sort=" + QByteArray(sort), QByteArray(), m_ann);
            QCOMPARE(many.status, 200);
            QCOMPARE(many.json().value(u"total"_s).toInteger(), BookQuery::searchCountLimit);
            QCOMPARE(many.json().value(u"total_exact"_s), QJsonValue(false));
            QCOMPARE(titlesOf(many).size(), 5);

            const ApiResponse few = api().call("GET", "/api/v1/books?q=lake&limit=2&sort=" + QByteArray(sort),
                                               QByteArray(), m_ann);
            QCOMPARE(few.json().value(u"total"_s).toInteger(), 3);
            QCOMPARE(few.json().value(u"total_exact"_s), QJsonValue(true));
        }
        // One or two letters count the same way, without the search index.
        const ApiResponse letters = api().call("GET", "/api/v1/books?q=er&limit=5", QByteArray(), m_ann);
        QCOMPARE(letters.json().value(u"total"_s).toInteger(), BookQuery::searchCountLimit);
        QCOMPARE(letters.json().value(u"total_exact"_s), QJsonValue(false));
        // Without q the total is a kept counter, exact at any size.
        const ApiResponse all = api().call("GET", "/api/v1/books?limit=5", QByteArray(), m_ann);
        QCOMPARE(all.json().value(u"total"_s).toInteger(), rivers + 3);
        QCOMPARE(all.json().value(u"total_exact"_s), QJsonValue(true));
    }

    void badListParametersAre400_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit not a number") << QByteArray("limit=ten") << u"limit"_s;
        QTest::newRow("limit zero") << QByteArray("limit=0") << u"limit"_s;
        QTest::newRow("limit over 100") << QByteArray("limit=101") << u"limit"_s;
        QTest::newRow("unknown sort") << QByteArray("sort=isbn") << u"sort"_s;
        QTest::newRow("sort injection") << QByteArray("sort=title;DROP%20TABLE%20books") << u"sort"_s;
    }
    void badListParametersAre400()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, field);
        const ApiResponse response = api().call("GET", "/api/v1/books?" + query, QByteArray(), m_ann);
        QCOMPARE(response.status, 400);
        QVERIFY2(response.json().value(u"fields"_s).toObject().contains(field),
                 qPrintable(describe(response)));
    }

    void gettingABookAnswersItWithItsETag()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse response = api().call("GET", idPath(id), QByteArray(), m_ann);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(response.json().value(u"title"_s).toString(), u"Dune"_s);
        QCOMPARE(qint64(response.json().value(u"id"_s).toDouble()), id);
    }

    void aCurrentIfNoneMatchIs304()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse response
            = api().call("GET", idPath(id), QByteArray(), m_ann, "If-None-Match: \"1\"\r\n");
        QCOMPARE(response.status, 304);
        QVERIFY(response.body.isEmpty());
    }

    void missingBooksAre404_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("never existed") << QByteArray("/api/v1/books/999999");
        QTest::newRow("zero") << QByteArray("/api/v1/books/0");
        QTest::newRow("negative") << QByteArray("/api/v1/books/-1");
        QTest::newRow("not a number") << QByteArray("/api/v1/books/abc");
        QTest::newRow("beyond 64 bits") << QByteArray("/api/v1/books/99999999999999999999999");
    }
    void missingBooksAre404()
    {
        QFETCH(QByteArray, path);
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
            const ApiResponse response = api().call(method, path, QByteArray(), m_ann);
            QCOMPARE(response.status, 404);
            QCOMPARE(response.error(), u"book_not_found"_s);
        }
        const ApiResponse patch = api().call("PATCH", path, QJsonObject {{u"price"_s, 1}}, m_ann);
        QCOMPARE(patch.status, 404);
    }

    // A book has one address. Other spellings of its id (leading zeros, a sign, spaces, an exponent, an
    // encoded digit, a trailing slash) are 404 for every method, on the v1 and the tutorial routes alike,
    // even while the book itself answers.
    void anIdSpelledAnotherWayIsNoBook_data()
    {
        QTest::addColumn<QByteArray>("spelling");
        QTest::newRow("leading zero") << QByteArray("0%1");
        QTest::newRow("many leading zeros") << QByteArray("0000%1");
        QTest::newRow("plus sign") << QByteArray("+%1");
        QTest::newRow("encoded plus sign") << QByteArray("%2B%1");
        QTest::newRow("encoded space after") << QByteArray("%1%20");
        QTest::newRow("encoded space before") << QByteArray("%20%1");
        QTest::newRow("encoded tab") << QByteArray("%09%1");
        QTest::newRow("exponent") << QByteArray("%1e0");
        QTest::newRow("fraction") << QByteArray("%1.0");
        QTest::newRow("encoded digit") << QByteArray("%3%1");
        QTest::newRow("trailing slash") << QByteArray("%1/");
        QTest::newRow("hex") << QByteArray("0x%1");
    }
    void anIdSpelledAnotherWayIsNoBook()
    {
        QFETCH(QByteArray, spelling);
        const qint64 id = createBook(m_ann, bookNamed(u"One address"_s));
        QVERIFY(id > 0 && id < 10);
        const QByteArray canonical = QByteArray::number(id);
        // "%3%1" encodes the id's own digit: "%31" for book 1.
        const QByteArray alias = QByteArray(spelling).replace("%1", canonical);
        QCOMPARE(api().call("GET", "/api/v1/books/" + canonical, QByteArray(), m_ann).status, 200);
        for (const QByteArray &prefix : {QByteArray("/api/v1/books/"), QByteArray("/books/")}) {
            for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
                const ApiResponse response = api().call(method, prefix + alias, QByteArray(), m_ann);
                QVERIFY2(response.status == 404
                             || (prefix == "/books/" && method == "GET" && response.status == 405),
                         qPrintable(describe(response)));
            }
        }
        const ApiResponse patch
            = api().call("PATCH", "/api/v1/books/" + alias, QJsonObject {{u"price"_s, 1}}, m_ann);
        QCOMPARE(patch.status, 404);
        // Nothing happened to the book under any other spelling.
        const ApiResponse still = api().call("GET", "/api/v1/books/" + canonical, QByteArray(), m_ann);
        QCOMPARE(still.status, 200);
        QCOMPARE(still.json().value(u"version"_s).toInteger(), 1);
    }

    void someoneElsesBookIs404NotForbiddenForEveryMethod()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse get = api().call("GET", idPath(id), QByteArray(), m_bob);
        QCOMPARE(get.status, 404);
        QCOMPARE(get.error(), u"book_not_found"_s);
        // The same answer, byte for byte, as a book that does not exist.
        QCOMPARE(get.body, api().call("GET", "/api/v1/books/999999", QByteArray(), m_bob).body);

        QCOMPARE(api().call("PUT", idPath(id), bookNamed(u"Stolen"_s), m_bob).status, 404);
        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 0}}, m_bob).status, 404);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_bob).status, 404);
        QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), m_bob).json().value(u"total"_s).toInt(), 0);

        // Nothing changed.
        const ApiResponse mine = api().call("GET", idPath(id), QByteArray(), m_ann);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(u"title"_s).toString(), u"Dune"_s);
        QCOMPARE(mine.json().value(u"version"_s).toInt(), 1);
    }

    void aUserCannotFileABookUnderSomeoneElse()
    {
        QJsonObject book = dune();
        book.insert(u"owner"_s, m_bobUser.publicId);
        const ApiResponse response = api().call("POST", "/api/v1/books", book, m_ann);
        QCOMPARE(response.status, 403);
        QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), m_bob).json().value(u"total"_s).toInt(), 0);
    }

    void aUserCannotListSomeoneElsesBooksByOwner()
    {
        createBook(m_bob, dune());
        const ApiResponse response
            = api().call("GET", "/api/v1/books?owner=" + m_bobUser.publicId.toUtf8(), QByteArray(), m_ann);
        QCOMPARE(response.status, 403);
        QCOMPARE(response.error(), u"admin_required"_s);
        // Naming oneself is fine.
        QCOMPARE(api()
                     .call("GET", "/api/v1/books?owner=" + m_annUser.publicId.toUtf8(), QByteArray(), m_ann)
                     .status,
                 200);
    }

    void anAdministratorSeesFiltersAndChangesEveryonesBooks()
    {
        const qint64 annBook = createBook(m_ann, bookNamed(u"Ann's"_s));
        createBook(m_bob, bookNamed(u"Bob's"_s));

        const ApiResponse all = api().call("GET", "/api/v1/books", QByteArray(), m_admin);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"total"_s).toInt(), 2);
        const ApiResponse bobs
            = api().call("GET", "/api/v1/books?owner=" + m_bobUser.publicId.toUtf8(), QByteArray(), m_admin);
        QCOMPARE(titlesOf(bobs), QStringList {u"Bob's"_s});
        const ApiResponse nobody
            = api().call("GET", "/api/v1/books?owner=no-such-user", QByteArray(), m_admin);
        QCOMPARE(nobody.status, 400);
        QVERIFY(nobody.json().value(u"fields"_s).toObject().contains(u"owner"_s));

        QCOMPARE(api().call("GET", idPath(annBook), QByteArray(), m_admin).status, 200);
        const ApiResponse patched
            = api().call("PATCH", idPath(annBook), QJsonObject {{u"price"_s, 1}}, m_admin);
        QCOMPARE(patched.status, 200);
        // The book stays Ann's.
        QCOMPARE(patched.json().value(u"owner"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
        QCOMPARE(api().call("DELETE", idPath(annBook), QByteArray(), m_admin).status, 204);
        QCOMPARE(api().call("GET", idPath(annBook), QByteArray(), m_ann).status, 404);
    }

    void anAdministratorMayFileABookUnderAnotherUser()
    {
        QJsonObject book = dune();
        book.insert(u"owner"_s, m_bobUser.publicId);
        const ApiResponse response = api().call("POST", "/api/v1/books", book, m_admin);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.json().value(u"owner"_s).toObject().value(u"username"_s).toString(), u"bob"_s);
        QCOMPARE(titlesOf(api().call("GET", "/api/v1/books", QByteArray(), m_bob)), QStringList {u"Dune"_s});
    }

    void putReplacesTheWholeBookAndPatchOnlyTheNamedFields()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse patched
            = api().call("PATCH", idPath(id),
                         QJsonObject {{u"title"_s, u"Dune Messiah"_s}, {u"isbn"_s, QJsonValue()}}, m_ann);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(patched.json().value(u"title"_s).toString(), u"Dune Messiah"_s);
        QCOMPARE(patched.json().value(u"author"_s).toString(), u"Frank Herbert"_s);
        QVERIFY(patched.json().value(u"isbn"_s).isNull()); // null clears
        QCOMPARE(patched.json().value(u"year"_s).toInt(), 1965);

        const ApiResponse put = api().call("PUT", idPath(id), bookNamed(u"Replaced"_s, 3), m_ann);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(u"title"_s).toString(), u"Replaced"_s);
        QCOMPARE(put.json().value(u"author"_s).toString(), u"Someone"_s);
        QVERIFY(put.json().value(u"year"_s).isNull()); // absent in a replacement means none
        QCOMPARE(put.json().value(u"version"_s).toInt(), 3);
    }

    void replacingABookWithItsOwnTitleIsNoConflict()
    {
        const qint64 id = createBook(m_ann, dune());
        QJsonObject same = dune();
        same.insert(u"price"_s, 11);
        const ApiResponse response = api().call("PUT", idPath(id), same, m_ann);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"price"_s).toDouble(), 11.0);
        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"title"_s, u"DUNE"_s}}, m_ann).status, 200);
    }

    void pricesAreExactToTheCent_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("19.99") << 19.99 << qint64(1999);
        QTest::newRow("0.1 + noise") << 0.1 << qint64(10);
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("1.10") << 1.1 << qint64(110);
        QTest::newRow("the largest") << 100000000.0 << qint64(10000000000);
        QTest::newRow("just below the largest") << 99999999.99 << qint64(9999999999);
    }
    void pricesAreExactToTheCent()
    {
        QFETCH(double, price);
        QFETCH(qint64, cents);
        QJsonObject book = dune();
        book.insert(u"price"_s, price);
        const ApiResponse created = api().call("POST", "/api/v1/books", book, m_ann);
        QCOMPARE(created.status, 201);
        const Result<Book> stored = api().backend().books().get(
            api().fixture().actorFor(m_annUser), qint64(created.json().value(u"id"_s).toDouble()));
        VERIFY_OK(stored);
        QCOMPARE(stored->priceCents, cents);
        QCOMPARE(created.json().value(u"price"_s).toDouble(), price);
    }

    void isbnsAreCheckedAndNormalised_data()
    {
        QTest::addColumn<QString>("isbn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stored");
        QTest::newRow("ISBN-13 with hyphens") << u"978-0-441-17271-9"_s << 201 << u"9780441172719"_s;
        QTest::newRow("ISBN-10 with X") << u"0-8044-2957-X"_s << 201 << u"080442957X"_s;
        QTest::newRow("ISBN-13 bad check digit") << u"978-0-441-17271-8"_s << 400 << QString();
        QTest::newRow("too short") << u"12345"_s << 400 << QString();
        QTest::newRow("letters") << u"ISBN-ABCDEFGHIJ"_s << 400 << QString();
    }
    void isbnsAreCheckedAndNormalised()
    {
        QFETCH(QString, isbn);
        QFETCH(int, status);
        QFETCH(QString, stored);
        QJsonObject book = dune();
        book.insert(u"isbn"_s, isbn);
        const ApiResponse response = api().call("POST", "/api/v1/books", book, m_ann);
        QCOMPARE(response.status, status);
        if (status == 201)
            QCOMPARE(response.json().value(u"isbn"_s).toString(), stored);
        else
            QVERIFY(response.json().value(u"fields"_s).toObject().contains(u"isbn"_s));
    }

    void aMethodTheBookPathDoesNotHaveIs405WithAllow()
    {
        const ApiResponse response
            = api().call("POST", "/api/v1/books/1", QJsonObject {{u"title"_s, u"x"_s}}, m_ann);
        QCOMPARE(response.status, 405);
        const QByteArray allow = response.header("Allow");
        for (const char *method : {"GET", "PUT", "PATCH", "DELETE"})
            QVERIFY2(allow.contains(method), allow.constData());
        QVERIFY(!response.error().isEmpty());
    }

    void anAdministratorFilingUnderAnUnknownOwnerIs400()
    {
        QJsonObject book = dune();
        book.insert(u"owner"_s, u"no-such-user"_s);
        const ApiResponse response = api().call("POST", "/api/v1/books", book, m_admin);
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value(u"fields"_s).toObject().contains(u"owner"_s));
    }

    void aPatchCannotMoveABookToAnotherOwner()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse response = api().call(
            "PATCH", idPath(id), QJsonObject {{u"owner"_s, m_bobUser.publicId}, {u"price"_s, 2}}, m_ann);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"owner"_s).toObject().value(u"id"_s).toString(), m_annUser.publicId);
        QCOMPARE(api().call("GET", idPath(id), QByteArray(), m_bob).status, 404);
    }

    void ifMatchStarMatchesAnyVersion()
    {
        const qint64 id = createBook(m_ann, dune());
        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 5}}, m_ann).status, 200);
        QCOMPARE(
            api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 6}}, m_ann, "If-Match: *\r\n").status,
            200);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_ann, "If-Match: *\r\n").status, 204);
    }

    void anEmptyPatchIs400()
    {
        const qint64 id = createBook(m_ann, dune());
        const ApiResponse response = api().call("PATCH", idPath(id), QJsonObject(), m_ann);
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value(u"fields"_s).toObject().contains(u"body"_s));
    }

    void aStaleIfMatchIs412AndChangesNothing()
    {
        const qint64 id = createBook(m_ann, dune());
        QCOMPARE(api()
                     .call("PATCH", idPath(id), QJsonObject {{u"price"_s, 5}}, m_ann, "If-Match: \"1\"\r\n")
                     .status,
                 200);
        const ApiResponse stale
            = api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 6}}, m_ann, "If-Match: \"1\"\r\n");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.error(), u"version_mismatch"_s);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_ann, "If-Match: \"1\"\r\n").status, 412);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_ann, "If-Match: W/\"2\"\r\n").status, 412);
        const ApiResponse current = api().call("GET", idPath(id), QByteArray(), m_ann);
        QCOMPARE(current.json().value(u"price"_s).toDouble(), 5.0);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_ann, "If-Match: \"2\"\r\n").status, 204);
    }

    void aDuplicateTitleIs409PerOwner()
    {
        createBook(m_ann, dune());
        QJsonObject again = dune();
        again.insert(u"title"_s, u"  dune "_s); // the same title, compared case-insensitively and trimmed
        const ApiResponse response = api().call("POST", "/api/v1/books", again, m_ann);
        QCOMPARE(response.status, 409);
        QCOMPARE(response.error(), u"duplicate_title"_s);
        // Another owner may have the same title.
        QCOMPARE(api().call("POST", "/api/v1/books", dune(), m_bob).status, 201);
        // Renaming onto an existing title is a conflict too.
        const qint64 other = createBook(m_ann, bookNamed(u"Other"_s));
        QCOMPARE(api().call("PATCH", idPath(other), QJsonObject {{u"title"_s, u"Dune"_s}}, m_ann).status,
                 409);
    }

    void titlesThatReadTheSameAreDuplicates_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("composed and decomposed") << u"Caf\u00e9"_s << u"Cafe\u0301"_s;
        QTest::newRow("letter case") << u"The Hobbit"_s << u"THE HOBBIT"_s;
        QTest::newRow("surrounding spaces") << u"Emma"_s << u"  Emma\u00a0"_s;
    }
    void titlesThatReadTheSameAreDuplicates()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const ApiResponse created = api().call("POST", "/api/v1/books", bookNamed(first), m_ann);
        QCOMPARE(created.status, 201);
        const ApiResponse duplicate = api().call("POST", "/api/v1/books", bookNamed(second), m_ann);
        QVERIFY2(duplicate.status == 409, qPrintable(describe(duplicate)));
    }

    void textIsStoredTrimmedAndInNormalFormC()
    {
        const ApiResponse created = api().call("POST", "/api/v1/books",
                                               QJsonObject {{u"title"_s, u"  Cafe\u0301  "_s},
                                                            {u"author"_s, u" Ann "_s},
                                                            {u"publisher"_s, u"P"_s},
                                                            {u"price"_s, 1}},
                                               m_ann);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"title"_s).toString(), u"Caf\u00e9"_s);
        QCOMPARE(created.json().value(u"author"_s).toString(), u"Ann"_s);
    }

    void updatedAtFollowsTheClockAndCreatedAtStays()
    {
        const qint64 id = createBook(m_ann, dune());
        api().fixture().clock().advanceSeconds(90);
        const ApiResponse patched
            = api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 1}}, api().login(u"ann"_s));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(u"created_at"_s).toString(), u"2026-01-01T00:00:00.000Z"_s);
        QCOMPARE(patched.json().value(u"updated_at"_s).toString(), u"2026-01-01T00:01:30.000Z"_s);
    }

    void invalidFieldsAre400WithAMessagePerField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QString required = u"This field is required."_s;
        const QString string = u"This field must be a string."_s;
        QTest::newRow("empty title") << u"title"_s << QJsonValue(u""_s) << u"Enter a title."_s;
        QTest::newRow("blank title") << u"title"_s << QJsonValue(u"   "_s) << u"Enter a title."_s;
        QTest::newRow("null title") << u"title"_s << QJsonValue() << required;
        QTest::newRow("title is a number") << u"title"_s << QJsonValue(5) << string;
        QTest::newRow("title is an array") << u"title"_s << QJsonValue(QJsonArray {u"Dune"_s}) << string;
        QTest::newRow("title of 201 characters")
            << u"title"_s << QJsonValue(QString(201, u'x')) << u"At most 200 characters."_s;
        QTest::newRow("title with a newline")
            << u"title"_s << QJsonValue(u"Du\nne"_s)
            << u"Line breaks, tabs and control characters are not allowed."_s;
        QTest::newRow("author of 201 characters")
            << u"author"_s << QJsonValue(QString(201, u'a')) << u"At most 200 characters."_s;
        QTest::newRow("empty author") << u"author"_s << QJsonValue(u""_s) << u"Enter an author."_s;
        QTest::newRow("publisher is an object") << u"publisher"_s << QJsonValue(QJsonObject()) << string;
        QTest::newRow("publisher of 201 characters")
            << u"publisher"_s << QJsonValue(QString(201, u'p')) << u"At most 200 characters."_s;
        QTest::newRow("price as text")
            << u"price"_s << QJsonValue(u"9.99"_s) << u"This field must be a number."_s;
        QTest::newRow("price is true") << u"price"_s << QJsonValue(true) << u"This field must be a number."_s;
        QTest::newRow("negative price")
            << u"price"_s << QJsonValue(-1) << u"The price must not be negative."_s;
        QTest::newRow("three decimals")
            << u"price"_s << QJsonValue(9.999) << u"A price has at most two decimal places."_s;
        QTest::newRow("price too high") << u"price"_s << QJsonValue(1e15) << u"The price is too high."_s;
        QTest::newRow("a cent too high")
            << u"price"_s << QJsonValue(100000000.01) << u"The price is too high."_s;
        QTest::newRow("year with a fraction")
            << u"year"_s << QJsonValue(1965.5) << u"This field must be a whole number from -9999 to 9999."_s;
        QTest::newRow("year as text")
            << u"year"_s << QJsonValue(u"1965"_s) << u"This field must be a number."_s;
        QTest::newRow("year after next year")
            << u"year"_s << QJsonValue(2028) << u"The year must be from 1 to next year."_s;
        QTest::newRow("isbn as a number") << u"isbn"_s << QJsonValue(9780441172719.0) << string;
    }
    void invalidFieldsAre400WithAMessagePerField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject book = dune();
        book.insert(field, value);
        const ApiResponse response = api().call("POST", "/api/v1/books", book, m_ann);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_input"_s);
        QVERIFY(!response.json().value(u"message"_s).toString().isEmpty());
        const QJsonObject fields = response.json().value(u"fields"_s).toObject();
        QCOMPARE(fields.keys(), QStringList {field});
        QCOMPARE(fields.value(field).toString(), message);
    }

    void aTitleOfExactly200CharactersIsAccepted()
    {
        QJsonObject book = dune();
        book.insert(u"title"_s, QString(200, u'x'));
        QCOMPARE(api().call("POST", "/api/v1/books", book, m_ann).status, 201);
    }

    void everyBadFieldIsNamedAtOnce()
    {
        const ApiResponse response = api().call(
            "POST", "/api/v1/books",
            QJsonObject {{u"title"_s, u""_s}, {u"price"_s, 1.234}, {u"isbn"_s, u"123"_s}}, m_ann);
        QCOMPARE(response.status, 400);
        const QJsonObject fields = response.json().value(u"fields"_s).toObject();
        for (const QString &name : {u"author"_s, u"publisher"_s, u"price"_s})
            QVERIFY2(fields.contains(name),
                     qPrintable(name + u" missing in "_s + QString::fromUtf8(response.body)));
    }

    void aBodyThatIsNotAJsonObjectIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"title\": \"Dune\"");
        QTest::newRow("trailing comma") << QByteArray("{\"title\": \"Dune\",}");
        QTest::newRow("single quotes") << QByteArray("{'title': 'Dune'}");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("a string") << QByteArray("\"Dune\"");
        QTest::newRow("two objects") << QByteArray("{} {}");
        QTest::newRow("form encoding") << QByteArray("title=Dune&price=1");
    }
    void aBodyThatIsNotAJsonObjectIs400()
    {
        QFETCH(QByteArray, body);
        const ApiResponse response = api().call("POST", "/api/v1/books", body, m_ann);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.error(), u"invalid_json"_s);
        QVERIFY2(response.json().value(u"message"_s).toString().contains(u"at byte"_s),
                 qPrintable(describe(response)));
    }

    void aBodyThatIsNotDeclaredAsJsonIs415_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text/plain") << QByteArray("Content-Type: text/plain\r\n");
        QTest::newRow("form") << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("json as a suffix of something else") << QByteArray("Content-Type: text/json-ish\r\n");
    }
    void aBodyThatIsNotDeclaredAsJsonIs415()
    {
        QFETCH(QByteArray, contentType);
        const QByteArray body = QJsonDocument(dune()).toJson(QJsonDocument::Compact);
        const ApiResponse response
            = api().send("POST /api/v1/books HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                         + m_ann.toLatin1() + "\r\n" + contentType
                         + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(response.status, 415);
        QCOMPARE(response.error(), u"unsupported_media_type"_s);
    }

    void jsonWithACharsetParameterIsAccepted()
    {
        const QByteArray body = QJsonDocument(dune()).toJson(QJsonDocument::Compact);
        const ApiResponse response
            = api().send("POST /api/v1/books HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                         + m_ann.toLatin1() + "\r\nContent-Type: Application/JSON; charset=utf-8\r\n"
                         + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(response.status, 201);
    }

    void concurrentCreatesWithAClashingTitleGiveOne201AndOnly409sForTheRest()
    {
        // Twelve connections send at once, so the writes meet in one group commit: a duplicate must fail
        // alone, without taking its batch-mates down, and nothing may answer 5xx.
        constexpr int clients = 12;
        std::vector<std::unique_ptr<RawHttpClient>> connections;
        for (int i = 0; i < clients; ++i) {
            connections.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(connections.back()->connectTo(api().port()));
        }
        for (int i = 0; i < clients; ++i) {
            const QString title = i % 2 == 0 ? u"Shared title"_s : u"Unique %1"_s.arg(i);
            const QByteArray body = QJsonDocument(bookNamed(title)).toJson(QJsonDocument::Compact);
            QVERIFY(connections[size_t(i)]->send(
                "POST /api/v1/books HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_ann.toLatin1()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body));
        }
        int created = 0;
        int conflicts = 0;
        for (int i = 0; i < clients; ++i) {
            const auto response = connections[size_t(i)]->readResponse(20000);
            QVERIFY2(response, "no answer");
            if (i % 2 == 1) {
                QCOMPARE(response->status, 201);
            } else if (response->status == 201) {
                ++created;
            } else {
                QCOMPARE(response->status, 409);
                ++conflicts;
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(conflicts, clients / 2 - 1);
        DatabaseProbe probe(api().fixture().databaseUrl());
        QCOMPARE(probe.bookCount(), qint64(clients / 2 + 1));
        QCOMPARE(api().call("GET", "/api/v1/books", QByteArray(), m_ann).json().value(u"total"_s).toInt(),
                 clients / 2 + 1);
    }

    void totalsOnLaterPagesStayExactThroughEveryKindOfWrite()
    {
        // A total on a page that is not the whole list comes from per-user counters: they must follow every
        // create, delete, refused duplicate, administrator filing and account deletion.
        QList<qint64> annsBooks;
        for (int i = 0; i < 5; ++i)
            annsBooks << createBook(m_ann, bookNamed(u"Ann %1"_s.arg(i)));
        for (int i = 0; i < 3; ++i)
            createBook(m_bob, bookNamed(u"Bob %1"_s.arg(i)));
        QJsonObject forBob = bookNamed(u"Filed for Bob"_s);
        forBob.insert(u"owner"_s, m_bobUser.publicId);
        QCOMPARE(api().call("POST", "/api/v1/books", forBob, m_admin).status, 201);
        QCOMPARE(api().call("POST", "/api/v1/books", bookNamed(u"Ann 0"_s), m_ann).status, 409);
        QCOMPARE(api().call("POST", "/api/v1/books", bookNamed(u""_s), m_ann).status, 400);
        QCOMPARE(api().call("DELETE", idPath(annsBooks.at(0)), QByteArray(), m_admin).status, 204);
        QCOMPARE(api().call("DELETE", idPath(annsBooks.at(1)), QByteArray(), m_ann).status, 204);
        QCOMPARE(api().call("DELETE", idPath(annsBooks.at(1)), QByteArray(), m_ann).status, 404);
        QCOMPARE(api().call("DELETE", idPath(annsBooks.at(2)), QByteArray(), m_bob).status, 404);

        auto pagedTotal = [this](const QString &token, const QByteArray &query = {}) {
            const ApiResponse page = api().call("GET", "/api/v1/books?limit=1" + query, QByteArray(), token);
            return page.json().value(u"total"_s).toInt();
        };
        QCOMPARE(pagedTotal(m_ann), 3);
        QCOMPARE(pagedTotal(m_bob), 4);
        QCOMPARE(pagedTotal(m_admin), 7);
        QCOMPARE(pagedTotal(m_admin, "&owner=" + m_bobUser.publicId.toUtf8()), 4);
        DatabaseProbe probe(api().fixture().databaseUrl());
        QCOMPARE(probe.bookCount(), 7);

        QCOMPARE(api()
                     .call("DELETE", "/api/v1/users/" + m_bobUser.publicId.toUtf8(), QByteArray(), m_admin)
                     .status,
                 204);
        QCOMPARE(probe.bookCount(), 3);
        QCOMPARE(pagedTotal(m_admin), 3);
        QCOMPARE(pagedTotal(m_ann), 3);
    }

    void failedWritesLeaveTheDatabaseUntouched()
    {
        const qint64 id = createBook(m_ann, dune());
        DatabaseProbe probe(api().fixture().databaseUrl());
        QVERIFY(probe.isOpen());
        const QVariantList before = probe.book(id);
        QCOMPARE(probe.bookCount(), 1);

        QCOMPARE(api().call("POST", "/api/v1/books", QJsonObject {{u"title"_s, u"No price"_s}}, m_ann).status,
                 400);
        QCOMPARE(api().call("POST", "/api/v1/books", QByteArray("{\"title\":"), m_ann).status, 400);
        QCOMPARE(api().call("POST", "/api/v1/books", dune(), m_ann).status, 409);
        QCOMPARE(api().call("POST", "/api/v1/books", dune()).status, 401);
        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, -5}}, m_ann).status, 400);
        QCOMPARE(
            api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 5}, {u"title"_s, 7}}, m_ann).status,
            400);
        QCOMPARE(api().call("PUT", idPath(id), QJsonObject {{u"title"_s, u"Half"_s}}, m_ann).status, 400);
        QCOMPARE(api().call("PATCH", idPath(id), QJsonObject {{u"price"_s, 5}}, m_bob).status, 404);
        QCOMPARE(api().call("DELETE", idPath(id), QByteArray(), m_bob).status, 404);
        QCOMPARE(api()
                     .call("PATCH", idPath(id), QJsonObject {{u"price"_s, 5}}, m_ann, "If-Match: \"7\"\r\n")
                     .status,
                 412);

        QCOMPARE(probe.bookCount(), 1);
        QCOMPARE(probe.book(id), before);
    }

    void everyBooksRouteWantsAToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("list") << QByteArray("GET") << QByteArray("/api/v1/books");
        QTest::newRow("create") << QByteArray("POST") << QByteArray("/api/v1/books");
        QTest::newRow("get") << QByteArray("GET") << QByteArray("/api/v1/books/1");
        QTest::newRow("put") << QByteArray("PUT") << QByteArray("/api/v1/books/1");
        QTest::newRow("patch") << QByteArray("PATCH") << QByteArray("/api/v1/books/1");
        QTest::newRow("delete") << QByteArray("DELETE") << QByteArray("/api/v1/books/1");
    }
    void everyBooksRouteWantsAToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const ApiResponse response = api().call(
            method, path, method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"));
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer realm=\"bookwarden\""));
        QVERIFY(!response.error().isEmpty());
    }

    void anExpiredTokenIs401()
    {
        api().fixture().clock().advanceSeconds(24 * 3600);
        const ApiResponse response = api().call("GET", "/api/v1/books", QByteArray(), m_ann);
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    }
};

QTEST_GUILESS_MAIN(TestApiBooks)
#include "tst_apibooks.moc"
