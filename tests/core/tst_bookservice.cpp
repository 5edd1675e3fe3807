#include "BackendFixture.h"
#include "BookTestCase.h"
#include "ResultAssertions.h"
#include "books/BookRepository.h"
#include "books/BookService.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace {
BookChanges retitle(const QString &title)
{
    BookChanges changes;
    changes.title = title;
    return changes;
}
} // namespace

class TestBookService : public BookTestCase
{
    Q_OBJECT

private slots:
    void createdBookBelongsToItsCreator()
    {
        BookDraft input = draft(QStringLiteral("  The Dispossessed "));
        input.isbn = QStringLiteral("978-0-06-051275-0");
        input.year = 1974;
        const Book book = create(ann(), input);
        QCOMPARE(book.ownerId, m_ann.id);
        QCOMPARE(book.ownerName, QStringLiteral("ann"));
        QCOMPARE(book.title, QStringLiteral("The Dispossessed"));
        QCOMPARE(book.isbn, QStringLiteral("9780060512750"));
        QCOMPARE(book.year, std::optional<int>(1974));
        QCOMPARE(book.priceCents, 1299);
        QCOMPARE(book.version, 1);
        QCOMPARE(book.createdAtMs, m_fixture->clock().nowMs());

        const Result<Book> read = books().get(ann(), book.id);
        VERIFY_OK(read);
        QCOMPARE(read->title, book.title);
    }

    void someoneElsesBookDoesNotExistForThem()
    {
        const Book book = create(ann(), draft(QStringLiteral("Private")));
        QCOMPARE(books().get(bob(), book.id).error().kind(), ErrorKind::NotFound);
        QCOMPARE(books().update(bob(), book.id, retitle(QStringLiteral("Mine now"))).result().error().kind(),
                 ErrorKind::NotFound);
        QCOMPARE(books().remove(bob(), book.id).result().error().kind(), ErrorKind::NotFound);
        // Same answer as for an id that never existed: ids reveal nothing.
        QCOMPARE(books().get(bob(), book.id).error().codeName(),
                 books().get(bob(), 987654).error().codeName());
        QCOMPARE(books().list(bob(), {})->total, 0);
        VERIFY_OK(books().get(ann(), book.id));
    }

    void administratorsReachEveryBook()
    {
        const Book book = create(ann(), draft(QStringLiteral("Shared")));
        VERIFY_OK(books().get(root(), book.id));
        const Result<Book> renamed
            = books().update(root(), book.id, retitle(QStringLiteral("Renamed by admin"))).result();
        VERIFY_OK(renamed);
        QCOMPARE(renamed->ownerId, m_ann.id);
        QCOMPARE(books().list(root(), {})->total, 1);
        VERIFY_OK(books().remove(Actor::desktopAdministrator(), book.id).result());
    }

    void administratorsFileBooksForOthers()
    {
        BookDraft forBob = draft(QStringLiteral("A gift"));
        forBob.ownerPublicId = m_bob.publicId;
        QCOMPARE(create(root(), forBob).ownerId, m_bob.id);
        QCOMPARE(books().create(ann(), forBob).result().error().kind(), ErrorKind::Forbidden);
        // The desktop administrator is not an account, so it must say whose book it is.
        const Result<Book> ownerless
            = books().create(Actor::desktopAdministrator(), draft(QStringLiteral("Whose?"))).result();
        QVERIFY(ownerless.error().fields().contains(QStringLiteral("owner")));
        BookDraft forNobody = draft(QStringLiteral("Lost"));
        forNobody.ownerPublicId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(
            books().create(root(), forNobody).result().error().fields().contains(QStringLiteral("owner")));
    }

    void titlesAreUniquePerOwner()
    {
        create(ann(), draft(QStringLiteral("Café")));
        const Result<Book> again
            = books()
                  .create(ann(), draft(QStringLiteral("  CAFE\u0301 "), QStringLiteral("Someone else")))
                  .result();
        QCOMPARE(again.error().kind(), ErrorKind::Conflict);
        QCOMPARE(again.error().codeName(), QStringLiteral("duplicate_title"));
        QVERIFY(again.error().fields().contains(QStringLiteral("title")));
        // Another owner may have the same title, and authors are never unique.
        create(bob(), draft(QStringLiteral("Café")));
        create(ann(), draft(QStringLiteral("Another"), QStringLiteral("Ursula K. Le Guin")));

        const Book other = create(ann(), draft(QStringLiteral("Other")));
        QCOMPARE(books().update(ann(), other.id, retitle(QStringLiteral("café"))).result().error().codeName(),
                 QStringLiteral("duplicate_title"));
    }

    void staleVersionsAreRefused()
    {
        const Book book = create(ann(), draft(QStringLiteral("Versioned")));
        BookChanges price;
        price.priceCents = 2000;
        const Result<Book> first = books().update(ann(), book.id, price, 1).result();
        VERIFY_OK(first);
        QCOMPARE(first->version, 2);
        QCOMPARE(first->priceCents, 2000);

        BookChanges again;
        again.priceCents = 3000;
        const Result<Book> stale = books().update(ann(), book.id, again, 1).result();
        QCOMPARE(stale.error().kind(), ErrorKind::Stale);
        QCOMPARE(books().get(ann(), book.id)->priceCents, 2000);
        QCOMPARE(books().remove(ann(), book.id, 1).result().error().kind(), ErrorKind::Stale);
        VERIFY_OK(books().remove(ann(), book.id, 2).result());
    }

