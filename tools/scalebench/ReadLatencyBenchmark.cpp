#include "ReadLatencyBenchmark.h"

#include "Backend.h"
#include "CatalogVocabulary.h"
#include "books/BookService.h"
#include "events/SecurityEventLog.h"
#include "users/UserService.h"

#include <QElapsedTimer>
#include <QHash>

namespace {
constexpr int pageSize = 20; // the API's default page
// How deep the "deep cursor" page is: at most this many rows, at most half of what the actor sees.
constexpr qint64 deepestRow = 100000;

QString ownerColumn(const ScaleTarget &target)
{
    return QStringLiteral("owner, ") + target.label;
}

QString adminColumn(const ScaleTarget &target)
{
    return QStringLiteral("admin, ") + target.label;
}

struct SearchClass
{
    QString name;
    QStringList queries;
};

QList<SearchClass> searchClasses()
{
    const QStringList &nouns = CatalogVocabulary::nouns();
    const QStringList &adjectives = CatalogVocabulary::adjectives();
    const QStringList &surnames = CatalogVocabulary::surnames();
    return {
        {QStringLiteral("frequent word"),
         {nouns.at(0), nouns.at(1), adjectives.at(0), QStringLiteral("the")}},
        {QStringLiteral("rare word"),
         {nouns.constLast(), nouns.at(nouns.size() - 20), adjectives.constLast()}},
        {QStringLiteral("author surname"),
         {surnames.at(0), surnames.at(40), surnames.at(surnames.size() / 2)}},
        {QStringLiteral("3–4 letter substring"),
         {QStringLiteral("riv"), QStringLiteral("ight"), QStringLiteral("ston"), QStringLiteral("eath")}},
        {QStringLiteral("miss"), {QStringLiteral("zqxv"), QStringLiteral("bookwarden")}},
        {QStringLiteral("1–2 letters"), {QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("th")}},
    };
}

// `total` gets the page's total as the API would print it: "1,000+" when the search stopped counting there.
Status listPage(const ScaleTarget &target, const Actor &actor, const BookQuery &query,
                QString *total = nullptr)
{
    const Result<BookPage> page = target.backend->books().list(actor, query);
    if (!page)
        return page.error();
    if (total)
        *total = MarkdownTable::count(page->total) + (page->totalExact ? QString() : QStringLiteral("+"));
    return {};
}
} // namespace

ReadLatencyBenchmark::ReadLatencyBenchmark(QList<ScaleTarget> targets, Settings settings)
    : m_targets(std::move(targets))
    , m_settings(settings)
{ }

