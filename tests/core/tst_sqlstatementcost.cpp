#include "Backend.h"
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "books/BookRepository.h"
#include "books/BookRows.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "users/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

// What a read costs through the statement layer (SqlStatement on the driver's native handle: a sqlite3, or
// libpq prepared statements on QPSQL's PGconn) against QSqlQuery prepared once on a connection of its own,
// on both backends, for the two reads the REST API does most: one book by id, and a page of 20 by title.
// Issue 14 asked to measure both on PostgreSQL and keep the faster; docs/performance.md has the figures.
//
//   build/tests/core/tst_sqlstatementcost       (prints a table at the end; about 10 s)
//
// Figures only, never a pass/fail threshold (the machine is shared and noisy). What is asserted is that
// every path returns the same books, and that every timed call read the rows it should have: a path that
// failed would otherwise look fast.
namespace {
constexpr int bookCount = 2000;
constexpr int pageRows = 20;
constexpr int runs = 5;
constexpr qint64 runNanoseconds = 100'000'000; // each timed run takes about this long
constexpr qint64 calibrationNanoseconds = 20'000'000;

QString pointReadSql()
{
    return BookRows::columns + BookRows::fromBooks + QStringLiteral(" WHERE b.id = ?");
}

// The first page of the list sorted by title (BookListing's order, without a cursor).
QString titlePageSql()
{
    return BookRows::columns + BookRows::fromBooks + QStringLiteral(" ORDER BY b.title_key ASC, b.id ASC LIMIT ?");
}

// The same conversion as BookRows::readRow, from the QVariants QSqlQuery hands out.
Book bookFromQuery(const QSqlQuery &query)
{
    Book book;
    book.id = query.value(0).toLongLong();
    book.ownerId = query.value(1).toLongLong();
    book.ownerPublicId = query.value(2).toString();
    book.ownerName = query.value(3).toString();
    book.title = query.value(4).toString();
    book.author = query.value(5).toString();
    book.publisher = query.value(6).toString();
    book.priceCents = query.value(7).toLongLong();
    const QVariant isbn = query.value(8);
    book.isbn = isbn.isNull() ? QString() : isbn.toString();
    if (const QVariant year = query.value(9); !year.isNull())
        book.year = year.toInt();
    book.createdAtMs = query.value(10).toLongLong();
    book.updatedAtMs = query.value(11).toLongLong();
    book.version = query.value(12).toLongLong();
    return book;
}

// One line per book with every field, so that QCOMPARE shows which book and field differ.
QStringList describe(const QList<Book> &books)
{
    QStringList lines;
    for (const Book &book : books) {
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13")
                     .arg(book.id)
                     .arg(book.ownerId)
                     .arg(book.ownerPublicId, book.ownerName, book.title, book.author, book.publisher)
                     .arg(book.priceCents)
                     .arg(book.isbn)
                     .arg(book.year ? QString::number(*book.year) : QStringLiteral("-"))
                     .arg(book.createdAtMs)
                     .arg(book.updatedAtMs)
                     .arg(book.version);
    }
    return lines;
}

// One call of a path: runs the query with `parameter`, reads every row (appending them to *books when
// given), and returns the rows read, or -1 when the query failed.
using ReadPath = std::function<int(qint64 parameter, QList<Book> *books)>;

int readWithSqlStatement(SqlConnection &connection, const QString &sql, qint64 parameter, QList<Book> *books)
{
    SqlStatement statement(connection, sql, "costBenchmarkRead");
    statement.bind(parameter);
    if (!statement.execute())
        return -1;
    int rows = 0;
    while (statement.next()) {
        const Book book = BookRows::readRow(statement);
        if (books)
            books->append(book);
        ++rows;
    }
    return rows;
}

int readWithQSqlQuery(QSqlQuery &query, qint64 parameter, QList<Book> *books)
{
    query.bindValue(0, parameter);
    if (!query.exec())
        return -1;
    int rows = 0;
    while (query.next()) {
        const Book book = bookFromQuery(query);
        if (books)
            books->append(book);
        ++rows;
    }
    return rows;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

// A migrated database holding bookCount books of one owner, and a QSqlDatabase of its own on it for the
// QSqlQuery paths.
struct Catalogue
{
    std::unique_ptr<BackendFixture> fixture;
    QList<qint64> ids;
    QString queryConnectionName;
};

struct Figures
{
    QString backend;
    QString query;
    double statementMicroseconds = 0;
    double forwardOnlyMicroseconds = 0;
    double scrollableMicroseconds = 0;
    qint64 statementCalls = 0;
};
} // namespace

class TestSqlStatementCost : public QObject
{
    Q_OBJECT

private:
    std::map<QString, Catalogue> m_catalogues;
    QList<Figures> m_figures;
    QString m_loadAverageBefore;

