#pragma once

#include "KeyedTableModel.h"
#include "books/Book.h"

#include <optional>

class BookService;
class UserService;

// Every book of every owner (BookService::list as the desktop administrator, page by page), kept current
// from the change signals of BookService and UserService (an account's books go with it), coalesced and
// applied row by row (KeyedTableModel), so a REST client creating hundreds of books a second neither freezes
// the view nor loses its selection.
class BookTableModel : public KeyedTableModel<Book, qint64>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        AuthorColumn,
        PublisherColumn,
        OwnerColumn,
        PriceColumn,
        IsbnColumn,
        YearColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = KeyRole,
        OwnerPublicIdRole = FirstOwnRole,
    };

    BookTableModel(BookService &books, UserService &users, QObject *parent = nullptr);

    const Book &bookAt(int row) const { return rowAt(row); }
    std::optional<Book> book(qint64 id) const { return find(id); }

    // The price in the current locale's currency, from exact cents.
    static QString formatPrice(qint64 cents);

protected:
    QStringList columnTitles() const override;
    qint64 keyOf(const Book &book) const override { return book.id; }
    QVariant cellValue(const Book &book, int column, bool sortKey) const override;
    QVariant rowData(const Book &book, int column, int role) const override;
};
