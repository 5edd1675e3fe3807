#include "BackendFixture.h"
#include "BookTestCase.h"
#include "FakeClock.h"
#include "ResultAssertions.h"
#include "TemporaryDataDirectory.h"
#include "books/BookRepository.h"
#include "books/BookService.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migration.h"
#include "storage/MigrationRunner.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

// Search from the trigram index (migration 3): the semantics of LIKE '%text%' on the comparison keys, the
// index written in the book's own transaction, and the two page plans (fetch the matches by rowid, or walk
// the sort order's index) giving the same pages and exact totals.
namespace {
QString planText(const Result<QStringList> &plan)
{
    return plan ? plan->join(QLatin1String(" | ")) : describeError(plan.error());
}

// The fetch plan: the matches' rows looked up by id (listed by the search index), then sorted.
bool fetchesMatches(const QString &plan)
{
    return plan.contains(QLatin1String("SEARCH b USING INTEGER PRIMARY KEY (rowid=?)"))
        && plan.contains(QLatin1String("TEMP B-TREE"));
}
} // namespace

class TestBookSearch : public BookTestCase
{
    Q_OBJECT

private:
    qint64 total(const Actor &actor, const QString &text)
    {
        BookQuery query;
        query.text = text;
        query.limit = 1; // never "a first page that is not full": the total is counted
        const Result<BookPage> page = books().list(actor, query);
        return page ? page->total : -1;
    }

    QStringList titles(const Actor &actor, const QString &text)
    {
        BookQuery query;
        query.text = text;
        query.limit = 100;
        QStringList found;
        const Result<BookPage> page = books().list(actor, query);
        if (page) {
            for (const Book &book : page->items)
                found << book.title;
        }
        return found;
    }

    QString plan(qint64 ownerId, const BookQuery &query)
    {
        return planText(
            BookRepository::explainList(m_fixture->backend().database().connection(), ownerId, query));
    }

    qint64 indexedRows(const QString &text)
    {
        SqlStatement count(m_fixture->backend().database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM books_search WHERE books_search MATCH ?"),
                           "testCountIndexed");
        count.bind(QString(QLatin1Char('"') + text + QLatin1Char('"')));
        if (!count.execute().ok() || !count.next())
            return -1;
        return count.int64(0);
    }

    bool indexIsConsistent()
    {
        return m_fixture->backend()
            .database()
            .connection()
            .execute(
                QStringLiteral("INSERT INTO books_search (books_search, rank) VALUES ('integrity-check', 1)"),
                "testIntegrity")
            .ok();
    }

    // 60 books of ann's: 40 with "river" (the walk plan at limit 5), 3 with "zebra" (fetched by rowid),
    // with repeated authors and prices for the id tie-break; and bob's, which ann's searches must not see.
    void createMatchSet()
    {
        for (int i = 0; i < 60; ++i) {
            m_fixture->clock().advanceMs(1);
            const QString word = i % 3 == 2 ? QStringLiteral("Plain") : QStringLiteral("River");
            const QString extra = i % 20 == 7 ? QStringLiteral(" Zebra") : QString();
            create(ann(),
                   draft(QStringLiteral("%1 %2%3")
                             .arg(word)
                             .arg((i * 37) % 60, 2, 10, QLatin1Char('0'))
                             .arg(extra),
                         QStringLiteral("Author %1").arg(i % 4), 100 * (i % 7)));
        }
        for (int i = 0; i < 10; ++i)
            create(bob(), draft(QStringLiteral("River of Bob %1").arg(i), QStringLiteral("Zebra Bob")));
    }

    // Many books for one owner in one write job (through the repository: the service would commit each).
    void insertBooks(const User &owner, const QStringList &titles, const QString &author)
    {
        const qint64 ownerId = owner.id;
        const Result<int> inserted = m_fixture->backend().database().writer().run<int>(
            [&](WriteTransaction &transaction) -> Result<int> {
                for (const QString &title : titles) {
                    const Result<qint64> id = BookRepository::insert(
                        transaction.connection(), ownerId, draft(title, author), transaction.nowMs());
                    if (!id)
                        return id.error();
                }
                if (Status counted
                    = UserRepository::addToBookCount(transaction.connection(), ownerId, titles.size());
                    !counted)
                    return counted.error();
                return int(titles.size());
            });
        QVERIFY2(inserted.ok(), qPrintable(inserted ? QString() : describeError(inserted.error())));
    }

