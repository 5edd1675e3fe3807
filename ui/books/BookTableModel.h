#pragma once

#include "KeyedTableModel.h"
#include "books/Book.h"
#include "books/BookQuery.h"

#include <optional>

class BookService;
class UserService;

// The books the Books tab asks for (one owner's or everyone's, narrowed to titles and authors containing a
// text, in one of the orders core pages by), read through BookService::list as the desktop administrator a
// page at a time as the view scrolls: a million books cost the GUI a page, not a million rows. Counted in
// SQL, kept current from the change signals of BookService and UserService (an account's books go with
// it), coalesced and applied row by row (KeyedTableModel), so a REST client creating hundreds of books a
// second neither freezes the view nor loses its selection.
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
        AddedColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = KeyRole,
        OwnerPublicIdRole = FirstOwnRole,
    };

    // Rows a page holds: a screen or two, and no more than core pages by.
    static constexpr int pageSize = 100;

    BookTableModel(BookService &books, UserService &users, QObject *parent = nullptr);

    // Narrows the rows to one owner's books (empty: everyone's) containing `text` in title or author, and
    // reads the first page again when that changes.
    void setFilter(const QString &ownerPublicId, const QString &text);
    QString ownerPublicId() const { return m_query.ownerPublicId; }
    QString text() const { return m_query.text; }
    bool isFiltered() const { return !m_query.ownerPublicId.isEmpty() || !m_query.text.isEmpty(); }
    // Every book of every owner, counted in SQL (what "3 of 120 books" counts against).
    qint64 unfilteredCount() const;

    bool canSortBy(int column) const override;

    const Book &bookAt(int row) const { return rowAt(row); }
    std::optional<Book> book(qint64 id) const { return find(id); }

    // The price in the current locale's currency, from exact cents.
    static QString formatPrice(qint64 cents);

protected:
    QStringList columnTitles() const override;
    qint64 keyOf(const Book &book) const override { return book.id; }
    QVariant cellValue(const Book &book, int column, bool sortKey) const override;
    QVariant rowData(const Book &book, int column, int role) const override;
    bool belongsToQuery(const Book &book) const override;
    bool sortsBefore(const Book &a, const Book &b) const override;
    bool applySort(int column, Qt::SortOrder order) override;
    PageSource pageSource() const override;
    CountSource countSource() const override;

private:
    BookService &m_books;
    BookQuery m_query;
};
