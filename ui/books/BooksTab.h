#pragma once

#include "BookDeletionJob.h"
#include "Icons.h"
#include "WindowTab.h"
#include "books/Book.h"

#include <QList>
#include <QPointer>
#include <QProgressDialog>

#include <optional>

class BookFilterProxyModel;
class BookService;
class BookTableModel;
class Clock;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class UserTableModel;

// The Books tab: every owner's books (the administrator's view), narrowed by owner and by text in the
// title or author, with add, edit (a stale edit is detected, see BookDialog) and delete of several books at
// once (off the GUI thread, with progress and Cancel).
class BooksTab : public WindowTab
{
    Q_OBJECT

public:
    BooksTab(BookService &books, const Clock &clock, BookTableModel &model, UserTableModel &users,
             QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QString settingsKey() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    QTableView *view() const { return m_view; }
    BookTableModel &model() const { return m_model; }
    QComboBox *ownerFilter() const { return m_owner; }
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
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateCount();
    void refreshOwners();
    void startDeletion(const QList<Book> &books);
    QAction *createAction(Icons::Glyph glyph, const char *name);

    BookService &m_books;
    const Clock &m_clock;
    BookTableModel &m_model;
    UserTableModel &m_users;
    BookFilterProxyModel *m_proxy;

    QComboBox *m_owner;
    QLabel *m_ownerLabel;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QMenu *m_menu;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QPointer<BookDeletionJob> m_deletion;
    QPointer<QProgressDialog> m_progress;
};
