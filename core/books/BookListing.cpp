// BookRepository::list and explainList: how one page of books is read (docs/ARCHITECTURE.md, "Search from
// an index"). The rest of BookRepository is in BookRepository.cpp.
#include "books/BookRepository.h"
#include "books/BookRows.h"
#include "common/PageCursor.h"
#include "common/TextChecks.h"
#include "common/WholeNumber.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "storage/TrigramSearch.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace BookRepository {

namespace {
enum class Plan {
    // The sort order's index, walked with any text filter (LIKE) in the WHERE clause: no text, a text of
    // one or two characters (no trigram), or the search of an owner with few books.
    Scan,
    // An indexed search with many matches: the sort order's index walked, each row tested against the ids
    // the search index listed (or with LIKE past the last one listed), for at most a budget of rows;
    // whatever the page still lacks then comes from the search index after the last row visited.
    Walk,
    // An indexed search with few matches, all listed: their rows by id, sorted.
    Fetch,
    // An indexed search in id order ("created"): the search index hands out its matches in that order
    // itself, so the page is its first limit + 1 after the cursor, however many match.
    IndexOrder,
};

// A place in a sort order: the page starts after the row with this key and id.
struct Position
{
    QVariant key; // unused when the order is the id order
    qint64 id = 0;
};

struct ListPlan
{
    Plan plan = Plan::Scan;
    std::optional<Position> after;
    QString match; // the FTS5 query (Walk, Fetch)
    bool verify = false; // the query covers the text's first characters only: check each row with LIKE
    // Counted by the search index (Walk, Fetch), up to the query's countLimit; totalExact false above it.
    std::optional<qint64> total;
    bool totalExact = true;
    qint64 budget = 0; // Walk: rows to visit
    // The matches the search index listed, in rowid order, as a JSON array: every match whose id is at most
    // `listedThrough`. Fetch reads its page from them when they are all (listedThrough is then the largest
    // id there can be); Walk tests rows up to listedThrough against them without reading the row, and only
    // later rows with LIKE.
    QString matchIds;
    qint64 listedThrough = 0;
    // Non-zero: `match` asks for every owner's matches (this owner holds a large share of the books, and the
    // owner's token would cost FTS5 its long doclist), so every statement keeps this owner's rows itself.
    qint64 filterOwner = 0;
};

struct Statement
{
    QString sql;
    QVariantList values;
};

// "created" pages in id order. An INTEGER PRIMARY KEY without AUTOINCREMENT is handed out as the largest id
// + 1 and created_at is the time of the insert, so both orders agree unless the wall clock was set back
// between two inserts (then the id order is the order in which the books really arrived). The id order
// needs no index of its own; the cursor keeps its created_at, which is no longer compared, so cursors
// handed out before stay valid.
bool pagesById(BookSort sort)
{
    return sort == BookSort::Created;
}

// The column each other sort order pages on; (column, id) is unique, so the order is total.
QString sortColumn(BookSort sort)
{
    switch (sort) {
    case BookSort::Title:
        return QStringLiteral("b.title_key");
    case BookSort::Author:
        return QStringLiteral("b.author_key");
    case BookSort::Price:
        return QStringLiteral("b.price_cents");
    case BookSort::Created:
        break;
    }
    return QStringLiteral("b.id");
}

QJsonValue sortKey(const Book &book, BookSort sort)
{
    switch (sort) {
    case BookSort::Title:
        return TextChecks::comparisonKey(book.title);
    case BookSort::Author:
        return TextChecks::comparisonKey(book.author);
    case BookSort::Price:
        return double(book.priceCents);
    case BookSort::Created:
        return double(book.createdAtMs);
    }
    return {};
}

bool isTextSort(BookSort sort)
{
    return sort == BookSort::Title || sort == BookSort::Author;
}

QString likePattern(const QString &text)
{
    QString escaped = TextChecks::comparisonKey(text);
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString likeCondition
    = QStringLiteral("(b.title_key LIKE ? ESCAPE '\\' OR b.author_key LIKE ? ESCAPE '\\')");

// The search index's owner token; the SQL expression of migration 3 builds the same characters.
QString ownerSearchToken(qint64 ownerId)
{
    constexpr qint64 base = 4096;
    constexpr char32_t firstPrivateUse = 0xE000;
    const char32_t digits[]
        = {char32_t(firstPrivateUse + (ownerId / (base * base)) % base),
           char32_t(firstPrivateUse + (ownerId / base) % base), char32_t(firstPrivateUse + ownerId % base)};
    return QString::fromUcs4(digits, 3);
}

// The FTS5 query for a search key: the phrase in title or author, and for one owner also that owner's
// token, so that FTS5 intersects the two doclists instead of checking each match's row.
QString matchExpression(qint64 ownerId, const QString &key)
{
    const QString text = QStringLiteral("{title_key author_key} : ")
        + TrigramSearch::phrase(TrigramSearch::indexedPart(key));
    if (ownerId == 0)
        return text;
    return QStringLiteral("owner_tag : ") + TrigramSearch::phrase(ownerSearchToken(ownerId))
        + QStringLiteral(" AND ") + text;
}

Result<qint64> singleNumber(SqlStatement &statement)
{
    if (Status run = statement.execute(); !run)
        return run.error();
    return statement.next() ? statement.int64(0) : 0;
}

// How many books one owner has (ownerId != 0) or all owners have: both are kept counters, no scan.
Result<qint64> countBooks(SqlConnection &connection, qint64 ownerId)
{
    if (ownerId != 0) {
        SqlStatement count(connection, QStringLiteral("SELECT book_count FROM users WHERE id = ?"),
                           "countOwnerBooks");
        count.bind(ownerId);
        return singleNumber(count);
    }
    SqlStatement count(connection, QStringLiteral("SELECT books FROM book_total"), "countAllBooks");
    return singleNumber(count);
}

Result<std::optional<Position>> decodeCursor(const BookQuery &query)
{
    if (query.cursor.isEmpty())
        return std::optional<Position>();
    const std::optional<QJsonArray> cursor = PageCursor::decode(query.cursor);
    const bool wellFormed = cursor && cursor->size() == 3
        && cursor->at(0).toString() == BookSorts::name(query.sort, query.descending)
        && (isTextSort(query.sort) ? cursor->at(1).isString() : WholeNumber::from(cursor->at(1)).has_value())
        && WholeNumber::from(cursor->at(2)).has_value();
    if (!wellFormed)
        return Error::invalidField(
            QStringLiteral("cursor"),
            QStringLiteral(QT_TRANSLATE_NOOP(
                "Error", "The cursor is not valid for this sort order; start again without a cursor.")));
    Position position;
    position.id = *WholeNumber::from(cursor->at(2));
    if (isTextSort(query.sort))
        position.key = cursor->at(1).toString();
    else if (!pagesById(query.sort))
        position.key = *WholeNumber::from(cursor->at(1));
    return std::optional<Position>(position);
}

void addCondition(QString &conditions, const QString &condition)
{
    conditions += (conditions.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
}

void addAfter(Statement &statement, QString &conditions, const BookQuery &query,
              const std::optional<Position> &after)
{
    if (!after)
        return;
    const QString comparison = query.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    if (pagesById(query.sort)) {
        addCondition(conditions, QStringLiteral("b.id") + comparison + QStringLiteral("?"));
    } else {
        addCondition(conditions,
                     QStringLiteral("(") + sortColumn(query.sort) + QStringLiteral(", b.id)") + comparison
                         + QStringLiteral("(?, ?)"));
        statement.values << after->key;
    }
    statement.values << after->id;
}

QString orderBy(const BookQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (pagesById(query.sort))
        return QStringLiteral(" ORDER BY b.id") + direction;
    return QStringLiteral(" ORDER BY ") + sortColumn(query.sort) + direction + QStringLiteral(", b.id")
        + direction;
}

// A page's SELECT of whole rows: the columns, `from` (books as b, users as u), the conditions, the order, and
// `rows` as the LIMIT, bound last.
void selectRows(Statement &statement, const QString &from, const QString &conditions, const BookQuery &query,
                qint64 rows)
{
    statement.sql = BookRows::columns + from + conditions + orderBy(query) + QStringLiteral(" LIMIT ?");
    statement.values << rows;
}

// The owner condition and any text filter, in the WHERE clause (Plan::Scan); also what its count counts.
QString scanConditions(qint64 ownerId, const BookQuery &query, QVariantList &values)
{
    QString conditions;
    if (ownerId != 0) {
        addCondition(conditions, QStringLiteral("b.owner_id = ?"));
        values << ownerId;
    }
    if (!query.text.isEmpty()) {
        addCondition(conditions, likeCondition);
        values << likePattern(query.text) << likePattern(query.text);
    }
    return conditions;
}

Statement scanStatement(qint64 ownerId, const BookQuery &query, const std::optional<Position> &after,
                        qint64 rows)
{
    Statement statement;
    QString conditions = scanConditions(ownerId, query, statement.values);
    addAfter(statement, conditions, query, after);
    selectRows(statement, BookRows::fromBooks, conditions, query, rows);
    return statement;
}

// Each row's id and whether it matches, in sort order: the test is a result column, not a filter, so that
// the walk can count the rows it visits and stop at its budget. A row the search index already listed
// (id <= listedThrough) is tested against that list from the sort index alone: SQLite seeks the table row
// only when a column of it is read (OP_DeferredSeek), which is LIKE's branch alone.
Statement walkStatement(qint64 ownerId, const BookQuery &query, const ListPlan &plan,
                        const std::optional<Position> &after, qint64 budget)
{
    Statement statement;
    const QString pattern = likePattern(query.text);
    statement.values << plan.listedThrough << pattern << pattern << plan.matchIds;
    QString listed = QStringLiteral("b.id IN (SELECT value FROM json_each(?))");
    if (plan.verify) {
        listed += QStringLiteral(" AND ") + likeCondition;
        statement.values << pattern << pattern;
    }
    QString conditions;
    if (ownerId != 0) {
        addCondition(conditions, QStringLiteral("b.owner_id = ?"));
        statement.values << ownerId;
    }
    addAfter(statement, conditions, query, after);
    statement.sql = QStringLiteral("SELECT b.id, CASE WHEN b.id > ? THEN ") + likeCondition
        + QStringLiteral(" ELSE ") + listed + QStringLiteral(" END FROM books b") + conditions
        + orderBy(query) + QStringLiteral(" LIMIT ?");
    statement.values << budget;
    return statement;
}

// ListPlan::filterOwner and ListPlan::verify as conditions on b, for statements over the index's matches.
void addMatchConditions(Statement &statement, QString &conditions, const ListPlan &plan,
                        const BookQuery &query)
{
    if (plan.filterOwner != 0) {
        addCondition(conditions, QStringLiteral("b.owner_id = ?"));
        statement.values << plan.filterOwner;
    }
    if (plan.verify) {
        addCondition(conditions, likeCondition);
        statement.values << likePattern(query.text) << likePattern(query.text);
    }
}

// CROSS JOIN keeps the search index outermost: SQLite would otherwise be free to walk books first.
Statement fetchStatement(const ListPlan &plan, const BookQuery &query, const std::optional<Position> &after,
                         qint64 rows)
{
    Statement statement;
    QString conditions;
    addCondition(conditions, QStringLiteral("books_search MATCH ?"));
    statement.values << plan.match;
    addMatchConditions(statement, conditions, plan, query);
    addAfter(statement, conditions, query, after);
    selectRows(statement,
               QStringLiteral(" FROM books_search CROSS JOIN books b ON b.id = books_search.rowid"
                              " JOIN users u ON u.id = b.owner_id"),
               conditions, query, rows);
    return statement;
}

// Plan::IndexOrder: ORDER BY the search table's rowid is answered by FTS5 itself (no sort step).
Statement indexOrderStatement(const ListPlan &plan, const BookQuery &query, qint64 rows)
{
    Statement statement;
    QString conditions;
    addCondition(conditions, QStringLiteral("books_search MATCH ?"));
    statement.values << plan.match;
    addMatchConditions(statement, conditions, plan, query);
    if (plan.after) {
        addCondition(conditions,
                     QStringLiteral("books_search.rowid")
                         + (query.descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        statement.values << plan.after->id;
    }
    statement.sql = BookRows::columns
        + QStringLiteral(" FROM books_search CROSS JOIN books b ON b.id = books_search.rowid"
                         " JOIN users u ON u.id = b.owner_id")
        + conditions + QStringLiteral(" ORDER BY books_search.rowid")
        + (query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) + QStringLiteral(" LIMIT ?");
    statement.values << rows;
    return statement;
}

// The matches listed by their ids (see ListPlan::matchIds), when they are all of them. The matches are
// sorted as ids and sort keys, and only the page's rows are then read whole with their owner: a sorter of
// narrow records, one owner look-up per row of the page instead of one per match.
Statement fetchByIdsStatement(const ListPlan &plan, const BookQuery &query,
                              const std::optional<Position> &after, qint64 rows)
{
    Statement statement;
    QString conditions;
    statement.values << plan.matchIds;
    addMatchConditions(statement, conditions, plan, query);
    addAfter(statement, conditions, query, after);
    statement.values << rows;
    statement.sql
        = BookRows::columns
        + QStringLiteral(" FROM (SELECT b.id FROM json_each(?) matched CROSS JOIN books b"
                         " ON b.id = matched.value")
        + conditions + orderBy(query)
        + QStringLiteral(
              " LIMIT ?) page CROSS JOIN books b ON b.id = page.id JOIN users u ON u.id = b.owner_id")
        + orderBy(query);
    return statement;
}

struct MatchList
{
    QByteArray ids; // a JSON array, in rowid order
    qint64 count = 0;
    qint64 lastId = 0;
    bool complete = true; // false: there are more than `count` matches, all with larger ids than lastId
};

// The search index's matches in rowid order, at most `most` of them. The index stops as soon as it has them:
// the first thousand matches of "the" take a fraction of a millisecond at a million books, all of them 60.
Result<MatchList> listMatchIds(SqlConnection &connection, const QString &match, qint64 most)
{
    SqlStatement find(connection,
                      QStringLiteral("SELECT rowid FROM books_search WHERE books_search MATCH ? LIMIT ?"),
                      "listBookMatches");
    find.bind(match).bind(most + 1);
    if (Status run = find.execute(); !run)
        return run.error();
    MatchList list;
    list.ids = "[";
    while (find.next()) {
        if (list.count == most) {
            list.complete = false;
            break;
        }
        if (list.count++ > 0)
            list.ids += ',';
        list.lastId = find.int64(0);
        list.ids += QByteArray::number(list.lastId);
    }
    list.ids += ']';
    return list;
}

// The smallest and largest book id: matches listed up to an id tell how many there are overall, if the
// ids of matching books spread over that range like those of all books.
Result<std::pair<qint64, qint64>> idRange(SqlConnection &connection)
{
    // Two subqueries: SQLite answers a lone MIN() or MAX() from one end of the b-tree, both in one SELECT by
    // reading every row.
    SqlStatement range(connection,
                       QStringLiteral("SELECT COALESCE((SELECT MIN(id) FROM books), 0),"
                                      " COALESCE((SELECT MAX(id) FROM books), 0)"),
                       "bookIdRange");
    if (Status run = range.execute(); !run)
        return run.error();
    if (!range.next())
        return std::pair<qint64, qint64>(0, 0);
    return std::pair(range.int64(0), range.int64(1));
}

// The total of a search whose listed matches are not all kept (ListPlan::filterOwner, ListPlan::verify): the
// rows kept, up to countLimit + 1, among the listed ones if they are all, else among all the index finds.
Result<qint64> countKept(SqlConnection &connection, const ListPlan &plan, const BookQuery &query,
                         bool listedAll)
{
    if (listedAll && !plan.verify) {
        // Only the owner to check: books_owner holds (owner_id, id), a tenth of the table's bytes, so each
        // listed id is looked up there instead of on a table page of its own.
        SqlStatement count(
            connection,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM json_each(?) matched WHERE EXISTS"
                           " (SELECT 1 FROM books b INDEXED BY books_owner"
                           " WHERE b.owner_id = ? AND b.id = matched.value) LIMIT ?)"),
            "countListedOwnBookMatches");
        count.bind(plan.matchIds).bind(plan.filterOwner).bind(query.countLimit + 1);
        return singleNumber(count);
    }
    Statement statement;
    QString conditions;
    statement.values << (listedAll ? plan.matchIds : plan.match);
    if (!listedAll)
        addCondition(conditions, QStringLiteral("books_search MATCH ?"));
    addMatchConditions(statement, conditions, plan, query);
    statement.values << query.countLimit + 1;
    SqlStatement count(connection,
                       (listedAll
                            ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM json_each(?) matched"
                                             " CROSS JOIN books b ON b.id = matched.value")
                            : QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM books_search CROSS JOIN"
                                             " books b ON b.id = books_search.rowid"))
                           + conditions + QStringLiteral(" LIMIT ?) AS matching"),
                       listedAll ? "countListedBookMatchesKept" : "countBookMatchesKept");
    for (const QVariant &value : statement.values)
        count.bind(value);
    return singleNumber(count);
}

// Chooses the plan for a text the trigram index can answer. The index lists the matches' ids in rowid order,
// at most TrigramSearch::mostMatchesToList; their number is the total up to the query's countLimit. Then:
// - all listed, few: their rows are read by id and sorted (Fetch);
// - all listed, many: the sort order's index is walked and each id looked up in the list (Walk);
// - more than listed: the walk looks up ids up to the last one listed, and tests later rows with LIKE; the
//   rate at which the index found matches estimates how many rows the walk visits.
Result<ListPlan> planList(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    ListPlan plan;
    const Result<std::optional<Position>> after = decodeCursor(query);
    if (!after)
        return after.error();
    plan.after = after.value();
    const QString key = TextChecks::comparisonKey(query.text);
    // PostgreSQL answers the Scan's LIKE '%text%' from pg_trgm's indexes on the keys (migration 3), and its
    // planner weighs them against the sort order's index itself.
    if (!TrigramSearch::canAnswer(key) || connection.isPostgresql())
        return plan;
    const Result<qint64> population = countBooks(connection, ownerId);
    if (!population)
        return population.error();
    if (ownerId != 0) {
        // A phrase costs FTS5 the length of its trigrams' doclists, which grow with every owner's books
        // (1-15 ms at a million, even for an owner with 500); reading this owner's rows costs a few
        // microseconds each. An owner with at most 1/500 of all books is read row by row.
        const Result<qint64> allBooks = countBooks(connection, 0);
        if (!allBooks)
            return allBooks.error();
        constexpr qint64 rowsPerPhrase = 500;
        if (population.value() * rowsPerPhrase <= allBooks.value())
            return plan;
    }

    // The owner's token narrows the index's answer, but FTS5 reads its doclist, as long as the owner's
    // books: 10-15 ms at a million for an owner of half of them, where the phrase alone takes 1-3 ms and the
    // rows it finds are checked for their owner. An owner of at least an eighth of all books is filtered
    // that way.
    constexpr qint64 shareFilteredByRow = 8;
    qint64 searched = population.value(); // the books the index's answer comes from
    if (ownerId != 0) {
        const Result<qint64> allBooks = countBooks(connection, 0);
        if (!allBooks)
            return allBooks.error();
        if (population.value() * shareFilteredByRow >= allBooks.value()) {
            plan.filterOwner = ownerId;
            searched = allBooks.value();
        }
    }
    plan.match = matchExpression(plan.filterOwner != 0 ? 0 : ownerId, key);
    plan.verify = TrigramSearch::indexedPart(key) != key;
    const qint64 countLimit = query.countLimit;
    const Result<MatchList> listed = listMatchIds(
        connection, plan.match, std::max(countLimit + 1, TrigramSearch::mostMatchesToList(searched)));
    if (!listed)
        return listed.error();
    plan.matchIds = QString::fromLatin1(listed->ids);
    plan.listedThrough = listed->complete ? std::numeric_limits<qint64>::max() : listed->lastId;

    qint64 matches = listed->count; // those found; with !complete, a lower bound
    bool counted = listed->complete;
    if (plan.verify || plan.filterOwner != 0) {
        // Kept among those listed; when they are not all and fewer than the bound are kept, among all.
        Result<qint64> kept = countKept(connection, plan, query, true);
        if (kept && !listed->complete && kept.value() <= countLimit)
            kept = countKept(connection, plan, query, false);
        if (!kept)
            return kept.error();
        matches = kept.value();
        counted = true;
    }
    plan.totalExact = counted && matches <= countLimit;
    plan.total = plan.totalExact ? matches : countLimit;

    qint64 estimated = listed->count; // of the index's answer
    if (!listed->complete) {
        const Result<std::pair<qint64, qint64>> ids = idRange(connection);
        if (!ids)
            return ids.error();
        const auto [first, last] = ids.value();
        estimated = qint64(double(listed->count) * double(last - first + 1)
                           / double(std::max<qint64>(1, listed->lastId - first + 1)));
    }
    if (pagesById(query.sort) && !plan.verify) {
        plan.plan = Plan::IndexOrder;
        return plan;
    }
    // Walk and fetch both weigh the index's answer against the books it comes from: an owner filtered by
    // row keeps a share of both.
    if (listed->complete && !TrigramSearch::walkListedBeatsFetch(listed->count, searched, query.limit)) {
        plan.plan = Plan::Fetch;
        return plan;
    }
    plan.plan = Plan::Walk;
    plan.budget = TrigramSearch::walkBudget(std::max<qint64>(estimated, 1), searched, query.limit);
    return plan;
}

Statement firstStatement(qint64 ownerId, const BookQuery &query, const ListPlan &plan)
{
    switch (plan.plan) {
    case Plan::Scan:
        break;
    case Plan::Walk:
        return walkStatement(ownerId, query, plan, plan.after, plan.budget);
    case Plan::Fetch:
        return fetchByIdsStatement(plan, query, plan.after, query.limit + 1);
    case Plan::IndexOrder:
        return indexOrderStatement(plan, query, query.limit + 1);
    }
    return scanStatement(ownerId, query, plan.after, query.limit + 1);
}

Status readBooks(SqlConnection &connection, const Statement &statement, QList<Book> &books)
{
    SqlStatement select(connection, statement.sql, "listBooks");
    for (const QVariant &value : statement.values)
        select.bind(value);
    if (Status run = select.execute(); !run)
        return run;
    while (select.next())
        books.append(BookRows::readRow(select));
    return {};
}

// The position of one book in the query's sort order.
Result<Position> positionOf(SqlConnection &connection, qint64 id, BookSort sort)
{
    Position position;
    position.id = id;
    if (pagesById(sort))
        return position;
    SqlStatement find(connection,
                      QStringLiteral("SELECT ") + sortColumn(sort)
                          + QStringLiteral(" FROM books b WHERE b.id = ?"),
                      "findBookSortKey");
    find.bind(id);
    if (Status run = find.execute(); !run)
        return run.error();
    if (find.next())
        position.key = find.value(0);
    return position;
}

// Plan::Walk: visits at most the budget's rows in sort order and keeps the matching ones; if the budget
// runs out first, the matches sit elsewhere in the order than the count suggested, and the rest of the
// page comes from the search index, after the last row visited.
Status readWalk(SqlConnection &connection, qint64 ownerId, const BookQuery &query, const ListPlan &plan,
                QList<Book> &books)
{
    QList<qint64> hits;
    qint64 visited = 0;
    qint64 lastVisited = 0;
    {
        const Statement walk = walkStatement(ownerId, query, plan, plan.after, plan.budget);
        SqlStatement select(connection, walk.sql, "walkBooks");
        for (const QVariant &value : walk.values)
            select.bind(value);
        if (Status run = select.execute(); !run)
            return run;
        while (hits.size() <= query.limit && select.next()) {
            ++visited;
            lastVisited = select.int64(0);
            if (select.int64(1) != 0)
                hits << lastVisited;
        }
    }
    for (qint64 id : hits) {
        const Result<std::optional<Book>> book = findById(connection, id);
        if (!book)
            return book.error();
        if (book.value())
            books << *book.value();
    }
    if (hits.size() > query.limit || visited < plan.budget)
        return {}; // the page is full, or the walk reached the end of the order
    const Result<Position> last = positionOf(connection, lastVisited, query.sort);
    if (!last)
        return last.error();
    const qint64 rows = query.limit + 1 - hits.size();
    return readBooks(connection,
                     plan.listedThrough == std::numeric_limits<qint64>::max()
                         ? fetchByIdsStatement(plan, query, last.value(), rows)
                         : fetchStatement(plan, query, last.value(), rows),
                     books);
}
} // namespace

Result<BookPage> list(SqlConnection &connection, qint64 ownerId, const BookQuery &requested)
{
    BookQuery query = requested;
    query.countLimit = std::max<qint64>(query.countLimit, 1);
    const Result<ListPlan> plan = planList(connection, ownerId, query);
    if (!plan)
        return plan.error();

    BookPage page;
    const Status read = plan->plan == Plan::Walk
        ? readWalk(connection, ownerId, query, plan.value(), page.items)
        : readBooks(connection, firstStatement(ownerId, query, plan.value()), page.items);
    if (!read)
        return read.error();
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        const Book &last = page.items.constLast();
        page.nextCursor = PageCursor::encode(QJsonArray {BookSorts::name(query.sort, query.descending),
                                                         sortKey(last, query.sort), double(last.id)});
    }