    // BackendFixture takes its backend from BOOKWARDEN_TEST_DATABASE (how CTest runs a test a second time on
    // PostgreSQL); this benchmark compares both backends in one run, so it names each in turn.
    static std::unique_ptr<BackendFixture> openFixture(bool postgresql)
    {
        const QByteArray before = qgetenv("BOOKWARDEN_TEST_DATABASE");
        if (postgresql)
            qputenv("BOOKWARDEN_TEST_DATABASE", "postgresql");
        else
            qunsetenv("BOOKWARDEN_TEST_DATABASE");
        auto fixture = std::make_unique<BackendFixture>();
        if (before.isNull())
            qunsetenv("BOOKWARDEN_TEST_DATABASE");
        else
            qputenv("BOOKWARDEN_TEST_DATABASE", before);
        return fixture;
    }

    // The books go in through the repository in one write job: through the service each would be a commit
    // of its own, which is not what is measured here. Titles are numbered in an order unlike the ids', a
    // quarter have no year and a third no ISBN (NULLs read too).
    static Result<QList<qint64>> insertBooks(BackendFixture &fixture, qint64 ownerId)
    {
        return fixture.backend().database().writer().run<QList<qint64>>(
            [ownerId](WriteTransaction &transaction) -> Result<QList<qint64>> {
                QList<qint64> ids;
                for (int i = 0; i < bookCount; ++i) {
                    BookDraft draft;
                    draft.title = QStringLiteral("The Chronicle of Volume %1").arg((i * 7919) % bookCount);
                    draft.author = QStringLiteral("Author Number %1").arg(i % 97);
                    draft.publisher = QStringLiteral("Ace Books");
                    draft.priceCents = 100 + (i * 13) % 5000;
                    if (i % 3 != 0)
                        draft.isbn = QStringLiteral("978000%1").arg(i, 7, 10, QLatin1Char('0'));
                    if (i % 4 != 0)
                        draft.year = 1950 + i % 70;
                    const Result<qint64> id = BookRepository::insert(transaction.connection(), ownerId, draft,
                                                                     transaction.nowMs());
                    if (!id)
                        return id.error();
                    ids << id.value();
                }
                if (Status counted = UserRepository::addToBookCount(transaction.connection(), ownerId, bookCount);
                    !counted)
                    return counted.error();
                return ids;
            });
    }

