#pragma once

#include "BusyDialog.h"
#include "books/Book.h"
#include "common/Result.h"

#include <QList>

#include <optional>

class AccountChooser;
class BookService;
class Clock;
class InlineFieldErrors;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class UserService;

// Adds a book (for an owner chosen here: the desktop administrator owns nothing) or edits one. The price
// is typed as text and read by Money::centsFromText; everything else is checked by core, whose field
// messages appear under the fields. An edit names the version it started from: if someone changed the book
// meanwhile (a REST client, another window), core refuses the stale edit and the dialog offers to reload
// the current version — and says so as soon as the change is seen, before the user even saves.
class BookDialog : public BusyDialog
{
    Q_OBJECT

public:
    // A new book; its owner chosen among `users` (searched as the name is typed), `preferredOwner`
    // preselected (may be empty).
    BookDialog(BookService &books, const Clock &clock, UserService &users, const QString &preferredOwner,
               QWidget *parent = nullptr);
    // An existing book.
    BookDialog(BookService &books, const Clock &clock, const Book &book, QWidget *parent = nullptr);

    bool isEditing() const { return m_book.has_value(); }
    InlineFieldErrors &fieldErrors() { return *m_errors; }
    // The warning shown when the book changed underneath the dialog (empty while there is none).
    QString staleMessage() const;
    QPushButton *reloadButton() const { return m_reload; }

public slots:
    void accept() override;
    // Discards the edits and shows the book as it is now.
    void reloadBook();

signals:
    void bookSaved(const Book &book);

protected:
    void retranslateUi() override;

private:
    BookDialog(BookService &books, const Clock &clock, QWidget *parent);
    void buildUi();
    void buildStaleBanner();
    void buildFields();
    void fillFrom(const Book &book);
    void showStale(const QString &message, bool deleted);
    void noteBookChanged(const Book &book);
    void noteBookDeleted(const Book &book);
    void finish(const Result<Book> &saved);

    BookService &m_books;
    const Clock &m_clock;
    std::optional<Book> m_book; // the version the edit started from
    bool m_deletedMeanwhile = false;

    QFormLayout *m_form = nullptr;
    QFrame *m_staleBanner = nullptr;
    QLabel *m_staleText = nullptr;
    QPushButton *m_reload = nullptr;
    AccountChooser *m_owner = nullptr;
    QLabel *m_ownerName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_isbn = nullptr;
    QSpinBox *m_year = nullptr;
    InlineFieldErrors *m_errors = nullptr;
};
