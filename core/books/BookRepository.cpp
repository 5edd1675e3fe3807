#include "books/BookRepository.h"

#include "common/PageCursor.h"
#include "common/TextChecks.h"
#include "common/WholeNumber.h"
#include "storage/SqlStatement.h"
#include "storage/TrigramSearch.h"

#include <QJsonArray>

namespace BookRepository {

namespace {
const QString bookColumns = QStringLiteral(
    "SELECT b.id, b.owner_id, u.public_id, u.username, b.title, b.author, b.publisher, b.price_cents, b.isbn,"
    " b.year, b.created_at, b.updated_at, b.version");
const QString fromBooks = QStringLiteral(" FROM books b JOIN users u ON u.id = b.owner_id");
const QString selectBooks = bookColumns + fromBooks;

Book readRow(const SqlStatement &row)
{
    Book book;
    book.id = row.int64(0);
    book.ownerId = row.int64(1);
    book.ownerPublicId = row.text(2);
    book.ownerName = row.text(3);
    book.title = row.text(4);
    book.author = row.text(5);
    book.publisher = row.text(6);
    book.priceCents = row.int64(7);
    book.isbn = row.isNull(8) ? QString() : row.text(8);
    if (!row.isNull(9))
        book.year = int(row.int64(9));
    book.createdAtMs = row.int64(10);
    book.updatedAtMs = row.int64(11);
    book.version = row.int64(12);
    return book;
}

// The column each sort order pages on; (column, id) is unique, so the order is total.
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
        return QStringLiteral("b.id"); // see pagesById()
    }
    return QStringLiteral("b.title_key");
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

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant yearValue(const std::optional<int> &year)
{
    return year ? QVariant(*year) : QVariant();
}
} // namespace

Result<std::optional<Book>> findById(SqlConnection &connection, qint64 id)
{
    SqlStatement find(connection, selectBooks + QStringLiteral(" WHERE b.id = ?"), "findBookById");
    find.bind(id);
    if (Status run = find.execute(); !run)
        return run.error();
    if (!find.next())
        return std::optional<Book>();
    return std::optional<Book>(readRow(find));
}

Result<std::optional<qint64>> findTitle(SqlConnection &connection, qint64 ownerId, const QString &title,
                                        qint64 exceptId)
{
    SqlStatement find(connection,
                      QStringLiteral("SELECT id FROM books WHERE owner_id = ? AND title_key = ? AND id <> ?"),
                      "findBookTitle");
    find.bind(ownerId).bind(TextChecks::comparisonKey(title)).bind(exceptId);
    if (Status run = find.execute(); !run)
        return run.error();
    if (!find.next())
        return std::optional<qint64>();
    return std::optional<qint64>(find.int64(0));
}