    void partialChangesKeepTheRest()
    {
        BookDraft input = draft(QStringLiteral("Patchable"));
        input.isbn = QStringLiteral("0306406152");
        input.year = 1999;
        const Book book = create(ann(), input);
        BookChanges changes;
        changes.isbn = QString(); // clear
        changes.year = std::optional<int>(); // clear
        changes.author = QStringLiteral("New Author");
        const Result<Book> patched = books().update(ann(), book.id, changes).result();
        VERIFY_OK(patched);
        QCOMPARE(patched->title, QStringLiteral("Patchable"));
        QCOMPARE(patched->author, QStringLiteral("New Author"));
        QCOMPARE(patched->isbn, QString());
        QCOMPARE(patched->year, std::optional<int>());
        QCOMPARE(patched->publisher, QStringLiteral("Ace"));

        BookChanges invalid;
        invalid.title = QString();
        invalid.isbn = QStringLiteral("123");
        const Result<Book> refused = books().update(ann(), book.id, invalid).result();
        QCOMPARE(refused.error().fields().keys(),
                 QStringList({QStringLiteral("isbn"), QStringLiteral("title")}));
        QCOMPARE(books().get(ann(), book.id)->version, 2); // nothing half-written
    }

    void pagesCoverEverySortOrderExactlyOnce_data()
    {
        QTest::addColumn<QString>("sort");
        for (const char *sort :
             {"title", "-title", "author", "-author", "price", "-price", "created", "-created"})
            QTest::newRow(sort) << QString::fromLatin1(sort);
    }
    void pagesCoverEverySortOrderExactlyOnce()
    {
        QFETCH(QString, sort);
        QList<Book> all;
        for (int i = 0; i < 57; ++i) {
            m_fixture->clock().advanceMs(1 + (i * 7) % 3); // some equal creation times
            // Duplicate authors and prices test the id tie-break.
            all << create(ann(),
                          draft(QStringLiteral("Book %1").arg((i * 37) % 57, 2, 10, QLatin1Char('0')),
                                QStringLiteral("Author %1").arg(i % 5), 100 * (i % 9)));
        }
        create(bob(), draft(QStringLiteral("Not Ann's")));

        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.limit = 10;
        QList<Book> paged;
        for (int pages = 0; pages < 20; ++pages) {
            const Result<BookPage> page = books().list(ann(), query);
            VERIFY_OK(page);
            QCOMPARE(page->total, 57);
            paged += page->items;
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        QCOMPARE(paged.size(), 57);

        const QList<Book> expected = sortedAsListed(all, query);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(paged.at(i).id, expected.at(i).id);
    }

    void pagingUsesIndexesNotScans_data() { addSortRows(); }
    void pagingUsesIndexesNotScans()
    {
        QFETCH(QString, sort);
        QFETCH(bool, ownBooks);
        for (int i = 0; i < 30; ++i)
            create(ann(), draft(QStringLiteral("Indexed %1").arg(i)));
        BookQuery query;
        QVERIFY(BookSorts::fromName(sort, &query.sort, &query.descending));
        query.limit = 5;
        query.cursor = books().list(ann(), query)->nextCursor;
        const Result<QStringList> plan = BookRepository::explainList(
            m_fixture->backend().database().connection(), ownBooks ? m_ann.id : 0, query);
        VERIFY_OK(plan);
        const QString text = plan->join(QLatin1String(" | "));
        QVERIFY2(!text.contains(QLatin1String("SCAN b")) && !text.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(text));
    }

    void textFilterMatchesTitleOrAuthor()
    {
        create(ann(), draft(QStringLiteral("The Left Hand of Darkness")));
        create(ann(), draft(QStringLiteral("Dune"), QStringLiteral("Frank Herbert")));
        create(ann(), draft(QStringLiteral("100% Pure"), QStringLiteral("Nobody")));
        BookQuery query;
        query.text = QStringLiteral("le guin");
        QCOMPARE(books().list(ann(), query)->total, 1);
        query.text = QStringLiteral("HERB");
        QCOMPARE(books().list(ann(), query)->items.first().title, QStringLiteral("Dune"));
        query.text = QStringLiteral("%");
        QCOMPARE(books().list(ann(), query)->total, 1); // a literal percent sign, not a wildcard
        query.text = QStringLiteral("_");
        QCOMPARE(books().list(ann(), query)->total, 0);
    }

    void badListParametersAreInvalid_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << 0 << QString() << QString() << QStringLiteral("limit");
        QTest::newRow("limit 101") << 101 << QString() << QString() << QStringLiteral("limit");
        QTest::newRow("garbage cursor")
            << 10 << QStringLiteral("not!base64") << QString() << QStringLiteral("cursor");
        QTest::newRow("cursor of another sort")
            << 10 << QStringLiteral("WyJwcmljZSIsMTAsMV0") << QString() << QStringLiteral("cursor");
        QTest::newRow("cursor with wrong types")
            << 10 << QStringLiteral("WyJ0aXRsZSIsMTAsMV0") << QString() << QStringLiteral("cursor");
        QTest::newRow("cursor with a huge id")
            << 10 << QStringLiteral("WyJ0aXRsZSIsImEiLDFlMzAwXQ") << QString() << QStringLiteral("cursor");
        QTest::newRow("cursor with a fractional id")
            << 10 << QStringLiteral("WyJ0aXRsZSIsImEiLDEuNV0") << QString() << QStringLiteral("cursor");
        QTest::newRow("search text with a NUL")
            << 10 << QString() << QStringLiteral("a\u0000b") << QStringLiteral("q");
        QTest::newRow("search text with a tab")
            << 10 << QString() << QStringLiteral("a\tb") << QStringLiteral("q");
        QTest::newRow("search text too long")
            << 10 << QString() << QString(201, QLatin1Char('a')) << QStringLiteral("q");
    }
    void badListParametersAreInvalid()
    {
        QFETCH(int, limit);
        QFETCH(QString, cursor);
        QFETCH(QString, text);
        QFETCH(QString, field);
        BookQuery query;
        query.limit = limit;
        query.cursor = cursor;
        query.text = text;
        const Result<BookPage> page = books().list(ann(), query);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind(), ErrorKind::Invalid);
        QVERIFY(page.error().fields().contains(field));
    }

    void ownerFilterIsForAdministrators()
    {
        create(ann(), draft(QStringLiteral("Ann's")));
        create(bob(), draft(QStringLiteral("Bob's")));
        BookQuery query;
        query.ownerPublicId = m_bob.publicId;
        QCOMPARE(books().list(ann(), query).error().kind(), ErrorKind::Forbidden);
        QCOMPARE(books().list(root(), query)->items.first().title, QStringLiteral("Bob's"));
        query.ownerPublicId = m_ann.publicId;
        QCOMPARE(books().list(ann(), query)->total, 1);
    }

    void concurrentWritersLoseNothing()
    {
        constexpr int perThread = 150;
        QList<qint64> acknowledged;
        QMutex lock;
        QList<QThread *> writers;
        for (const User &user : {m_ann, m_bob}) {
            writers << QThread::create([&, user] {
                QList<QFuture<Result<Book>>> pending;
                for (int i = 0; i < perThread; ++i)
                    pending << books().create(Actor::forUser(user),
                                              draft(QStringLiteral("Concurrent %1").arg(i)));
                for (auto &future : pending) {
                    const Result<Book> book = future.result();
                    if (book) {
                        QMutexLocker locker(&lock);
                        acknowledged << book->id;
                    }
                }
            });
            writers.last()->start();
        }
        for (QThread *writer : writers) {
            QVERIFY(writer->wait(60000));
            delete writer;
        }
        QCOMPARE(acknowledged.size(), 2 * perThread);
        QVERIFY(m_fixture->reopen());
        for (qint64 id : acknowledged)
            VERIFY_OK(m_fixture->backend().books().get(Actor::desktopAdministrator(), id));
        QCOMPARE(m_fixture->backend().books().list(Actor::desktopAdministrator(), {})->total, 2 * perThread);
    }

    void changesAreAnnouncedAfterCommit()
    {
        QStringList seen;
        QObject context;
        connect(
            &books(), &BookService::bookCreated, &context,
            [&](const Book &b) { seen << QStringLiteral("created ") + b.title; }, Qt::QueuedConnection);
        connect(
            &books(), &BookService::bookUpdated, &context,
            [&](const Book &b) { seen << QStringLiteral("updated ") + b.title; }, Qt::QueuedConnection);
        connect(
            &books(), &BookService::bookDeleted, &context,
            [&](const Book &b) { seen << QStringLiteral("deleted ") + b.title; }, Qt::QueuedConnection);
        const Book book = create(ann(), draft(QStringLiteral("Loud")));
        VERIFY_OK(books().update(ann(), book.id, retitle(QStringLiteral("Louder"))).result());
        QVERIFY(!books().create(ann(), draft(QStringLiteral("louder"))).result().ok());
        VERIFY_OK(books().remove(ann(), book.id).result());
        QTRY_COMPARE(seen,
                     QStringList({QStringLiteral("created Loud"), QStringLiteral("updated Louder"),
                                  QStringLiteral("deleted Louder")}));
    }

    void totalsFollowCreatesAndDeletes()
    {
        const Book one = create(ann(), draft(QStringLiteral("One")));
        create(ann(), draft(QStringLiteral("Two")));
        create(bob(), draft(QStringLiteral("Three")));
        QCOMPARE(books().list(ann(), {})->total, 2);
        QCOMPARE(books().list(root(), {})->total, 3);
        VERIFY_OK(books().remove(ann(), one.id).result());
        QCOMPARE(books().list(ann(), {})->total, 1);
        QCOMPARE(books().list(root(), {})->total, 2);
    }
};

QTEST_GUILESS_MAIN(TestBookService)
#include "tst_bookservice.moc"
