#pragma once

#include "books/Book.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class ApiRoutes;

// /api/v1/books and /api/v1/books/{id}: list (keyset pages), create, read, replace, patch, delete, with
// ETag / If-Match for optimistic concurrency.
namespace BookRoutes {

void install(ApiRoutes &routes);

// Reading a book from JSON, shared with the tutorial-compatible POST /book (which names the fields
// "name", "Author", "Publisher" and "book_prize").
enum class Mode { Create, Replace, Patch };
struct FieldNames
{
    QStringList title {QStringLiteral("title")};
    QStringList author {QStringLiteral("author")};
    QStringList publisher {QStringLiteral("publisher")};
    QStringList price {QStringLiteral("price")};
};
struct BookFields
{
    BookChanges changes;
    QString ownerPublicId;
};
// The book a JSON object describes, or an invalid_input error naming each bad field.
Result<BookFields> readBookFields(const QJsonObject &object, Mode mode, const FieldNames &names = {});
BookDraft draftOf(const BookFields &fields);

} // namespace BookRoutes
