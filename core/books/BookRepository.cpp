#include "books/BookRepository.h"

#include "common/PageCursor.h"
#include "common/TextChecks.h"
#include "common/WholeNumber.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>

namespace BookRepository {

namespace {
const QString selectBooks = QStringLiteral(
    "SELECT b.id, b.owner_id, u.public_id, u.username, b.title, b.author, b.publisher, b.price_cents, b.isbn,"
    " b.year, b.created_at, b.updated_at, b.version FROM books b JOIN users u ON u.id = b.owner_id");

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
        return QStringLiteral("b.created_at");
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
// One page's SELECT: SQL assembled from fixed fragments only, and the values to bind in order.
struct ListStatement
{
    QString sql;
    QVariantList values;
    QString filterConditions; // the WHERE clause without the cursor, for counting
    QVariantList filterValues;
};

Result<ListStatement> listStatement(qint64 ownerId, const BookQuery &query)
{
    const QString column = sortColumn(query.sort);
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
    if (ownerId != 0) {
        addCondition(QStringLiteral("b.owner_id = ?"));
        statement.values << ownerId;
    }
    if (!query.text.isEmpty()) {
        addCondition(QStringLiteral("(b.title_key LIKE ? ESCAPE '\\' OR b.author_key LIKE ? ESCAPE '\\')"));
        statement.values << likePattern(query.text) << likePattern(query.text);
    }
    statement.filterConditions = conditions;
    statement.filterValues = statement.values;
    if (cursor) {
        addCondition(QStringLiteral("(") + column + QStringLiteral(", b.id)") + comparison
                     + QStringLiteral("(?, ?)"));
        if (isTextSort(query.sort))
            statement.values << cursor->at(1).toString();
        else
            statement.values << *WholeNumber::from(cursor->at(1));
        statement.values << *WholeNumber::from(cursor->at(2));
    }
    statement.values << query.limit + 1;
    statement.sql = selectBooks + conditions + QStringLiteral(" ORDER BY ") + column + direction
        + QStringLiteral(", b.id") + direction + QStringLiteral(" LIMIT ?");
    return statement;
}
} // namespace

Result<BookPage> list(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const Result<ListStatement> statement = listStatement(ownerId, query);
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

    // A first page that is not full holds everything: its size is the total.
    if (query.cursor.isEmpty() && page.nextCursor.isEmpty()) {
        page.total = page.items.size();
    } else if (query.text.isEmpty()) {
        // Without a text filter the total comes from the per-user counters, so it costs nothing per page.
        SqlStatement total(connection,
                           ownerId != 0 ? QStringLiteral("SELECT book_count FROM users WHERE id = ?")
                                        : QStringLiteral("SELECT COALESCE(SUM(book_count), 0) FROM users"),
                           "countBooks");
        if (ownerId != 0)
            total.bind(ownerId);
        if (Status run = total.execute(); !run)
            return run.error();
        page.total = total.next() ? total.int64(0) : 0;
    } else {
        SqlStatement total(connection,
                           QStringLiteral("SELECT COUNT(*) FROM books b") + statement->filterConditions,
                           "countBooksMatching");
        for (const QVariant &value : statement->filterValues)
            total.bind(value);
        if (Status run = total.execute(); !run)
            return run.error();
        page.total = total.next() ? total.int64(0) : 0;
    }
    return page;
}

Result<QStringList> explainList(SqlConnection &connection, qint64 ownerId, const BookQuery &query)
{
    const Result<ListStatement> statement = listStatement(ownerId, query);
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
