#pragma once

#include "books/Book.h"

#include <QList>
#include <QString>

#include <optional>

enum class BookSort { Title, Author, Price, Created };

namespace BookSorts {
// "title", "author", "price", "created"; a leading '-' sorts descending ("-price").
QString name(BookSort sort, bool descending = false);
bool fromName(const QString &name, BookSort *sort, bool *descending);
} // namespace BookSorts

struct BookQuery
{
    // Whose books: empty means the actor's own for users and everyone's for administrators.
    QString ownerPublicId;
    QString text; // matches anywhere in title or author, case-insensitively
    BookSort sort = BookSort::Title;
    bool descending = false;
    int limit = 20; // 1–100
    QString cursor;
};

struct BookPage
{
    QList<Book> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // books matching the query, on all pages
};