namespace {
// "created" pages in id order. An INTEGER PRIMARY KEY without AUTOINCREMENT is handed out as the largest id
// + 1 and created_at is the time of the insert, so both orders agree unless the wall clock was set back
// between two inserts (then the id order is the order in which the books really arrived). The id order
// needs no index of its own; the cursor keeps its created_at, which is no longer compared, so cursors
// handed out before stay valid.
bool pagesById(BookSort sort)
{
    return sort == BookSort::Created;
}

// The search index's owner token; the SQL expression of migration 3 builds the same characters.
QString ownerSearchToken(qint64 ownerId)
{
    constexpr qint64 base = 4096;
    constexpr char32_t firstPrivateUse = 0xE000;
    const char32_t digits[] = {char32_t(firstPrivateUse + (ownerId / (base * base)) % base),
                               char32_t(firstPrivateUse + (ownerId / base) % base),
                               char32_t(firstPrivateUse + ownerId % base)};
    return QString::fromUcs4(digits, 3);
}

// The FTS5 query for a search key: the phrase in title or author, and for one owner also that owner's
// token, so that FTS5 intersects the two doclists instead of checking each match's row.
QString matchExpression(qint64 ownerId, const QString &key)
{
    const QString text = QStringLiteral("{title_key author_key} : ") + TrigramSearch::phrase(key);
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

// One page's SELECT: SQL assembled from fixed fragments only, and the values to bind in order.
struct ListStatement
{
    QString sql;
    QVariantList values;
    std::optional<qint64> total; // known before the page is read when the search index counted it
    QString countSql; // else, when a text filter applies: what counts the matches (a scan)
    QVariantList countValues;
};

Result<ListStatement> listStatement(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString comparison = query.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");

    std::optional<QJsonArray> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = PageCursor::decode(query.cursor);
        const bool wellFormed = cursor && cursor->size() == 3
            && cursor->at(0).toString() == BookSorts::name(query.sort, query.descending)
            && (isTextSort(query.sort) ? cursor->at(1).isString()
                                       : WholeNumber::from(cursor->at(1)).has_value())
            && WholeNumber::from(cursor->at(2)).has_value();
        if (!wellFormed)
            return Error::invalidField(
                QStringLiteral("cursor"),
                QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                                 "The cursor is not valid for this sort order; start again "
                                                 "without a cursor.")));
    }

    ListStatement statement;
    QString conditions;
    auto addCondition = [&conditions](const QString &condition) {
        conditions
            += (conditions.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    };
    const QString key = TextChecks::comparisonKey(query.text);
    const QString likeCondition
        = QStringLiteral("(b.title_key LIKE ? ESCAPE '\\' OR b.author_key LIKE ? ESCAPE '\\')");
    // Two plans for a search the index can answer, chosen by how many books match (docs/ARCHITECTURE.md,
    // "Search"): few, and the matches are fetched by rowid from the index and sorted; many, and the sort
    // order's index is walked and each row tested with LIKE, which is exact and stops when the page is full.
    bool fetchMatches = false;
    if (TrigramSearch::canAnswer(key)) {
        const QString match = matchExpression(ownerId, key);
        SqlStatement count(connection,
                           QStringLiteral("SELECT COUNT(*) FROM books_search WHERE books_search MATCH ?"),
                           "countBookMatches");
        count.bind(match);
        const Result<qint64> matches = singleNumber(count);
        if (!matches)
            return matches.error();
        const Result<qint64> population = countBooks(connection, ownerId);
        if (!population)
            return population.error();
        statement.total = matches.value();
        fetchMatches = !TrigramSearch::walkSortIndex(matches.value(), population.value(), query.limit);
        if (fetchMatches) {
            addCondition(QStringLiteral("books_search MATCH ?"));
            statement.values << match;
        }
    }
    if (!fetchMatches) {
        if (ownerId != 0) {
            addCondition(QStringLiteral("b.owner_id = ?"));
            statement.values << ownerId;
        }
        // Texts of one or two characters have no trigram: LIKE alone answers them, and counting them
        // reads every candidate row.
        if (!key.isEmpty()) {
            addCondition(likeCondition);
            statement.values << likePattern(query.text) << likePattern(query.text);
        }
        if (!key.isEmpty() && !statement.total) {
            statement.countSql = QStringLiteral("SELECT COUNT(*) FROM books b") + conditions;
            statement.countValues = statement.values;
        }
    }

    QString order;
    if (pagesById(query.sort)) {
        if (cursor) {
            addCondition(QStringLiteral("b.id") + comparison + QStringLiteral("?"));
            statement.values << *WholeNumber::from(cursor->at(2));
        }
        order = QStringLiteral("b.id") + direction;
    } else {
        const QString column = sortColumn(query.sort);
        if (cursor) {
            addCondition(QStringLiteral("(") + column + QStringLiteral(", b.id)") + comparison
                         + QStringLiteral("(?, ?)"));
            if (isTextSort(query.sort))
                statement.values << cursor->at(1).toString();
            else
                statement.values << *WholeNumber::from(cursor->at(1));
            statement.values << *WholeNumber::from(cursor->at(2));
        }
        order = column + direction + QStringLiteral(", b.id") + direction;
    }
    statement.values << query.limit + 1;
    // CROSS JOIN keeps the search index outermost: SQLite would otherwise be free to walk books first.
    const QString from = fetchMatches ? QStringLiteral(" FROM books_search CROSS JOIN books b"
                                                       " ON b.id = books_search.rowid"
                                                       " JOIN users u ON u.id = b.owner_id")
                                      : fromBooks;
    statement.sql
        = bookColumns + from + conditions + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
    return statement;
}
} // namespace

