#pragma once

#include "BookDeletionJob.h"
#include "TableTab.h"
#include "books/Book.h"

#include <QList>
#include <QPointer>
#include <QProgressDialog>

#include <optional>

class AccountChooser;
class BookFilterProxyModel;
class BookService;
class BookTableModel;
class Clock;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class UserTableModel;

// The Books tab: every owner's books (the administrator's view), narrowed by owner and by text in the
// title or author, with add, edit (a stale edit is detected, see BookDialog) and delete of several books at
// once (off the GUI thread, with progress and Cancel).
class BooksTab : public TableTab
{
    Q_OBJECT

public:
    BooksTab(BookService &books, const Clock &clock, BookTableModel &model, UserTableModel &users,
             QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;

    BookTableModel &model() const { return m_model; }
    QComboBox *ownerFilter() const;
    QLineEdit *searchField() const { return m_search; }
    QList<Book> selectedBooks() const;
    std::optional<Book> currentBook() const;
    bool selectBook(qint64 id);

    QAction *addBookAction() const { return m_add; }
    QAction *editBookAction() const { return m_edit; }
    QAction *deleteBooksAction() const { return m_delete; }
    BookDeletionJob *runningDeletion() const { return m_deletion; }

public slots:
    void addBook();
    void editBook();
    void deleteBooks();

protected:
    QString countText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void updateActions() override;

private:
    void buildFilters();
    void buildTable();
    void buildActions();
    void startDeletion(const QList<Book> &books);

    BookService &m_books;
    const Clock &m_clock;
    BookTableModel &m_model;
    UserTableModel &m_users;
    BookFilterProxyModel *m_proxy;

    AccountChooser *m_owner = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QPointer<BookDeletionJob> m_deletion;
    QPointer<QProgressDialog> m_progress;
};
