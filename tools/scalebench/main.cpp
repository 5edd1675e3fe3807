// bookwarden-scalebench: Bookwarden at a million books (issue 13). Fills a database of N books (and a
// second of 1,000 to compare with, and an empty one for the insert ratio) through core, then prints, as
// Markdown tables ready for docs/performance.md: fill rates, page and search latencies, account searches,
// durable create rates, the database's size per table and index, and the desktop app's first paint and
// memory on both databases. Figures only; nothing here passes or fails on a number.
//
//   bookwarden-scalebench                 1,000,000 books, 100,000 accounts, 1,000,000 security events
//   bookwarden-scalebench --scale 200000 --accounts 5000 --keep /tmp/scale --skip-gui
//   bookwarden-scalebench --quick         20,000 books, fewer repeats: a smoke run
//   bookwarden-scalebench --insert-only /tmp/scale --insert-rounds 7
//                                         durable creates alone, on the large.db an earlier --keep left
#include "Backend.h"
#include "CatalogFiller.h"
#include "DatabaseSizeReport.h"
#include "FirstPaintProbe.h"
#include "InsertRateBenchmark.h"
#include "LatencySummary.h"
#include "MarkdownTable.h"
#include "ReadLatencyBenchmark.h"
#include "storage/Database.h"
#include "storage/GroupCommitWriter.h"
#include "storage/SqlStatement.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <optional>

namespace {
struct Options
{
    qint64 books = 1000000;
    qint64 accounts = 0; // 0: books / 10
    QString keepDirectory;
    QString insertOnlyDirectory; // --insert-only: durable creates on a kept large.db, nothing else
    bool skipGui = false;
    bool quick = false;
    int repeats = 15;
    double insertSeconds = 3;
    int insertRounds = 3;
    int guiRuns = 3;
    int guiTimeoutSeconds = 120;
    QString guiExecutable;
};

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void section(const QString &title)
{
    print(QStringLiteral("\n## ") + title + QLatin1Char('\n'));
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bookwarden-scalebench: %s: %s\n", qPrintable(what),
                 qPrintable(error.detailedMessage()));
    return 1;
}

QString grouped(qint64 number)
{
    return MarkdownTable::count(number);
}

// "1k", "20k", "1M", "1.5M": the label of a database in every table.
QString scaleLabel(qint64 books)
{
    if (books >= 1000000)
        return QString::number(double(books) / 1e6, 'g', 3) + QLatin1Char('M');
    if (books >= 1000)
        return QString::number(double(books) / 1e3, 'g', 3) + QLatin1Char('k');
    return QString::number(books);
}