Result<BookPage> list(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const Result<ListStatement> statement = listStatement(connection, ownerId, query);
    if (!statement)
        return statement.error();

    BookPage page;
    {
        SqlStatement select(connection, statement->sql, "listBooks");
        for (const QVariant &value : statement->values)
            select.bind(value);
        if (Status run = select.execute(); !run)
            return run.error();
        while (select.next())
            page.items.append(readRow(select));
    }
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        const Book &last = page.items.constLast();
        page.nextCursor = PageCursor::encode(QJsonArray {BookSorts::name(query.sort, query.descending),
                                                         sortKey(last, query.sort), double(last.id)});
    }

    if (statement->total) {
        page.total = *statement->total;
    } else if (query.cursor.isEmpty() && page.nextCursor.isEmpty()) {
        // A first page that is not full holds everything: its size is the total.
        page.total = page.items.size();
    } else if (statement->countSql.isEmpty()) {
        // Without a text filter the total is a kept counter, so it costs nothing per page.
        const Result<qint64> total = countBooks(connection, ownerId);
        if (!total)
            return total.error();
        page.total = total.value();
    } else {
        SqlStatement total(connection, statement->countSql, "countBooksMatching");
        for (const QVariant &value : statement->countValues)
            total.bind(value);
        const Result<qint64> counted = singleNumber(total);
        if (!counted)
            return counted.error();
        page.total = counted.value();
    }
    return page;
}

Result<QStringList> explainList(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const Result<ListStatement> statement = listStatement(connection, ownerId, query);
    if (!statement)
        return statement.error();
    SqlStatement explain(connection, QStringLiteral("EXPLAIN QUERY PLAN ") + statement->sql,
                         "explainListBooks");
    for (const QVariant &value : statement->values)
        explain.bind(value);
    if (Status run = explain.execute(); !run)
        return run.error();
    QStringList plan;
    while (explain.next())
        plan << explain.text(3);
    return plan;
}

Result<qint64> insert(SqlConnection &connection, qint64 ownerId, const BookDraft &draft, qint64 nowMs)
{
    SqlStatement insert(
        connection,
        QStringLiteral("INSERT INTO books (owner_id, title, title_key, author, author_key, publisher,"
                       " price_cents, isbn, year, created_at, updated_at, version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        "insertBook");
    insert.bind(ownerId)
        .bind(draft.title)
        .bind(TextChecks::comparisonKey(draft.title))
        .bind(draft.author)
        .bind(TextChecks::comparisonKey(draft.author))
        .bind(draft.publisher)
        .bind(draft.priceCents)
        .bind(nullIfEmpty(draft.isbn))
        .bind(yearValue(draft.year))
        .bind(nowMs)
        .bind(nowMs);
    if (Status run = insert.execute(); !run) {
        if (insert.failedOnUniqueConstraint())
            return Error::conflict(
                ErrorCode::DuplicateTitle,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "There is already a book with this title.")));
        return run.error();
    }
    if (!insert.next())
        return Error::storage(QStringLiteral("The new book's id was not returned."));
    return insert.int64(0);
}

Result<bool> update(SqlConnection &connection, qint64 id, const BookDraft &draft, qint64 expectedVersion,
                    qint64 nowMs)
{
    SqlStatement update(
        connection,
        QStringLiteral("UPDATE books SET title = ?, title_key = ?, author = ?, author_key = ?,"
                       " publisher = ?, price_cents = ?, isbn = ?, year = ?, updated_at = ?,"
                       " version = version + 1 WHERE id = ? AND version = ?"),
        "updateBook");
    update.bind(draft.title)
        .bind(TextChecks::comparisonKey(draft.title))
        .bind(draft.author)
        .bind(TextChecks::comparisonKey(draft.author))
        .bind(draft.publisher)
        .bind(draft.priceCents)
        .bind(nullIfEmpty(draft.isbn))
        .bind(yearValue(draft.year))
        .bind(nowMs)
        .bind(id)
        .bind(expectedVersion);
    if (Status run = update.execute(); !run) {
        if (update.failedOnUniqueConstraint())
            return Error::conflict(
                ErrorCode::DuplicateTitle,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "There is already a book with this title.")));
        return run.error();
    }
    return update.numRowsAffected() == 1;
}

Status remove(SqlConnection &connection, qint64 id)
{
    SqlStatement remove(connection, QStringLiteral("DELETE FROM books WHERE id = ?"), "deleteBook");
    remove.bind(id);
    return remove.execute();
}

} // namespace BookRepository