    if (plan->total) {
        page.total = *plan->total;
        page.totalExact = plan->totalExact;
    } else if (query.cursor.isEmpty() && page.nextCursor.isEmpty()) {
        // A first page that is not full holds everything: its size is the total (a search's up to its bound).
        page.total = page.items.size();
        if (!query.text.isEmpty() && page.total > query.countLimit) {
            page.total = query.countLimit;
            page.totalExact = false;
        }
    } else if (query.text.isEmpty()) {
        // Without a text filter the total is a kept counter, so it costs nothing per page.
        const Result<qint64> total = countBooks(connection, ownerId);
        if (!total)
            return total.error();
        page.total = total.value();
    } else {
        // One or two characters, or an owner with few books: counting tests candidate rows with LIKE until
        // countLimit + 1 match (all of them: 250-400 ms at a million books, docs/performance.md). An owner's
        // rows are read in id order, neighbours sharing table pages: left to itself SQLite picks another
        // index on owner_id and reads them in price order, a page each (3.6 s instead of 0.76 s for an
        // owner with 500k books).
        QVariantList values;
        const QString conditions = scanConditions(ownerId, query, values);
        SqlStatement total(connection,
                           QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM books b")
                               + (ownerId != 0 && !connection.isPostgresql()
                                      ? QStringLiteral(" INDEXED BY books_owner")
                                      : QString())
                               + conditions + QStringLiteral(" LIMIT ?) AS matching"),
                           "countBooksMatching");
        for (const QVariant &value : values)
            total.bind(value);
        total.bind(query.countLimit + 1);
        const Result<qint64> counted = singleNumber(total);
        if (!counted)
            return counted.error();
        page.totalExact = counted.value() <= query.countLimit;
        page.total = page.totalExact ? counted.value() : query.countLimit;
    }
    return page;
}

Result<QStringList> explainList(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const Result<ListPlan> plan = planList(connection, ownerId, query);
    if (!plan)
        return plan.error();
    const Statement statement = firstStatement(ownerId, query, plan.value());
    return connection.queryPlan(statement.sql, statement.values);
}

} // namespace BookRepository