    // The catalogue of `backend` ("sqlite" or "postgresql"), made on first use.
    Catalogue *catalogue(const QString &backend)
    {
        if (auto found = m_catalogues.find(backend); found != m_catalogues.end())
            return &found->second;
        Catalogue made;
        made.fixture = openFixture(backend == QLatin1String("postgresql"));
        if (!made.fixture->isOpen()) {
            QTest::qFail(qPrintable(made.fixture->openError()), __FILE__, __LINE__);
            return nullptr;
        }
        const User owner = made.fixture->createUser(QStringLiteral("reader"));
        const Result<QList<qint64>> ids = insertBooks(*made.fixture, owner.id);
        if (!ids) {
            QTest::qFail(qPrintable(describeError(ids.error())), __FILE__, __LINE__);
            return nullptr;
        }
        made.ids = ids.value();

        // The QSqlQuery paths' connection: the same driver and URL as SqlConnection::open() uses, and on
        // SQLite the same page cache as a reader's connection (Database::connection()).
        const DatabaseUrl url = made.fixture->databaseUrl();
        made.queryConnectionName = QStringLiteral("qsqlquery-") + backend;
        QSqlDatabase database = QSqlDatabase::addDatabase(
            url.isPostgresql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), made.queryConnectionName);
        if (url.isPostgresql()) {
            database.setHostName(url.host());
            database.setPort(url.port());
            database.setUserName(url.user());
            database.setPassword(url.password());
            database.setDatabaseName(url.databaseName());
            database.setConnectOptions(url.connectOptions());
        } else {
            database.setDatabaseName(url.path());
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!database.open()) {
            QTest::qFail(qPrintable(database.lastError().text()), __FILE__, __LINE__);
            return nullptr;
        }
        if (!url.isPostgresql()) {
            QSqlQuery cache(database);
            if (!cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(Database::readerCacheKiB))) {
                QTest::qFail(qPrintable(cache.lastError().text()), __FILE__, __LINE__);
                return nullptr;
            }
        }
        return &m_catalogues.emplace(backend, std::move(made)).first->second;
    }

    // Runs every path once (untimed) and compares what they read, then measures them: each path is
    // calibrated to about runNanoseconds a run, and the runs of the paths alternate, so that a change in the
    // machine's load touches them alike. Returns the median µs per call of each path (empty on failure).
    QList<double> measure(const QList<ReadPath> &paths, const std::function<qint64(int call)> &parameter,
                          int expectedRows, qint64 *firstPathCalls)
    {
        QList<Book> reference;
        if (paths.first()(parameter(0), &reference) != expectedRows) {
            QTest::qFail("the first path did not read the expected rows", __FILE__, __LINE__);
            return {};
        }
        for (qsizetype path = 1; path < paths.size(); ++path) {
            QList<Book> books;
            paths.at(path)(parameter(0), &books);
            if (describe(books) != describe(reference)) {
                QTest::qFail(qPrintable(QStringLiteral("path %1 read other books:\n%2\ninstead of\n%3")
                                            .arg(path)
                                            .arg(describe(books).join(QLatin1Char('\n')),
                                                 describe(reference).join(QLatin1Char('\n')))),
                             __FILE__, __LINE__);
                return {};
            }
        }

        bool allRead = true;
        QList<qint64> calls;
        for (const ReadPath &path : paths) {
            QElapsedTimer timer;
            timer.start();
            int call = 0;
            while (timer.nsecsElapsed() < calibrationNanoseconds || call < 10)
                allRead = path(parameter(call++), nullptr) == expectedRows && allRead;
            calls << std::max<qint64>(10, runNanoseconds * call / std::max<qint64>(1, timer.nsecsElapsed()));
        }
        QList<QList<double>> microseconds(paths.size());
        for (int run = 0; run < runs; ++run) {
            for (qsizetype path = 0; path < paths.size(); ++path) {
                QElapsedTimer timer;
                timer.start();
                for (int call = 0; call < calls.at(path); ++call)
                    allRead = paths.at(path)(parameter(call), nullptr) == expectedRows && allRead;
                microseconds[path] << double(timer.nsecsElapsed()) / 1000.0 / double(calls.at(path));
            }
        }
        if (!allRead) {
            QTest::qFail("a timed call did not read the expected rows", __FILE__, __LINE__);
            return {};
        }
        *firstPathCalls = calls.first();
        QList<double> medians;
        for (const QList<double> &values : microseconds)
            medians << median(values);
        return medians;
    }

    void measureQuery(const QString &backend, const QString &queryName, const QString &sql,
                      const std::function<qint64(const Catalogue &, int call)> &parameter, int expectedRows)
    {
        Catalogue *books = catalogue(backend);
        if (!books)
            return; // catalogue() said why
        SqlConnection &connection = books->fixture->backend().database().connection();
        const QSqlDatabase database = QSqlDatabase::database(books->queryConnectionName, false);
        QSqlQuery forwardOnly(database);
        forwardOnly.setForwardOnly(true);
        QVERIFY2(forwardOnly.prepare(sql), qPrintable(forwardOnly.lastError().text()));
        QSqlQuery scrollable(database); // QSqlQuery's default
        QVERIFY2(scrollable.prepare(sql), qPrintable(scrollable.lastError().text()));

        const QList<ReadPath> paths {
            [&](qint64 value, QList<Book> *read) { return readWithSqlStatement(connection, sql, value, read); },
            [&](qint64 value, QList<Book> *read) { return readWithQSqlQuery(forwardOnly, value, read); },
            [&](qint64 value, QList<Book> *read) { return readWithQSqlQuery(scrollable, value, read); },
        };
        qint64 calls = 0;
        const QList<double> medians
            = measure(paths, [&](int call) { return parameter(*books, call); }, expectedRows, &calls);
        if (medians.isEmpty())
            return; // measure() said why
        m_figures << Figures {backend, queryName, medians.at(0), medians.at(1), medians.at(2), calls};
        qInfo("%s, %s: SqlStatement %.1f µs, QSqlQuery forward-only %.1f µs (%.2fx), scrollable %.1f µs (%.2fx)",
              qPrintable(backend), qPrintable(queryName), medians.at(0), medians.at(1), medians.at(1) / medians.at(0),
              medians.at(2), medians.at(2) / medians.at(0));
    }

    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private slots:
    void initTestCase() { m_loadAverageBefore = loadAverage(); }

    // One book by id, the ids taken in turn.
    void pointRead_data() { addBackendRows(); }
    void pointRead()
    {
        QFETCH(QString, backend);
        measureQuery(
            backend, QStringLiteral("book by id"), pointReadSql(),
            [](const Catalogue &books, int call) { return books.ids.at(call % books.ids.size()); }, 1);
    }

    // The first page of 20 books by title.
    void titlePage_data() { addBackendRows(); }
    void titlePage()
    {
        QFETCH(QString, backend);
        measureQuery(
            backend, QStringLiteral("page of 20 by title"), titlePageSql(),
            [](const Catalogue &, int) { return qint64(pageRows); }, pageRows);
    }

    void cleanupTestCase()
    {
        QTextStream out(stdout);
        out << "\nLoad average before: " << m_loadAverageBefore << "; after: " << loadAverage() << '\n'
            << "µs per call, median of " << runs << " runs (N calls a run, ~" << runNanoseconds / 1'000'000
            << " ms each); ratio = QSqlQuery / SqlStatement\n\n"
            << "| backend | query | SqlStatement | QSqlQuery, forward-only | ratio | QSqlQuery, scrollable "
               "(default) | ratio | N (SqlStatement) |\n"
            << "|---|---|---:|---:|---:|---:|---:|---:|\n";
        for (const Figures &row : std::as_const(m_figures)) {
            out << "| " << row.backend << " | " << row.query << " | "
                << QString::number(row.statementMicroseconds, 'f', 1) << " | "
                << QString::number(row.forwardOnlyMicroseconds, 'f', 1) << " | "
                << QString::number(row.forwardOnlyMicroseconds / row.statementMicroseconds, 'f', 2) << "x | "
                << QString::number(row.scrollableMicroseconds, 'f', 1) << " | "
                << QString::number(row.scrollableMicroseconds / row.statementMicroseconds, 'f', 2) << "x | "
                << row.statementCalls << " |\n";
        }
        out.flush();

        // The QSqlDatabase handles go before their connections are removed; the fixtures before the shared
        // PostgreSQL server stops (with the QCoreApplication).
        QStringList names;
        for (auto &[backend, books] : m_catalogues)
            names << books.queryConnectionName;
        m_catalogues.clear();
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSqlStatementCost)
#include "tst_sqlstatementcost.moc"
