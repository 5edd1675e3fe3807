#include "books/BookRows.h"

#include "storage/SqlStatement.h"

namespace BookRows {

const QString columns = QStringLiteral(
    "SELECT b.id, b.owner_id, u.public_id, u.username, b.title, b.author, b.publisher, b.price_cents, b.isbn,"
    " b.year, b.created_at, b.updated_at, b.version");
const QString fromBooks = QStringLiteral(" FROM books b JOIN users u ON u.id = b.owner_id");

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

} // namespace BookRows
