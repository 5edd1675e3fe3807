// The desktop app over a large catalogue, generated as tools/bench --scale generates it (CatalogFiller:
// 100,000 books, 10,000 accounts and 10,000 security events by default; BOOKWARDEN_SCALE_BOOKS,
// BOOKWARDEN_SCALE_ACCOUNTS and BOOKWARDEN_SCALE_EVENTS change them, as tools/bench --scale does): each table
// reads a page when its tab opens and one more per scroll to the end, sorts, searches and counts in SQL, and
// a burst of REST writes touches only the loaded rows. The event loop's lateness during each of those is
// printed (figures, not pass/fail).
#include "BookTableModel.h"
#include "BooksTab.h"
#include "CatalogFiller.h"
#include "CatalogVocabulary.h"
#include "EventLoopLateness.h"
#include "GuiFixture.h"
#include "ResultAssertions.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "books/BookService.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 sizeFromEnvironment(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

void report(const char *what, const std::vector<double> &lateness)
{
    qInfo("event-loop lateness while %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples)", what,
          EventLoopLateness::percentile(lateness, 0.5), EventLoopLateness::percentile(lateness, 0.99),
          EventLoopLateness::percentile(lateness, 1.0), lateness.size());
}

LiveTableModel *liveModelOf(TableTab *tab)
{
    return qobject_cast<LiveTableModel *>(tab->view()->model());
}
} // namespace

class TestLargeCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_plan.books = sizeFromEnvironment("BOOKWARDEN_SCALE_BOOKS", 100000);
        m_plan.accounts = sizeFromEnvironment("BOOKWARDEN_SCALE_ACCOUNTS", 10000);
        m_plan.bookOwners = std::max<qint64>(2, m_plan.books / 1000);
        m_plan.events = sizeFromEnvironment("BOOKWARDEN_SCALE_EVENTS", 10000);
        m_gui = std::make_unique<GuiFixture>();
        QElapsedTimer fill;
        fill.start();
        const Result<FillReport> filled = CatalogFiller(m_gui->backend(), m_plan).fill();
        VERIFY_OK(filled);
        m_bigOwner = filled->bigOwner;
        qInfo("filled %lld books, %lld accounts and %lld events in %.1f s", m_plan.books, m_plan.accounts,
              m_plan.events, double(fill.elapsed()) / 1000.0);

        QElapsedTimer open;
        open.start();
        m_gui->openWindow();
        qInfo("main window shown and exposed in %lld ms", open.elapsed());
    }

    void openingEachTableTabReadsAPageOrTwo()
    {
        // The tables that grow with the catalogue (Keys holds a handful of signing keys).
        QTabWidget *tabs = m_gui->window().tabs();
        const QStringList growing {u"usersTab"_s, u"booksTab"_s, u"activityTab"_s, u"sessionsTab"_s};
        for (int i = 0; i < tabs->count(); ++i) {
            auto *tab = qobject_cast<TableTab *>(tabs->widget(i));
            if (!tab || !growing.contains(tab->objectName()))
                continue;
            tabs->setCurrentWidget(tab);
            QTest::qWait(50); // layout, painting, and any fetchMore a view asks for
            LiveTableModel *model = liveModelOf(tab);
            QVERIFY2(model, qPrintable(tab->objectName()));
            QVERIFY2(model->pagesRead() <= 3,
                     qPrintable(u"%1 read %2 pages"_s.arg(tab->objectName()).arg(model->pagesRead())));
            QVERIFY2(model->rowCount() <= 300,
                     qPrintable(u"%1 holds %2 rows"_s.arg(tab->objectName()).arg(model->rowCount())));
        }
    }

    void theCountsComeFromSqlWithDigitGrouping()
    {
        BooksTab *books = m_gui->window().booksTab();
        QCOMPARE(books->model().totalCount(), m_plan.books);
        QCOMPARE(books->findChild<QLabel *>(u"count"_s)->text(),
                 u"%1 books"_s.arg(QLocale().toString(m_plan.books)));
        UsersTab *users = m_gui->window().usersTab();
        const qint64 accounts = m_plan.accounts; // the first is the administrator "admin"
        QCOMPARE(liveModelOf(users)->totalCount(), accounts);
        QCOMPARE(users->findChild<QLabel *>(u"count"_s)->text(),
                 u"%1 accounts"_s.arg(QLocale().toString(accounts)));
    }

    void scrollingToTheEndReadsOneMorePage()
    {
        BooksTab *books = showBooks();
        BookTableModel &model = books->model();
        const int pages = model.pagesRead();
        const int rows = model.rowCount();
        books->view()->scrollToBottom();
        QTRY_COMPARE(model.pagesRead(), pages + 1);
        QCOMPARE(model.rowCount(), rows + BookTableModel::pageSize);

        const std::vector<double> lateness = EventLoopLateness::measure(2000, 50, [books](int) {
            books->view()->verticalScrollBar()->setValue(books->view()->verticalScrollBar()->maximum());
        });
        report("scrolling to the end every 50 ms", lateness);
        QVERIFY(model.rowCount() < m_plan.books);
    }

    void sortingReadsTheFirstPageInTheNewOrder()
    {
        BooksTab *books = showBooks();
        BookTableModel &model = books->model();
        const int pages = model.pagesRead();
        books->view()->horizontalHeader()->setSortIndicator(BookTableModel::PriceColumn, Qt::DescendingOrder);
        WAIT_UNTIL_READ(&model);
        QCOMPARE(model.pagesRead(), pages + 1);
        QCOMPARE(model.rowCount(), BookTableModel::pageSize);
        BookQuery dearest;
        dearest.sort = BookSort::Price;
        dearest.descending = true;
        dearest.limit = 1;
        const Result<BookPage> expected
            = m_gui->backend().books().list(Actor::desktopAdministrator(), dearest);
        VERIFY_OK(expected);
        QCOMPARE(model.bookAt(0).id, expected->items.constFirst().id);

        // A column core has no order for leaves the rows (and the indicator) as they were.
        books->view()->horizontalHeader()->setSortIndicator(BookTableModel::PublisherColumn,
                                                            Qt::AscendingOrder);
        QCOMPARE(model.pagesRead(), pages + 1);
        QCOMPARE(books->view()->horizontalHeader()->sortIndicatorSection(), int(BookTableModel::PriceColumn));

        const int columns[] = {BookTableModel::TitleColumn, BookTableModel::AuthorColumn,
                               BookTableModel::AddedColumn, BookTableModel::PriceColumn};
        const std::vector<double> lateness
            = EventLoopLateness::measure(2000, 100, [books, &columns](int round) {
                  books->view()->horizontalHeader()->setSortIndicator(
                      columns[round % 4], round % 8 < 4 ? Qt::AscendingOrder : Qt::DescendingOrder);
              });
        report("sorting by another column every 100 ms", lateness);
    }

    void searchingCountsTheMatchesInSql()
    {
        BooksTab *books = showBooks();
        BookTableModel &model = books->model();
        QTest::keyClicks(books->searchField(), u"river"_s);
        QTRY_COMPARE(model.text(), u"river"_s);
        WAIT_UNTIL_READ(&model);
        BookQuery rivers;
        rivers.text = u"river"_s;
        rivers.limit = 1;
        const Result<BookPage> expected
            = m_gui->backend().books().list(Actor::desktopAdministrator(), rivers);
        VERIFY_OK(expected);
        QVERIFY(expected->total > BookTableModel::pageSize);
        QCOMPARE(model.totalCount(), expected->total);
        QCOMPARE(model.totalIsExact(), expected->totalExact);
        QVERIFY(model.rowCount() <= BookTableModel::pageSize);
        const QString matches = QLocale().toString(expected->total);
        QCOMPARE(books->findChild<QLabel *>(u"count"_s)->text(),
                 (expected->totalExact ? u"%1 of %2 books"_s : u"More than %1 of %2 books"_s)
                     .arg(matches, QLocale().toString(m_plan.books)));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Book &book = model.bookAt(row);
            QVERIFY(book.title.contains(u"river"_s, Qt::CaseInsensitive)
                    || book.author.contains(u"river"_s, Qt::CaseInsensitive));
        }

        // A letter is in most titles: counted up to core's bound, and said so.
        books->searchField()->setText(u"e"_s);
        QTest::keyClick(books->searchField(), Qt::Key_Return);
        QTRY_COMPARE(model.text(), u"e"_s);
        WAIT_UNTIL_READ(&model);
        QVERIFY(!model.totalIsExact());
        QCOMPARE(model.totalCount(), BookQuery::searchCountLimit);
        QCOMPARE(books->findChild<QLabel *>(u"count"_s)->text(),
                 u"More than %1 of %2 books"_s.arg(QLocale().toString(BookQuery::searchCountLimit),
                                                   QLocale().toString(m_plan.books)));

        const QStringList words = CatalogVocabulary::nouns();
        // A word, then clearing it, each held longer than the typing pause, so that each one is searched.
        const std::vector<double> lateness
            = EventLoopLateness::measure(6000, TableTab::searchPauseMs + 100, [books, &words](int round) {
                  if (round % 2 == 0)
                      books->searchField()->setText(words.at((round * 7) % words.size()));
                  else
                      books->searchField()->clear();
              });
        report("searching for a word, then clearing it, every 300 ms", lateness);
        books->searchField()->clear();
        QTRY_COMPARE(model.totalCount(), m_plan.books);
    }

    void aBurstOfRestWritesTouchesOnlyTheLoadedRows()
    {
        BooksTab *books = showBooks();
        BookTableModel &model = books->model();
        books->view()->horizontalHeader()->setSortIndicator(BookTableModel::TitleColumn, Qt::AscendingOrder);
        WAIT_UNTIL_READ(&model);
        books->view()->scrollToTop();
        const int rowsBefore = model.rowCount();
        const qint64 totalBefore = model.totalCount();
        constexpr int burst = 2000;
        const Actor owner = Actor::forUser(m_bigOwner);
        std::vector<double> lateness;
        QThread *client = QThread::create([this, owner] {
            QList<QFuture<Result<Book>>> created;
            for (int i = 0; i < burst; ++i) {
                BookDraft draft;
                // Half sort before every loaded title ("0 burst…"), half after them ("Zzz…").
                draft.title
                    = (i % 2 == 0 ? u"0 burst %1"_s : u"Zzz burst %1"_s).arg(i, 4, 10, QLatin1Char('0'));
                draft.author = u"Burst Writer"_s;
                draft.publisher = u"Loop Press"_s;
                draft.priceCents = 100;
                created.append(m_gui->backend().books().create(owner, draft));
            }
            for (QFuture<Result<Book>> &book : created)
                book.waitForFinished();
        });
        client->start();
        lateness = EventLoopLateness::measure(3000, 1000, [](int) {});
        QVERIFY(client->wait(30000));
        delete client;
        report("a REST client creates 2,000 books", lateness);

        // The ones that sort among the loaded rows came in, at the top; the others wait for their page.
        QTRY_VERIFY(model.rowCount() >= rowsBefore + burst / 2);
        for (int row = 0; row < burst / 2; ++row)
            QVERIFY(model.bookAt(row).title.startsWith(u"0 burst "_s));
        for (int row = burst / 2; row < model.rowCount(); ++row)
            QVERIFY(!model.bookAt(row).title.contains(u"burst"_s));
        QTRY_COMPARE(model.totalCount(), totalBefore + burst);
    }

    void cleanupTestCase() { m_gui.reset(); }

private:
    BooksTab *showBooks()
    {
        BooksTab *books = m_gui->window().booksTab();
        m_gui->window().tabs()->setCurrentWidget(books);
        return books;
    }

    FillPlan m_plan;
    User m_bigOwner;
    std::unique_ptr<GuiFixture> m_gui;
};

QTEST_MAIN(TestLargeCatalogue)
#include "tst_largecatalogue.moc"