Result<QList<LatencySummary>> ReadLatencyBenchmark::measure(bool asBigOwner, int repeats, const Probe &probe)
{
    QList<LatencySummary> summaries(m_targets.size());
    QElapsedTimer timer;
    for (int run = 0; run < repeats; ++run) {
        for (qsizetype index = 0; index < m_targets.size(); ++index) {
            const ScaleTarget &target = m_targets.at(index);
            const Actor actor = asBigOwner ? target.bigOwner : Actor::desktopAdministrator();
            timer.start();
            if (Status probed = probe(target, actor); !probed)
                return probed.error();
            summaries[index].add(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return summaries;
}

Result<QString> ReadLatencyBenchmark::deepCursor(const ScaleTarget &target, const Actor &actor, qint64 *depth)
{
    BookQuery query;
    query.limit = 100;
    const Result<BookPage> first = target.backend->books().list(actor, query);
    if (!first)
        return first.error();
    const qint64 wanted = std::min(deepestRow, first->total / 2);
    QString cursor = first->nextCursor;
    qint64 rows = first->items.size();
    while (rows + query.limit <= wanted && !cursor.isEmpty()) {
        query.cursor = cursor;
        const Result<BookPage> page = target.backend->books().list(actor, query);
        if (!page)
            return page.error();
        rows += page->items.size();
        cursor = page->nextCursor;
    }
    *depth = rows;
    return cursor;
}

Status ReadLatencyBenchmark::addPageRow(MarkdownTable &table, const QString &name, const Probe &probe,
                                        bool administratorOnly)
{
    const Result<QList<LatencySummary>> asAdmin = measure(false, m_settings.repeats, probe);
    if (!asAdmin)
        return asAdmin.error();
    QList<LatencySummary> asOwner(m_targets.size());
    if (!administratorOnly) {
        const Result<QList<LatencySummary>> measured = measure(true, m_settings.repeats, probe);
        if (!measured)
            return measured.error();
        asOwner = measured.value();
    }
    QStringList cells {name};
    for (qsizetype index = 0; index < m_targets.size(); ++index)
        cells << LatencySummary::format(asAdmin->at(index).median())
              << (administratorOnly ? QStringLiteral("–")
                                    : LatencySummary::format(asOwner.at(index).median()));
    table.addRow(cells);
    return {};
}

Result<MarkdownTable> ReadLatencyBenchmark::pages()
{
    QStringList header {QStringLiteral("page of 20, median ms")};
    for (const ScaleTarget &target : m_targets)
        header << adminColumn(target) << ownerColumn(target);
    MarkdownTable table(header);

    for (const BookSort sort : {BookSort::Title, BookSort::Author, BookSort::Price, BookSort::Created}) {
        for (const bool descending : {false, true}) {
            BookQuery query;
            query.limit = pageSize;
            query.sort = sort;
            query.descending = descending;
            if (Status row
                = addPageRow(table, QStringLiteral("first page, sort ") + BookSorts::name(sort, descending),
                             [query](const ScaleTarget &target, const Actor &actor) {
                                 return listPage(target, actor, query);
                             });
                !row)
                return row.error();
        }
    }

    // Cursors found once per target and actor; the timed call is the one page at that depth.
    QHash<QPair<const Backend *, qint64>, QString> cursors; // by database and actor
    QStringList depths;
    for (const ScaleTarget &target : m_targets) {
        for (const bool asOwner : {false, true}) {
            const Actor actor = asOwner ? target.bigOwner : Actor::desktopAdministrator();
            qint64 depth = 0;
            const Result<QString> cursor = deepCursor(target, actor, &depth);
            if (!cursor)
                return cursor.error();
            cursors.insert({target.backend, actor.userId}, cursor.value());
            depths << MarkdownTable::count(depth);
        }
    }
    if (Status row = addPageRow(table,
                                QStringLiteral("deep cursor page, sort title (rows deep: ")
                                    + depths.join(u'/') + QLatin1Char(')'),
                                [&cursors](const ScaleTarget &target, const Actor &actor) {
                                    BookQuery query;
                                    query.limit = pageSize;
                                    query.cursor = cursors.value({target.backend, actor.userId});
                                    return listPage(target, actor, query);
                                });
        !row)
        return row.error();

    // The Users and Activity tabs' first pages: administrators only.
    if (Status row = addPageRow(
            table, QStringLiteral("accounts, first page of 50"),
            [](const ScaleTarget &target, const Actor &actor) -> Status {
                const Result<UserPage> page = target.backend->users().list(actor, UserQuery());
                return page ? Status() : Status(page.error());
            },
            true);
        !row)
        return row.error();
    if (Status row = addPageRow(
            table, QStringLiteral("security log, first page of 100"),
            [](const ScaleTarget &target, const Actor &) -> Status {
                const Result<SecurityEventPage> page = target.backend->events().list(SecurityEventQuery());
                return page ? Status() : Status(page.error());
            },
            true);
        !row)
        return row.error();
    return table;
}

Result<QList<LatencySummary>>
ReadLatencyBenchmark::measureQueries(bool asBigOwner, const QStringList &queries, const QueryProbe &probe)
{
    QList<LatencySummary> summaries(m_targets.size());
    QElapsedTimer timer;
    for (int run = 0; run < m_settings.repeats; ++run) {
        for (qsizetype index = 0; index < m_targets.size(); ++index) {
            if (summaries[index].total() > m_settings.searchBudgetSeconds * 1000)
                continue;
            const ScaleTarget &target = m_targets.at(index);
            const Actor actor = asBigOwner ? target.bigOwner : Actor::desktopAdministrator();
            for (const QString &text : queries) {
                timer.start();
                if (Status probed = probe(target, actor, text); !probed)
                    return probed.error();
                summaries[index].add(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    return summaries;
}

namespace {
QStringList percentileHeader(const QString &first, const QList<ScaleTarget> &targets)
{
    QStringList header {first};
    for (const ScaleTarget &target : targets)
        header << target.label + QStringLiteral(" p50") << target.label + QStringLiteral(" p99")
               << target.label + QStringLiteral(" max") << target.label + QStringLiteral(" n");
    return header;
}

QStringList percentileCells(const QString &first, const QList<LatencySummary> &summaries)
{
    QStringList cells {first};
    for (const LatencySummary &summary : summaries)
        cells << LatencySummary::format(summary.median()) << LatencySummary::format(summary.percentile(99))
              << LatencySummary::format(summary.max()) << QString::number(summary.count());
    return cells;
}
} // namespace

Result<MarkdownTable> ReadLatencyBenchmark::searches()
{
    MarkdownTable table(percentileHeader(QStringLiteral("search q=, page of 20, ms"), m_targets));
    m_searchDescriptions.clear();
    const ScaleTarget &largest = m_targets.constLast();
    const QueryProbe search = [](const ScaleTarget &target, const Actor &actor, const QString &text) {
        BookQuery query;
        query.text = text;
        query.limit = pageSize;
        return listPage(target, actor, query);
    };

    for (const SearchClass &searchClass : searchClasses()) {
        QStringList described;
        for (const QString &text : searchClass.queries) {
            BookQuery query;
            query.text = text;
            query.limit = pageSize;
            QString total;
            if (Status counted = listPage(largest, Actor::desktopAdministrator(), query, &total); !counted)
                return counted.error();
            described << QStringLiteral("\"%1\" (%2)").arg(text, total);
        }
        m_searchDescriptions << searchClass.name + QStringLiteral(": ")
                + described.join(QStringLiteral(", "));

        for (const bool asOwner : {false, true}) {
            const Result<QList<LatencySummary>> timed = measureQueries(asOwner, searchClass.queries, search);
            if (!timed)
                return timed.error();
            table.addRow(percentileCells(
                searchClass.name + (asOwner ? QStringLiteral(", owner") : QStringLiteral(", admin")),
                timed.value()));
        }
    }
    return table;
}

Result<MarkdownTable> ReadLatencyBenchmark::accountSearches()
{
    MarkdownTable table(percentileHeader(QStringLiteral("accounts filtered, page of 50, ms"), m_targets));
    const QueryProbe search = [](const ScaleTarget &target, const Actor &actor, const QString &text) {
        UserQuery query;
        query.text = text;
        const Result<UserPage> page = target.backend->users().list(actor, query);
        return page ? Status() : Status(page.error());
    };
    const QList<QPair<QString, QStringList>> classes {
        {QStringLiteral("surname"),
         {CatalogVocabulary::surnames().at(0), CatalogVocabulary::surnames().at(300)}},
        {QStringLiteral("first name"), {CatalogVocabulary::firstNames().at(0)}},
        {QStringLiteral("2 letters"), {QStringLiteral("ar"), QStringLiteral("on")}},
        {QStringLiteral("miss"), {QStringLiteral("zqxv")}},
    };
    for (const auto &[name, queries] : classes) {
        const Result<QList<LatencySummary>> timed = measureQueries(false, queries, search);
        if (!timed)
            return timed.error();
        table.addRow(percentileCells(name + QStringLiteral(" (") + queries.join(QStringLiteral(", "))
                                         + QLatin1Char(')'),
                                     timed.value()));
    }
    return table;
}