std::optional<Options> parseOptions(const QCoreApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills databases of 1,000 and N books through Bookwarden's core and prints page, search and insert "
        "figures, database size, and the desktop app's time to first paint and memory."));
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Books in the large database."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      QStringLiteral("Accounts in the large database (default N/10)."),
                                      QStringLiteral("M"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Create the databases in DIR and keep them afterwards."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption skipGui(QStringLiteral("skip-gui"),
                                     QStringLiteral("Do not start the desktop app."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A smoke run: 20,000 books unless --scale, few repeats."));
    const QCommandLineOption gui(QStringLiteral("gui"),
                                 QStringLiteral("The bookwarden executable to measure."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption guiTimeout(
        QStringLiteral("gui-timeout"),
        QStringLiteral("Seconds to wait for the desktop app's first paint (120)."), QStringLiteral("S"));
    const QCommandLineOption insertOnly(
        QStringLiteral("insert-only"),
        QStringLiteral(
            "Measure durable creates alone, on DIR/large.db kept by an earlier --keep run, against "
            "a new empty database (the creates stay in large.db)."),
        QStringLiteral("DIR"));
    const QCommandLineOption insertRounds(QStringLiteral("insert-rounds"),
                                          QStringLiteral("Rounds of durable creates on each database (3)."),
                                          QStringLiteral("R"));
    const QCommandLineOption insertSeconds(QStringLiteral("insert-seconds"),
                                           QStringLiteral("Seconds per round of durable creates (3)."),
                                           QStringLiteral("S"));
    parser.addOptions(
        {scale, accounts, keep, skipGui, quick, gui, guiTimeout, insertOnly, insertRounds, insertSeconds});
    parser.process(application);

    Options options;
    options.quick = parser.isSet(quick);
    if (options.quick) {
        options.books = 20000;
        options.repeats = 5;
        options.insertSeconds = 0.5;
        options.insertRounds = 2;
        options.guiRuns = 1;
        options.guiTimeoutSeconds = 60;
    }
    bool valid = true;
    if (parser.isSet(scale))
        options.books = parser.value(scale).toLongLong(&valid);
    if (!valid || options.books < 1000) {
        std::fprintf(stderr, "bookwarden-scalebench: --scale takes a number of books, at least 1000\n");
        return std::nullopt;
    }
    options.accounts
        = parser.isSet(accounts) ? parser.value(accounts).toLongLong(&valid) : options.books / 10;
    if (!valid || options.accounts < 3) {
        std::fprintf(stderr, "bookwarden-scalebench: --accounts takes a number, at least 3\n");
        return std::nullopt;
    }
    if (parser.isSet(guiTimeout))
        options.guiTimeoutSeconds = parser.value(guiTimeout).toInt(&valid);
    if (!valid || options.guiTimeoutSeconds < 1) {
        std::fprintf(stderr, "bookwarden-scalebench: --gui-timeout takes a number of seconds\n");
        return std::nullopt;
    }
    if (parser.isSet(insertRounds))
        options.insertRounds = parser.value(insertRounds).toInt(&valid);
    if (!valid || options.insertRounds < 1) {
        std::fprintf(stderr, "bookwarden-scalebench: --insert-rounds takes a number, at least 1\n");
        return std::nullopt;
    }
    if (parser.isSet(insertSeconds))
        options.insertSeconds = parser.value(insertSeconds).toDouble(&valid);
    if (!valid || options.insertSeconds <= 0) {
        std::fprintf(stderr, "bookwarden-scalebench: --insert-seconds takes a number of seconds\n");
        return std::nullopt;
    }
    options.keepDirectory = parser.value(keep);
    options.insertOnlyDirectory = parser.value(insertOnly);
    if (!options.insertOnlyDirectory.isEmpty()
        && !QFile::exists(options.insertOnlyDirectory + QStringLiteral("/large.db"))) {
        std::fprintf(stderr, "bookwarden-scalebench: --insert-only needs a directory with a large.db: %s\n",
                     qPrintable(options.insertOnlyDirectory));
        return std::nullopt;
    }
    if (!options.insertOnlyDirectory.isEmpty() && !options.keepDirectory.isEmpty()) {
        std::fprintf(stderr, "bookwarden-scalebench: --insert-only and --keep exclude each other\n");
        return std::nullopt;
    }
    options.skipGui = parser.isSet(skipGui);
#ifdef BOOKWARDEN_GUI_EXECUTABLE
    options.guiExecutable = QStringLiteral(BOOKWARDEN_GUI_EXECUTABLE);
#endif
    if (parser.isSet(gui))
        options.guiExecutable = parser.value(gui);
    return options;
}

struct OpenedTarget
{
    std::unique_ptr<Backend> backend;
    ScaleTarget target;
    QString path;
};

// The backend over the database at `path`, its target not set yet.
Result<OpenedTarget> openBackend(const QString &path)
{
    BackendOptions backendOptions;
    backendOptions.database = DatabaseUrl::sqliteFile(path);
    Result<std::unique_ptr<Backend>> opened = Backend::open(backendOptions);
    if (!opened)
        return opened.error();
    OpenedTarget result;
    result.backend = std::move(opened).value();
    result.path = path;
    return result;
}

Result<OpenedTarget> openAndFill(const QString &path, const QString &label, const FillPlan &plan,
                                 MarkdownTable &fillTable)
{
    Result<OpenedTarget> opened = openBackend(path);
    if (!opened)
        return opened.error();
    OpenedTarget result = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    const Result<FillReport> filled = CatalogFiller(*result.backend, plan).fill();
    if (!filled)
        return filled.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    auto rate = [](qint64 rows, double rowSeconds) {
        return rowSeconds > 0 && rows > 0 ? grouped(qint64(double(rows) / rowSeconds)) : QStringLiteral("–");
    };
    fillTable.addRow({label, grouped(plan.books), grouped(plan.accounts), grouped(plan.events),
                      QString::number(seconds, 'f', 1), rate(plan.books, filled->bookSeconds),
                      rate(plan.accounts, filled->accountSeconds), rate(plan.events, filled->eventSeconds),
                      grouped(filled->titlesRedrawn)});
    result.target = ScaleTarget {label, result.backend.get(), Actor::forUser(filled->bigOwner), plan.books};
    return result;
}

// A database an earlier run kept, as it is: its big owner is the account with the most books.
Result<OpenedTarget> openKept(const QString &path)
{
    Result<OpenedTarget> opened = openBackend(path);
    if (!opened)
        return opened.error();
    OpenedTarget result = std::move(opened).value();
    UserService &users = result.backend->users();
    struct Owner
    {
        User user;
        qint64 books = 0;
    };
    const Result<Owner> owner = result.backend->database().writer().run<Owner>(
        [&users](WriteTransaction &transaction) -> Result<Owner> {
            SqlStatement biggest(transaction.connection(),
                                 QStringLiteral("SELECT id, (SELECT books FROM book_total) FROM users"
                                                " WHERE role = 'user' ORDER BY book_count DESC, id LIMIT 1"),
                                 "biggestOwner");
            if (Status run = biggest.execute(); !run)
                return run.error();
            if (!biggest.next())
                return Error::internal(QStringLiteral("the database has no accounts to own books"));
            const qint64 books = biggest.int64(1);
            const Result<std::optional<User>> user = users.findById(transaction, biggest.int64(0));
            if (!user)
                return user.error();
            if (!user.value())
                return Error::internal(QStringLiteral("the biggest owner vanished"));
            return Owner {*user.value(), books};
        });
    if (!owner)
        return owner.error();
    result.target = ScaleTarget {scaleLabel(owner->books), result.backend.get(), Actor::forUser(owner->user),
                                 owner->books};
    return result;
}

FillPlan planFor(qint64 books, qint64 accounts, qint64 events)
{
    FillPlan plan;
    plan.books = books;
    plan.accounts = accounts;
    plan.bookOwners = std::min(accounts - 1, std::max<qint64>(2, books / 1000));
    plan.events = events;
    return plan;
}

QString machineDescription()
{
    QString cpu;
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuInfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuInfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    QString load;
    if (loadAverage.open(QIODevice::ReadOnly))
        load = QString::fromUtf8(loadAverage.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1 × %2, %3; Qt %4; load average %5")
        .arg(QThread::idealThreadCount())
        .arg(cpu, QSysInfo::prettyProductName(), QLatin1String(qVersion()), load);
}

void measureDesktopApp(const Options &options, const QList<QPair<QString, QString>> &databases,
                       const QString &workDirectory)
{
    section(QStringLiteral("Desktop app"));
    if (options.skipGui) {
        print(QStringLiteral("skipped (--skip-gui)"));
        return;
    }
    if (options.guiExecutable.isEmpty() || !QFile::exists(options.guiExecutable)) {
        print(QStringLiteral(
            "skipped: no bookwarden executable (built without the GUI; --gui PATH names one)"));
        return;
    }
    print(
        QStringLiteral("`%1 --database sqlite:///…` on QT_QPA_PLATFORM=offscreen, %2 run(s) per database; "
                       "first paint from exec (and from main()), memory 3 s after it (or at the timeout).\n")
            .arg(QFileInfo(options.guiExecutable).fileName())
            .arg(options.guiRuns));
    MarkdownTable table({QStringLiteral("desktop app"), QStringLiteral("first paint ms (median)"),
                         QStringLiteral("from main() ms"), QStringLiteral("rows shown, from main() ms"),
                         QStringLiteral("VmRSS MiB"), QStringLiteral("VmHWM MiB")});
    for (const auto &[label, path] : databases) {
        FirstPaintProbe::Settings settings;
        settings.executable = options.guiExecutable;
        settings.databaseUrl = DatabaseUrl::sqliteFile(path).toString();
        settings.configDirectory = workDirectory + QStringLiteral("/config");
        settings.timeoutMs = options.guiTimeoutSeconds * 1000;
        LatencySummary sinceExec, sinceMain, rowsSinceMain, rss, peak;
        QString failure;
        for (int run = 0; run < options.guiRuns; ++run) {
            const Result<FirstPaintProbe::Measurement> measured = FirstPaintProbe(settings).run();
            if (!measured) {
                failure = measured.error().detailedMessage();
                break;
            }
            rss.add(double(measured->rssKiB) / 1024.0);
            peak.add(double(measured->peakRssKiB) / 1024.0);
            if (!measured->painted) {
                // No point in waiting that long again.
                failure = QStringLiteral("did not paint within %1 s").arg(options.guiTimeoutSeconds);
                break;
            }
            sinceExec.add(measured->sinceExecMs);
            sinceMain.add(measured->sinceMainMs);
            if (measured->rowsSinceMainMs >= 0)
                rowsSinceMain.add(measured->rowsSinceMainMs);
        }
        auto megabytes = [](const LatencySummary &summary) {
            return summary.count() > 0 && summary.median() > 0 ? QString::number(summary.median(), 'f', 0)
                                                               : QStringLiteral("–");
        };
        if (sinceExec.count() == 0) {
            table.addRow({label, failure.isEmpty() ? QStringLiteral("–") : failure, QStringLiteral("–"),
                          QStringLiteral("–"), megabytes(rss), megabytes(peak)});
            continue;
        }
        const QString rows = rowsSinceMain.count() > 0 ? QString::number(rowsSinceMain.median(), 'f', 0)
                                                       : QStringLiteral("–");
        table.addRow({label, QString::number(sinceExec.median(), 'f', 0),
                      QString::number(sinceMain.median(), 'f', 0), rows, megabytes(rss), megabytes(peak)});
    }
    table.print();
}
constexpr qint64 smallBooks = 1000;

struct Databases
{
    OpenedTarget small; // 1,000 books, to compare with
    OpenedTarget large; // N books
    OpenedTarget empty; // accounts only, for the insert ratio
};

Result<Databases> fillDatabases(const Options &options, const QString &workDirectory)
{
    section(QStringLiteral("Fill"));
    print(QStringLiteral(
        "Through core's writer (the repositories' INSERTs), in jobs of 100 rows queued 20,000 rows "
        "at a time, which the writer commits together; half the books owned by one account, the "
        "rest spread over books/1,000 accounts; titles and authors drawn from a fixed vocabulary "
        "(Zipf, fixed seed). Accounts share one Argon2 hash (its ~50 ms is in accounts/s).\n"));
    MarkdownTable fillTable({QStringLiteral("database"), QStringLiteral("books"), QStringLiteral("accounts"),
                             QStringLiteral("events"), QStringLiteral("seconds"), QStringLiteral("books/s"),
                             QStringLiteral("accounts/s"), QStringLiteral("events/s"),
                             QStringLiteral("titles redrawn")});
    Result<OpenedTarget> small
        = openAndFill(workDirectory + QStringLiteral("/small.db"), scaleLabel(smallBooks),
                      planFor(smallBooks, std::max<qint64>(3, smallBooks / 10), smallBooks), fillTable);
    if (!small)
        return small.error();
    Result<OpenedTarget> large
        = openAndFill(workDirectory + QStringLiteral("/large.db"), scaleLabel(options.books),
                      planFor(options.books, options.accounts, options.books), fillTable);
    if (!large)
        return large.error();
    Result<OpenedTarget> empty = openAndFill(workDirectory + QStringLiteral("/empty.db"),
                                             QStringLiteral("empty"), planFor(0, 3, 0), fillTable);
    if (!empty)
        return empty.error();
    fillTable.print();
    return Databases {std::move(small).value(), std::move(large).value(), std::move(empty).value()};
}

Status measureReads(const Options &options, const Databases &databases)
{
    ReadLatencyBenchmark::Settings settings;
    settings.repeats = options.repeats;
    settings.searchBudgetSeconds = options.quick ? 2 : 20;
    ReadLatencyBenchmark reads({databases.small.target, databases.large.target}, settings);

    section(QStringLiteral("Pages"));
    print(QStringLiteral(
              "BookService::list on this thread (no HTTP), page of 20, median of %1 runs; \"admin\" is "
              "the desktop administrator (every book), \"owner\" the account that owns half of them. "
              "Core keeps no page cache (the server's is in server/api), so every call is cold.\n")
              .arg(options.repeats));
    const Result<MarkdownTable> pages = reads.pages();
    if (!pages)
        return pages.error();
    pages->print();

    section(QStringLiteral("Search"));
    print(QStringLiteral(
              "q= through BookService::list, page of 20 with its total; each query is one sample; up "
              "to %1 rounds per class, fewer once a class has taken %2 s on a database. All cold "
              "(no cache in core).\n")
              .arg(options.repeats)
              .arg(settings.searchBudgetSeconds));
    const Result<MarkdownTable> searches = reads.searches();
    if (!searches)
        return searches.error();
    searches->print();
    print(QStringLiteral("\nQueries (books matching at %1):").arg(databases.large.target.label));
    for (const QString &description : reads.searchClassDescriptions())
        print(QStringLiteral("- ") + description);

    section(QStringLiteral("Accounts"));
    print(QStringLiteral(
              "UserService::list with a text filter as the desktop administrator: %1 accounts at %2, %3 at "
              "%4.\n")
              .arg(grouped(std::max<qint64>(3, smallBooks / 10)), databases.small.target.label,
                   grouped(options.accounts), databases.large.target.label));
    const Result<MarkdownTable> accounts = reads.accountSearches();
    if (!accounts)
        return accounts.error();
    accounts->print();
    return {};
}

Status measureCreates(const Options &options, const ScaleTarget &empty, const ScaleTarget &large)
{
    section(QStringLiteral("Durable creates"));
    InsertRateBenchmark::Settings settings;
    settings.secondsPerRound = options.insertSeconds;
    settings.rounds = options.insertRounds;
    print(QStringLiteral("BookService::create (what POST /api/v1/books runs: rules, group commit, "
                         "synchronous=FULL) as the big owner, %1 in flight, %2 rounds of %3 s alternating "
                         "between the databases; the ratio is the median of per-round ratios.\n")
              .arg(settings.inFlight)
              .arg(settings.rounds)
              .arg(settings.secondsPerRound));
    const Result<MarkdownTable> inserts = InsertRateBenchmark({empty, large}, settings).run();
    if (!inserts)
        return inserts.error();
    inserts->print();
    return {};
}

Status measureSize(const Options &options, const Databases &databases)
{
    section(QStringLiteral("Size"));
    qint64 largeBytes = 0;
    qint64 smallBytes = 0;
    const Result<MarkdownTable> sizes
        = DatabaseSizeReport::measure(databases.large.backend->database(), options.books, &largeBytes);
    if (!sizes)
        return sizes.error();
    if (const Result<MarkdownTable> smallSizes
        = DatabaseSizeReport::measure(databases.small.backend->database(), smallBooks, &smallBytes);
        !smallSizes)
        return smallSizes.error();
    print(QStringLiteral("The %1 database after a checkpoint: %2 MB, %3 bytes per book (at %4: %5 MB), with "
                         "%6 accounts and %7 security events in it. Per table and index (SQLite's dbstat):\n")
              .arg(databases.large.target.label, QString::number(double(largeBytes) / 1e6, 'f', 1),
                   grouped(largeBytes / std::max<qint64>(1, options.books)), databases.small.target.label,
                   QString::number(double(smallBytes) / 1e6, 'f', 1), grouped(options.accounts),
                   grouped(options.books)));
    sizes->print();
    return {};
}

// --insert-only: the kept large database as it is, against a new empty one (a kept empty.db would hold
// the creates of every earlier run).
int measureCreatesOnly(const Options &options, const QString &workDirectory)
{
    const QString largePath = QDir(options.insertOnlyDirectory).absoluteFilePath(QStringLiteral("large.db"));
    print(QStringLiteral("# Bookwarden: durable creates on %1").arg(largePath));
    print(QStringLiteral("\n%1 UTC, %2")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   machineDescription()));
    print(QStringLiteral("`%1`").arg(QCoreApplication::arguments().join(QLatin1Char(' '))));
    Result<OpenedTarget> large = openKept(largePath);
    if (!large)
        return fail(QStringLiteral("opening ") + largePath, large.error());
    MarkdownTable fillTable({QStringLiteral("database"), QStringLiteral("books"), QStringLiteral("accounts"),
                             QStringLiteral("events"), QStringLiteral("seconds"), QStringLiteral("books/s"),
                             QStringLiteral("accounts/s"), QStringLiteral("events/s"),
                             QStringLiteral("titles redrawn")});
    Result<OpenedTarget> empty = openAndFill(workDirectory + QStringLiteral("/empty.db"),
                                             QStringLiteral("empty"), planFor(0, 3, 0), fillTable);
    if (!empty)
        return fail(QStringLiteral("creating the empty database"), empty.error());
    if (Status creates = measureCreates(options, empty->target, large->target); !creates)
        return fail(QStringLiteral("measuring durable creates"), creates.error());
    return 0;
}

// A new or empty directory for the databases: --keep's, or a temporary one removed at exit.
std::optional<QString> workDirectoryFor(const Options &options, std::unique_ptr<QTemporaryDir> *temporary)
{
    if (options.keepDirectory.isEmpty()) {
        *temporary
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bookwarden-scale-XXXXXX"));
        if (!(*temporary)->isValid()) {
            std::fprintf(stderr, "bookwarden-scalebench: cannot create a temporary directory\n");
            return std::nullopt;
        }
        return (*temporary)->path();
    }
    if (!QDir().mkpath(options.keepDirectory) || !QDir(options.keepDirectory).isEmpty()) {
        std::fprintf(stderr, "bookwarden-scalebench: --keep needs a new or empty directory: %s\n",
                     qPrintable(options.keepDirectory));
        return std::nullopt;
    }
    return QDir(options.keepDirectory).absolutePath();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookwarden-scalebench"));
    // Core's notes on opening and migrating each database would land between the tables.
    QLoggingCategory::setFilterRules(QStringLiteral("bookwarden.*.info=false"));
    const std::optional<Options> parsed = parseOptions(application);
    if (!parsed)
        return 64;
    const Options &options = *parsed;
    std::unique_ptr<QTemporaryDir> temporary;
    const std::optional<QString> workDirectory = workDirectoryFor(options, &temporary);
    if (!workDirectory)
        return 1;

    if (!options.insertOnlyDirectory.isEmpty())
        return measureCreatesOnly(options, *workDirectory);

    print(QStringLiteral("# Bookwarden at %1 books").arg(grouped(options.books)));
    print(QStringLiteral("\n%1 UTC, %2")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   machineDescription()));
    print(QStringLiteral("`%1`").arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    Result<Databases> databases = fillDatabases(options, *workDirectory);
    if (!databases)
        return fail(QStringLiteral("filling the databases"), databases.error());
    if (Status reads = measureReads(options, databases.value()); !reads)
        return fail(QStringLiteral("measuring reads"), reads.error());
    if (Status creates = measureCreates(options, databases->empty.target, databases->large.target); !creates)
        return fail(QStringLiteral("measuring durable creates"), creates.error());
    if (Status size = measureSize(options, databases.value()); !size)
        return fail(QStringLiteral("measuring the size"), size.error());

    // The databases are closed first: a database is open in one process at a time.
    const QList<QPair<QString, QString>> desktopDatabases {
        {databases->small.target.label, databases->small.path},
        {databases->large.target.label, databases->large.path}};
    databases.value().small.backend.reset();
    databases.value().large.backend.reset();
    databases.value().empty.backend.reset();
    measureDesktopApp(options, desktopDatabases, *workDirectory);

    if (!options.keepDirectory.isEmpty())
        print(QStringLiteral("\nKept: %1 (try `bookwarden --database sqlite://%1/large.db`)")
                  .arg(*workDirectory));
    return 0;
}
