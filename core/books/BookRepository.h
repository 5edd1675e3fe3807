#pragma once

#include "books/Book.h"
#include "books/BookQuery.h"
#include "common/Result.h"

#include <QStringList>

#include <optional>

class SqlConnection;

// The SQL for the books table, and nothing else (BookService has the rules).
namespace BookRepository {

Result<std::optional<Book>> findById(SqlConnection &connection, qint64 id);
// The id of the owner's book with this title (case-insensitively), other than `exceptId`.
Result<std::optional<qint64>> findTitle(SqlConnection &connection, qint64 ownerId, const QString &title,
                                        qint64 exceptId = 0);
// ownerId 0: every owner. The query's cursor and sort must already have been checked by the caller.
Result<BookPage> list(SqlConnection &connection, qint64 ownerId, const BookQuery &query);

// SQLite's plan for list(), one line per step: lets a test prove that paging uses an index, not a scan.
Result<QStringList> explainList(SqlConnection &connection, qint64 ownerId, const BookQuery &query);

Result<qint64> insert(SqlConnection &connection, qint64 ownerId, const BookDraft &draft, qint64 nowMs);
// Changes the row only if it is still at `expectedVersion`; returns false when it was not.
Result<bool> update(SqlConnection &connection, qint64 id, const BookDraft &draft, qint64 expectedVersion,
                    qint64 nowMs);
Status remove(SqlConnection &connection, qint64 id);

} // namespace BookRepository
