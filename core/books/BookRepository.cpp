#include "books/BookRepository.h"

#include "books/BookRows.h"
#include "common/TextChecks.h"
#include "storage/SqlStatement.h"

namespace BookRepository {

namespace {
// A function, not a constant: BookRows' strings live in another translation unit, initialised in no
// particular order relative to this one's constants.
QString selectBooks()
{
    return BookRows::columns + BookRows::fromBooks;
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
    SqlStatement find(connection, selectBooks() + QStringLiteral(" WHERE b.id = ?"), "findBookById");
    find.bind(id);
    if (Status run = find.execute(); !run)
        return run.error();
    if (!find.next())
        return std::optional<Book>();
    return std::optional<Book>(BookRows::readRow(find));
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
