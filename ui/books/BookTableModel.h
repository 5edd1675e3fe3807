#pragma once

#include "books/Book.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

class BookService;
struct User;
class UserService;

// Every book of every owner (BookService::list as the desktop administrator, page by page), kept current
// from the change signals of BookService and UserService (an account's books go with it). Like
// UserTableModel, changes are coalesced for a moment and applied row by row, never by a reset, so a REST
// client creating hundreds of books a second neither freezes the view nor loses its selection.
class BookTableModel : public QAbstractTableModel
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
        SortRole = Qt::UserRole + 1,
        IdRole,
        OwnerPublicIdRole,
    };

    static constexpr int coalescingMs = 100;

    BookTableModel(BookService &books, UserService &users, QObject *parent = nullptr);

    // Reads every book again and applies the differences row by row.
    Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Book &bookAt(int row) const { return m_books.at(row); }
    std::optional<Book> book(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    // Applies an outcome the GUI already holds (its own write), without waiting for the change signal.
    void applyChanged(const Book &book);
    void applyRemoved(const Book &book);

    void retranslate();

    // The price in the current locale's currency, from exact cents.
    static QString formatPrice(qint64 cents);

signals:
    void changesApplied();

private:
    void scheduleFlush();
    void flush();
    void noteChanged(const Book &book);
    void noteRemoved(const Book &book);
    void noteOwnerRemoved(const User &owner);
    void rebuildIndex();

    BookService &m_service;
    QList<Book> m_books;
    QHash<qint64, int> m_rowById;

    QHash<qint64, std::optional<Book>> m_pending; // a book to show, or std::nullopt for one that went
    QSet<QString> m_removedOwners; // accounts deleted with all their books
    QTimer m_flushTimer;
};