    QList<qint64> pageThrough(const Actor &actor, BookQuery query, qint64 *reportedTotal)
    {
        QList<qint64> ids;
        for (int pages = 0; pages < 100; ++pages) {
            const Result<BookPage> page = books().list(actor, query);
            if (!page)
                return {};
            *reportedTotal = page->total;
            for (const Book &book : page->items)
                ids << book.id;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        return ids;
    }

private slots:
    void searchKeepsTheSemanticsOfASubstringMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString cafe = QStringLiteral("Caf\u00e9 \u00c4rger");
        QTest::newRow("title, middle")
            << QStringLiteral("ft han") << QStringList {QStringLiteral("The Left Hand")};
        QTest::newRow("author") << QStringLiteral("HERB") << QStringList {QStringLiteral("Dune")};
        QTest::newRow("title or author")
            << QStringLiteral("dune")
            << QStringList {QStringLiteral("Dune"), QStringLiteral("Dunes of Dune")};
        QTest::newRow("upper-case non-ASCII") << QStringLiteral("\u00c4RGER") << QStringList {cafe};
        QTest::newRow("lower-case non-ASCII") << QStringLiteral("\u00e4rger") << QStringList {cafe};
        QTest::newRow("decomposed finds precomposed") << QStringLiteral("cafe\u0301") << QStringList {cafe};
        QTest::newRow("two characters") << QStringLiteral("\u00e9 ") << QStringList {cafe};
        QTest::newRow("one character")
            << QStringLiteral("%") << QStringList {QStringLiteral("100% \"Pure\"")};
        QTest::newRow("underscore is no wildcard") << QStringLiteral("_") << QStringList {};
        QTest::newRow("quotes") << QStringLiteral("% \"pure\"")
                                << QStringList {QStringLiteral("100% \"Pure\"")};
        QTest::newRow("lone quote") << QStringLiteral("\"pu")
                                    << QStringList {QStringLiteral("100% \"Pure\"")};
        QTest::newRow("star") << QStringLiteral("dun*") << QStringList {};
        QTest::newRow("star as text")
            << QStringLiteral("a*b") << QStringList {QStringLiteral("a*b AND c-d: NEAR(e)")};
        QTest::newRow("AND as text") << QStringLiteral("b AND c")
                                     << QStringList {QStringLiteral("a*b AND c-d: NEAR(e)")};
        QTest::newRow("AND is no operator") << QStringLiteral("dune AND herbert") << QStringList {};
        QTest::newRow("NEAR( as text")
            << QStringLiteral("near(") << QStringList {QStringLiteral("a*b AND c-d: NEAR(e)")};
        QTest::newRow("minus and colon")
            << QStringLiteral("c-d:") << QStringList {QStringLiteral("a*b AND c-d: NEAR(e)")};
        QTest::newRow("column filter as text") << QStringLiteral("author_key:") << QStringList {};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList {};
        // Past twelve characters the index is asked for the first twelve and LIKE checks the rest.
        QTest::newRow("long text") << QStringLiteral("THE LEFT HAND")
                                   << QStringList {QStringLiteral("The Left Hand")};
        QTest::newRow("long text differing at its end") << QStringLiteral("the left hands") << QStringList {};
        QTest::newRow("long text with FTS syntax")
            << QStringLiteral("a*b and c-d: near(e)") << QStringList {QStringLiteral("a*b AND c-d: NEAR(e)")};
    }
    void searchKeepsTheSemanticsOfASubstringMatch()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        create(ann(), draft(QStringLiteral("The Left Hand")));
        create(ann(), draft(QStringLiteral("Dune"), QStringLiteral("Frank Herbert")));
        create(ann(), draft(QStringLiteral("Dunes of Dune"), QStringLiteral("Nobody")));
        create(ann(), draft(QStringLiteral("Caf\u00e9 \u00c4rger"), QStringLiteral("Nobody")));
        create(ann(), draft(QStringLiteral("100% \"Pure\""), QStringLiteral("Nobody")));
        create(ann(), draft(QStringLiteral("a*b AND c-d: NEAR(e)"), QStringLiteral("Nobody")));
        create(bob(), draft(QStringLiteral("Dune"), QStringLiteral("Bob's Herbert")));

