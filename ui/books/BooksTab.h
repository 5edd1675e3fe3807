#pragma once

#include "BookDeletionJob.h"
#include "TableTab.h"
#include "books/Book.h"

#include <QList>
#include <QPointer>
#include <QProgressDialog>

#include <optional>

class AccountChooser;
class BookService;
class BookTableModel;
class Clock;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class UserService;

// The Books tab: every owner's books (the administrator's view, read a page at a time as it scrolls, sorted
// and counted in SQL), narrowed by owner and by text in the title or author, with add, edit (a stale edit is
// detected, see BookDialog) and delete of several books at once (off the GUI thread, with progress and
// Cancel).
class BooksTab : public TableTab
{
    Q_OBJECT

public:
    BooksTab(BookService &books, const Clock &clock, BookTableModel &model, UserService &users,
             QWidget *parent = nullptr);

    void reload() override;

    BookTableModel &model() const { return m_model; }
    QComboBox *ownerFilter() const;
    QLineEdit *searchField() const { return m_search; }
    QList<Book> selectedBooks() const;
    std::optional<Book> currentBook() const;
    bool selectBook(qint64 id);

    BookDeletionJob *runningDeletion() const { return m_deletion; }

public slots:
    void addBook();
    void editBook();
    void deleteBooks();

protected:
    QString countText() const override;
    QString reloadedText() const override;
    QString loadErrorText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void updateActions() override;

private:
    void buildFilters();
    void buildTable();
    void buildActions();
    void startDeletion(const QList<Book> &books);
    void filter(const QString &ownerPublicId, const QString &text);

    BookService &m_books;
    const Clock &m_clock;
    BookTableModel &m_model;
    UserService &m_users;

    AccountChooser *m_owner = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *const m_add = createAction(Icons::Glyph::AddBook, "addBookAction", &BooksTab::addBook);
    QAction *const m_edit = createAction(Icons::Glyph::EditBook, "editBookAction", &BooksTab::editBook);
    QAction *const m_delete
        = createAction(Icons::Glyph::DeleteBooks, "deleteBooksAction", &BooksTab::deleteBooks);
    QPointer<BookDeletionJob> m_deletion;
    QPointer<QProgressDialog> m_progress;
};
