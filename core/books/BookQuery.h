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
    // How many matches a search (non-empty text) counts at most. Counting every match of a frequent word
    // reads its whole doclist (35 ms for "the" at a million books), one of one or two letters every row;
    // past this bound the page says "at least" (BookPage::totalExact) and stops counting. The API promises
    // this figure (docs/api.md); only tests pass a smaller countLimit.
    static constexpr qint64 searchCountLimit = 1000;

    // Whose books: empty means the actor's own for users and everyone's for administrators.
    QString ownerPublicId;
    QString text; // matches anywhere in title or author, case-insensitively
    BookSort sort = BookSort::Title;
    bool descending = false;
    int limit = 20; // 1–100
    QString cursor;
    qint64 countLimit = searchCountLimit; // at least 1; lists without text count exactly
};

struct BookPage
{
    QList<Book> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // books matching the query, on all pages; see totalExact
    // False when a search found more than its query's countLimit: total is then that limit, a lower bound.
    bool totalExact = true;
};