        QStringList found = titles(ann(), text);
        found.sort();
        QCOMPARE(found, expected);
        QCOMPARE(total(ann(), text), expected.size());
    }

    void indexFollowsInsertUpdateDeleteAndCascade()
    {
        if (BackendFixture::usesPostgresql())
            QSKIP("SQLite's FTS5 table, fed by triggers; PostgreSQL keeps its pg_trgm indexes itself");
        const Book book = create(ann(), draft(QStringLiteral("Wandering Wizard")));
        create(bob(), draft(QStringLiteral("Bob's Wizard")));
        QCOMPARE(total(root(), QStringLiteral("wizard")), 2);

        BookChanges changes;
        changes.title = QStringLiteral("Settled Sorcerer");
        VERIFY_OK(books().update(ann(), book.id, changes).result());
        QCOMPARE(total(root(), QStringLiteral("wizard")), 1);
        QCOMPARE(total(root(), QStringLiteral("sorcerer")), 1);
        QCOMPARE(indexedRows(QStringLiteral("wandering wizard")), 0); // the old text left the index

        VERIFY_OK(books().remove(ann(), book.id).result());
        QCOMPARE(total(root(), QStringLiteral("sorcerer")), 0);
        QCOMPARE(indexedRows(QStringLiteral("settled")), 0);

        // Deleting bob deletes his books by ON DELETE CASCADE: their index entries go too.
        VERIFY_OK(m_fixture->backend().users().remove(root(), m_bob.publicId).result());
        QCOMPARE(total(root(), QStringLiteral("wizard")), 0);
        QCOMPARE(indexedRows(QStringLiteral("wizard")), 0);
        QVERIFY(indexIsConsistent());
    }

    void aRolledBackWriteLeavesNoIndexEntry()
    {
        if (BackendFixture::usesPostgresql())
            QSKIP("SQLite's FTS5 table, fed by triggers; PostgreSQL keeps its pg_trgm indexes itself");
        const qint64 owner = m_ann.id;
        const Result<qint64> refused = m_fixture->backend().database().writer().run<qint64>(
            [owner](WriteTransaction &transaction) -> Result<qint64> {
                const Result<qint64> id
                    = BookRepository::insert(transaction.connection(), owner,
                                             draft(QStringLiteral("Phantom Volume")), transaction.nowMs());
                if (!id)
                    return id.error();
                return Error::storage(QStringLiteral("the job fails after its insert"));
            });
        QVERIFY(!refused.ok());
        QCOMPARE(indexedRows(QStringLiteral("phantom")), 0);
        QCOMPARE(total(root(), QStringLiteral("phantom")), 0);
        QVERIFY(indexIsConsistent());
    }

    void allOwnersTotalIsAKeptCounter()
    {
        for (int i = 0; i < 3; ++i) {
            create(ann(), draft(QStringLiteral("Ann %1").arg(i)));
            create(bob(), draft(QStringLiteral("Bob %1").arg(i)));
        }
        BookQuery query;
        query.limit = 1;
        QCOMPARE(books().list(root(), query)->total, 6);
        QCOMPARE(books().list(ann(), query)->total, 3);
        VERIFY_OK(m_fixture->backend().users().remove(root(), m_bob.publicId).result());
        QCOMPARE(books().list(root(), query)->total, 3);
        SqlStatement counter(m_fixture->backend().database().connection(),
                             QStringLiteral("SELECT books FROM book_total"), "testBookTotal");
        VERIFY_OK(counter.execute());
        QVERIFY(counter.next());
        QCOMPARE(counter.int64(0), 3);
    }

    void bothPlansPageAMatchSetCompletely_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ownBooks");
        QTest::addColumn<bool>("expectFetch");
        for (const char *sort :
             {"title", "-title", "author", "-author", "price", "-price", "created", "-created"}) {
            QTest::addRow("%s, many matches, own", sort)
                << QString::fromLatin1(sort) << QStringLiteral("river") << true << false;
            QTest::addRow("%s, many matches, all", sort)
                << QString::fromLatin1(sort) << QStringLiteral("river") << false << false;
            // "9 zebra" is in three of ann's titles ("River 19 Zebra"…; bob's books have "Zebra" in the
            // author).
            const bool idOrder = QByteArray(sort).endsWith("created");
            QTest::addRow("%s, few matches, own", sort)
                << QString::fromLatin1(sort) << QStringLiteral("9 zebra") << true << !idOrder;
            QTest::addRow("%s, few matches, all", sort)
                << QString::fromLatin1(sort) << QStringLiteral("9 zebra") << false << !idOrder;
            QTest::addRow("%s, two characters", sort)
                << QString::fromLatin1(sort) << QStringLiteral("r ") << true << false;
        }
    }
    void bothPlansPageAMatchSetCompletely()
    {
        QFETCH(QString, sort);
        QFETCH(QString, text);
        QFETCH(bool, ownBooks);
        QFETCH(bool, expectFetch);
        createMatchSet();
        const Actor actor = ownBooks ? ann() : root();

        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.text = text;
        query.limit = 5;
        const QString firstPlan = plan(ownBooks ? m_ann.id : 0, query);
        if (!BackendFixture::usesPostgresql()) // its planner chooses by statistics, not by this code
            QVERIFY2(fetchesMatches(firstPlan) == expectFetch, qPrintable(firstPlan));

        QList<Book> paged;
        qint64 reportedTotal = -1;
        for (int pages = 0; pages < 40; ++pages) {
            const Result<BookPage> page = books().list(actor, query);
            VERIFY_OK(page);
            QVERIFY(reportedTotal == -1 || reportedTotal == page->total);
            reportedTotal = page->total;
            paged += page->items;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }

        // The same set from a plain reading of every book, in the same order.
        BookQuery everything;
        everything.limit = 100;
        QList<Book> all = books().list(actor, everything)->items;
        const QString key = text.toCaseFolded();
        all.erase(std::remove_if(all.begin(), all.end(),
                                 [&](const Book &book) {
                                     return !book.title.toCaseFolded().contains(key)
                                         && !book.author.toCaseFolded().contains(key);
                                 }),
                  all.end());
        all = sortedAsListed(all, query);
        QVERIFY(all.size() >= 3);
        QCOMPARE(reportedTotal, all.size());
        QCOMPARE(paged.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(paged.at(i).id, all.at(i).id);
    }

    void plansUseTheSearchIndexOrWalkAnIndex_data() { addSortRows(); }
    void plansUseTheSearchIndexOrWalkAnIndex()
    {
        if (BackendFixture::usesPostgresql())
            QSKIP("SQLite's plans; PostgreSQL's planner chooses between pg_trgm and the sort index by "
                  "statistics");
        QFETCH(QString, sort);
        QFETCH(bool, ownBooks);
        createMatchSet();
        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.limit = 5;
        const qint64 owner = ownBooks ? m_ann.id : 0;

        // In id order ("created") the search index hands out the page itself, in order, however many match.
        if (query.sort == BookSort::Created) {
            for (const QString &text : {QStringLiteral("9 zebra"), QStringLiteral("river")}) {
                query.text = text;
                const QString indexOrder = plan(owner, query);
                QVERIFY2(indexOrder.contains(QLatin1String("SCAN books_search VIRTUAL TABLE")),
                         qPrintable(indexOrder));
                QVERIFY2(!indexOrder.contains(QLatin1String("TEMP B-TREE")), qPrintable(indexOrder));
            }
            return;
        }

        // Few matches: the ids the search index listed are the outer loop, each match's row found by its id.
        query.text = QStringLiteral("9 zebra");
        const QString fetch = plan(owner, query);
        QVERIFY2(fetchesMatches(fetch), qPrintable(fetch));
        QVERIFY2(fetch.contains(QLatin1String("SEARCH b USING INTEGER PRIMARY KEY")), qPrintable(fetch));
        QVERIFY2(!fetch.contains(QRegularExpression(QStringLiteral("\\bSCAN b\\b"))), qPrintable(fetch));

        // Many matches: the sort order's index, walked in order (no sort step), never the search table; the
        // ids the index listed are looked up in a list built once.
        query.text = QStringLiteral("river");
        const QString walk = plan(owner, query);
        QVERIFY2(!walk.contains(QLatin1String("books_search")), qPrintable(walk));
        QVERIFY2(!walk.contains(QLatin1String("TEMP B-TREE")), qPrintable(walk));
        QVERIFY2(walk.contains(QLatin1String("USING INDEX")), qPrintable(walk));
        QVERIFY2(walk.contains(QLatin1String("LIST SUBQUERY")), qPrintable(walk));
    }

    void aWalkWhoseMatchesComeLateFetchesTheRest_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("matches at the end: the budget runs out") << QStringLiteral("title");
        QTest::newRow("matches at the start") << QStringLiteral("-title");
    }
    void aWalkWhoseMatchesComeLateFetchesTheRest()
    {
        QFETCH(QString, sort);
        QStringList titles;
        for (int i = 0; i < 70; ++i)
            titles << QStringLiteral("Aardvark %1").arg(i, 2, 10, QLatin1Char('0'));
        for (int i = 0; i < 50; ++i)
            titles << QStringLiteral("Zz River %1").arg(i, 2, 10, QLatin1Char('0'));
        insertBooks(m_ann, titles, QStringLiteral("Nobody"));

        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.text = QStringLiteral("river");
        query.limit = 5;
        const QString walk = plan(0, query);
        if (!BackendFixture::usesPostgresql())
            QVERIFY2(!walk.contains(QLatin1String("books_search"))
                         && walk.contains(QLatin1String("books_title")),
                     qPrintable(walk));

        qint64 reportedTotal = -1;
        const QList<qint64> ids = pageThrough(root(), query, &reportedTotal);
        QCOMPARE(reportedTotal, 50);
        QCOMPARE(ids.size(), 50);
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end()); // titles "Zz River 00".."49" were inserted in title order
        if (query.descending)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(ids, sorted);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 50);
    }

    void anOwnerWithFewBooksIsSearchedRowByRow()
    {
        QStringList titles;
        for (int i = 0; i < 1100; ++i) // bob's 2 books are less than 1/500 of all
            titles << QStringLiteral("River %1").arg(i);
        insertBooks(m_ann, titles, QStringLiteral("Nobody"));
        create(bob(), draft(QStringLiteral("Bob's River")));
        create(bob(), draft(QStringLiteral("Bob's Lake")));

        BookQuery query;
        query.text = QStringLiteral("river");
        query.limit = 1;
        const QString scan = plan(m_bob.id, query);
        QVERIFY2(!scan.contains(QLatin1String("books_search")), qPrintable(scan));
        QCOMPARE(total(bob(), QStringLiteral("river")), 1);
        QCOMPARE(total(bob(), QStringLiteral("lake")), 1);
        QCOMPARE(total(ann(), QStringLiteral("river")),
                 BookQuery::searchCountLimit); // more: counted to the bound
    }

    void searchTotalsStopAtTheCountLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("ownBooks");
        QTest::addColumn<qint64>("countLimit");
        QTest::addColumn<qint64>("matches");
        // river: 40 of ann's, 50 of all (more than the index lists for one page in a table this small);
        // "9 zebra": 3 of ann's; "ve" (in "river" only): no trigram; "long search text": past twelve
        // characters, checked with LIKE.
        for (const char *sort : {"title", "-price", "created"}) {
            for (const bool own : {true, false}) {
                const qint64 river = own ? 40 : 50;
                QTest::addRow("river, %s, %s, bound below", sort, own ? "own" : "all")
                    << QStringLiteral("river") << QString::fromLatin1(sort) << own << qint64(10) << river;
                QTest::addRow("river, %s, %s, bound at the total", sort, own ? "own" : "all")
                    << QStringLiteral("river") << QString::fromLatin1(sort) << own << river << river;
                QTest::addRow("9 zebra, %s, %s, bound below", sort, own ? "own" : "all")
                    << QStringLiteral("9 zebra") << QString::fromLatin1(sort) << own << qint64(2)
                    << qint64(3);
                QTest::addRow("two characters, %s, %s", sort, own ? "own" : "all")
                    << QStringLiteral("ve") << QString::fromLatin1(sort) << own << qint64(5) << river;
                QTest::addRow("long text, %s, %s, bound below", sort, own ? "own" : "all")
                    << QStringLiteral("long search text") << QString::fromLatin1(sort) << own << qint64(4)
                    << qint64(12);
                QTest::addRow("long text, %s, %s, bound above", sort, own ? "own" : "all")
                    << QStringLiteral("long search text") << QString::fromLatin1(sort) << own << qint64(1000)
                    << qint64(12);
            }
        }
    }
    void searchTotalsStopAtTheCountLimit()
    {
        QFETCH(QString, text);
        QFETCH(QString, sort);
        QFETCH(bool, ownBooks);
        QFETCH(qint64, countLimit);
        QFETCH(qint64, matches);
        createMatchSet();
        QStringList longTitles;
        for (int i = 0; i < 12; ++i)
            longTitles << QStringLiteral("A Long Search Text %1").arg(i);
        for (int i = 0; i < 12; ++i)
            longTitles << QStringLiteral("A Long Search Tent %1").arg(i); // the same first twelve characters
        insertBooks(m_ann, longTitles, QStringLiteral("Nobody"));

        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.text = text;
        query.limit = 3;
        query.countLimit = countLimit;
        const Actor actor = ownBooks ? ann() : root();
        const qint64 expectedTotal = std::min(matches, countLimit);
        const bool expectedExact = matches <= countLimit;
        QList<qint64> ids;
        for (int pages = 0; pages < 100; ++pages) {
            const Result<BookPage> page = books().list(actor, query);
            VERIFY_OK(page);
            QCOMPARE(page->total, expectedTotal);
            QCOMPARE(page->totalExact, expectedExact);
            for (const Book &book : page->items)
                ids << book.id;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        // The bound is on the count only: every match is still paged, once.
        QCOMPARE(ids.size(), matches);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), matches);
    }

    void listsWithoutTextCountExactly()
    {
        createMatchSet();
        BookQuery query;
        query.limit = 2;
        query.countLimit = 5;
        const Result<BookPage> all = books().list(root(), query);
        VERIFY_OK(all);
        QCOMPARE(all->total, 70);
        QVERIFY(all->totalExact);
        const Result<BookPage> own = books().list(ann(), query);
        VERIFY_OK(own);
        QCOMPARE(own->total, 60);
        QVERIFY(own->totalExact);
    }

    void ownerScopedSearchCountsOnlyTheOwnersBooks_data()
    {
        QTest::addColumn<int>("fillers");
        // bob's 10 books are 1/7 of all: his rows are filtered by owner, the index asked for everyone's.
        QTest::newRow("a large share: filtered by row") << 0;
        // 10 of 170, under an eighth: the index is asked with bob's owner token.
        QTest::newRow("a small share: the owner's token") << 100;
    }
    void ownerScopedSearchCountsOnlyTheOwnersBooks()
    {
        QFETCH(int, fillers);
        createMatchSet();
        QStringList fillerTitles;
        for (int i = 0; i < fillers; ++i)
            fillerTitles << QStringLiteral("Filler %1").arg(i);
        if (fillers > 0)
            insertBooks(m_ann, fillerTitles, QStringLiteral("Nobody"));
        QCOMPARE(total(ann(), QStringLiteral("zebra")), 3);
        QCOMPARE(total(bob(), QStringLiteral("zebra")), 10);
        QCOMPARE(total(root(), QStringLiteral("zebra")), 13);
        QCOMPARE(total(ann(), QStringLiteral("river")), 40);
        QCOMPARE(total(bob(), QStringLiteral("river")), 10);
        QCOMPARE(total(root(), QStringLiteral("river")), 50);
        BookQuery query;
        query.text = QStringLiteral("river");
        query.ownerPublicId = m_bob.publicId;
        query.limit = 3;
        QCOMPARE(books().list(root(), query)->total, 10);
        QCOMPARE(total(root(), QStringLiteral("bob")), 10); // the owner's name is not searched
        for (const QString &sort :
             {QStringLiteral("title"), QStringLiteral("-price"), QStringLiteral("created")}) {
            BookQuery own;
            QVERIFY(BookSorts::fromName(sort, &own.sort, &own.descending));
            own.text = QStringLiteral("river");
            own.limit = 3;
            qint64 reportedTotal = -1;
            const QList<qint64> ids = pageThrough(bob(), own, &reportedTotal);
            QCOMPARE(reportedTotal, 10);
            QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 10);
            for (qint64 id : ids)
                QCOMPARE(books().get(bob(), id)->ownerPublicId, m_bob.publicId);
        }
    }

    void aVersionTwoDatabaseIsIndexedWhenItMigrates()
    {
        TemporaryDataDirectory data;
        {
            const std::unique_ptr<SqlConnection> old = SqlConnection::open(
                DatabaseUrl::sqliteFile(data.databasePath()), QStringLiteral("version-two"));
            QVERIFY(old->isOpen());
            const MigrationRunner versionTwo(bookwardenMigrations().mid(0, 2));
            VERIFY_OK(versionTwo.migrate(*old, 0));
            VERIFY_OK(old->execute(
                QStringLiteral(
                    "INSERT INTO users (id, public_id, username, username_key, role, password_hash,"
                    " created_at, updated_at, book_count) VALUES (7, 'p7', 'Old', 'old', 'user', 'h',"
                    " 1, 1, 2)"),
                "seedUser"));
            VERIFY_OK(old->execute(
                QStringLiteral("INSERT INTO books (owner_id, title, title_key, author, author_key, publisher,"
                               " price_cents, created_at, updated_at) VALUES"
                               " (7, 'Old River', 'old river', 'A. Author', 'a. author', 'P', 1, 1, 1),"
                               " (7, 'Ancient Sea', 'ancient sea', 'B. Author', 'b. author', 'P', 2, 2, 2)"),
                "seedBooks"));
        }
        FakeClock clock;
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseUrl::sqliteFile(data.databasePath()), clock);
        VERIFY_OK(opened);
        Database &database = *opened.value();
        QCOMPARE(database.schemaVersion(), bookwardenMigrations().constLast().version);
        BookService service(database, clock);
        BookQuery query;
        query.text = QStringLiteral("RIVER");
        const Result<BookPage> page = service.list(Actor::desktopAdministrator(), query);
        VERIFY_OK(page);
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().title, QStringLiteral("Old River"));
        query.text = QStringLiteral("author");
        query.limit = 1;
        QCOMPARE(service.list(Actor::desktopAdministrator(), query)->total, 2);
        query.text.clear();
        QCOMPARE(service.list(Actor::desktopAdministrator(), query)->total, 2); // the kept counter
        SqlStatement users(
            database.connection(),
            QStringLiteral("SELECT COUNT(*) FROM users_search WHERE users_search MATCH '\"old\"'"),
            "testUsersIndexed");
        VERIFY_OK(users.execute());
        QVERIFY(users.next());
        QCOMPARE(users.int64(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestBookSearch)
#include "tst_booksearch.moc"
