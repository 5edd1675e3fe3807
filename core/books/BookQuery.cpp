#include "books/BookQuery.h"

namespace BookSorts {

QString name(BookSort sort, bool descending)
{
    QString base;
    switch (sort) {
    case BookSort::Title:
        base = QStringLiteral("title");
        break;
    case BookSort::Author:
        base = QStringLiteral("author");
        break;
    case BookSort::Price:
        base = QStringLiteral("price");
        break;
    case BookSort::Created:
        base = QStringLiteral("created");
        break;
    }
    return descending ? QLatin1Char('-') + base : base;
}

bool fromName(const QString &name, BookSort *sort, bool *descending)
{
    const bool desc = name.startsWith(QLatin1Char('-'));
    const QString base = desc ? name.mid(1) : name;
    for (BookSort candidate : {BookSort::Title, BookSort::Author, BookSort::Price, BookSort::Created}) {
        if (base == BookSorts::name(candidate)) {
            *sort = candidate;
            *descending = desc;
            return true;
        }
    }
    return false;
}

} // namespace BookSorts
