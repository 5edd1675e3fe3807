// The book-list cache: repeated reads are answered from memory, and never with a list older than the last
// committed write. Real Backend on a temporary SQLite file; the builds are counted.
#include "BackendFixture.h"
#include "BookPageCache.h"
#include "books/BookQuery.h"
#include "books/BookService.h"
#include "storage/Database.h"

#include <QTest>
#include <QThread>

namespace {
BookDraft draft(const QString &title)
{
    BookDraft book;
    book.title = title;
    book.author = QStringLiteral("Tove Jansson");
    book.publisher = QStringLiteral("Gummerus");
    book.priceCents = 1250;
    return book;
}
} // namespace

class TestBookPageCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    std::unique_ptr<BookPageCache> m_cache;
    int m_builds = 0;

    Backend &backend() { return m_fixture->backend(); }

    // The list of `actor`'s books as the cache answers it: titles joined by '|', counting real builds.
    QByteArray titles(const Actor &actor, const BookQuery &query = {})
    {
        const Result<QByteArray> answer
            = m_cache->answer(BookPageCache::key("test", actor, query), [&]() -> Result<QByteArray> {
                  ++m_builds;
                  const Result<BookPage> page = backend().books().list(actor, query);
                  if (!page)
                      return page.error();
                  QByteArrayList names;
                  for (const Book &book : page->items)
                      names << book.title.toUtf8();
                  return names.join('|');
              });
        return answer ? answer.value() : QByteArray("error: ") + answer.error().codeName().toUtf8();
    }

    Book create(const Actor &actor, const QString &title)
    {
        const Result<Book> created = backend().books().create(actor, draft(title)).result();
        if (!created)
            qFatal("could not create a book: %s", qPrintable(created.error().message()));
        return created.value();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        m_cache = std::make_unique<BookPageCache>(backend().database().writer());
        m_builds = 0;
    }

    void cleanup()
    {
        m_cache.reset();
        m_fixture.reset();
    }

    void aRepeatedReadIsAnsweredWithoutReadingTheDatabase()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        create(moomin, QStringLiteral("Comet in Moominland"));
        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland"));
        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland"));
        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland"));
        QCOMPARE(m_builds, 1);
        QCOMPARE(BookPageCache::entriesOnThisThread(), 1);
    }

    void everyCommittedWriteIsSeenByTheNextRead()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        const Book comet = create(moomin, QStringLiteral("Comet in Moominland"));
        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland"));

        create(moomin, QStringLiteral("Finn Family Moomintroll"));
        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland|Finn Family Moomintroll"));

        BookChanges rename;
        rename.title = QStringLiteral("Moominsummer Madness");
        QVERIFY(backend().books().update(moomin, comet.id, rename, std::nullopt).result().ok());
        QCOMPARE(titles(moomin), QByteArray("Finn Family Moomintroll|Moominsummer Madness"));

        QVERIFY(backend().books().remove(moomin, comet.id).result().ok());
        QCOMPARE(titles(moomin), QByteArray("Finn Family Moomintroll"));
        QCOMPARE(m_builds, 4);
    }

    void aWriteToAnyTableStartsAfresh()
    {
        // Lists show owners' names, and accounts change outside the books table: any commit counts.
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        create(moomin, QStringLiteral("Comet in Moominland"));
        titles(moomin);
        const quint64 before = backend().database().writer().commitGeneration();
        m_fixture->createUser(QStringLiteral("snufkin"));
        QVERIFY(backend().database().writer().commitGeneration() > before);
        titles(moomin);
        QCOMPARE(m_builds, 2);
    }

    void eachUserAndEachQueryHasItsOwnEntry()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        const Actor snufkin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("snufkin")));
        const Actor admin
            = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("hemulen"), Role::Admin));
        create(moomin, QStringLiteral("Comet in Moominland"));
        create(snufkin, QStringLiteral("Tales from Moominvalley"));

        QCOMPARE(titles(moomin), QByteArray("Comet in Moominland"));
        QCOMPARE(titles(snufkin), QByteArray("Tales from Moominvalley"));
        QCOMPARE(titles(admin), QByteArray("Comet in Moominland|Tales from Moominvalley"));
        BookQuery descending;
        descending.descending = true;
        QCOMPARE(titles(admin, descending), QByteArray("Tales from Moominvalley|Comet in Moominland"));
        BookQuery search;
        search.text = QStringLiteral("tales");
        QCOMPARE(titles(admin, search), QByteArray("Tales from Moominvalley"));
        BookQuery ofMoomin;
        ofMoomin.ownerPublicId = moomin.publicId;
        QCOMPARE(titles(admin, ofMoomin), QByteArray("Comet in Moominland"));
        QCOMPARE(m_builds, 6);
        QCOMPARE(BookPageCache::entriesOnThisThread(), 6);
    }

    void keysCannotBeForgedByMovingTextBetweenFields()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        BookQuery a;
        a.text = QStringLiteral("x:1");
        BookQuery b;
        b.text = QStringLiteral("x");
        b.ownerPublicId = QStringLiteral("1");
        QVERIFY(BookPageCache::key("v1", moomin, a) != BookPageCache::key("v1", moomin, b));
        QVERIFY(BookPageCache::key("v1", moomin, a) != BookPageCache::key("tutorial", moomin, a));
    }

    void refusalsAreNotKept()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        BookQuery othersBooks;
        othersBooks.ownerPublicId = QStringLiteral("someone-else");
        QCOMPARE(titles(moomin, othersBooks), QByteArray("error: admin_required"));
        QCOMPARE(titles(moomin, othersBooks), QByteArray("error: admin_required"));
        QCOMPARE(m_builds, 2);
        QCOMPARE(BookPageCache::entriesOnThisThread(), 0);
    }

    void aFullCacheStartsAfreshInsteadOfGrowing()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        for (int i = 0; i < BookPageCache::maximumEntries + 10; ++i) {
            BookQuery query;
            query.text = QStringLiteral("search %1").arg(i);
            titles(moomin, query);
            QVERIFY(BookPageCache::entriesOnThisThread() <= BookPageCache::maximumEntries);
        }
        QCOMPARE(BookPageCache::entriesOnThisThread(), 10);
    }

    void everyThreadKeepsItsOwnEntries()
    {
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        create(moomin, QStringLiteral("Comet in Moominland"));
        titles(moomin);
        QByteArray seenThere;
        qsizetype entriesThere = -1;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            seenThere = titles(moomin);
            entriesThere = BookPageCache::entriesOnThisThread();
            backend().database().releaseThreadConnection();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(seenThere, QByteArray("Comet in Moominland"));
        QCOMPARE(entriesThere, 1);
        QCOMPARE(m_builds, 2);
    }

    void anotherCachesEntriesAreNotServed()
    {
        // A server restarted on another database in the same process must not answer from the old one.
        const Actor moomin = m_fixture->actorFor(m_fixture->createUser(QStringLiteral("moomin")));
        create(moomin, QStringLiteral("Comet in Moominland"));
        titles(moomin);
        m_cache = std::make_unique<BookPageCache>(backend().database().writer());
        titles(moomin);
        QCOMPARE(m_builds, 2);
    }
};

QTEST_GUILESS_MAIN(TestBookPageCache)
#include "tst_bookpagecache.moc"
