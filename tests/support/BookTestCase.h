#pragma once

#include "BackendFixture.h"
#include "books/Book.h"
#include "books/BookQuery.h"
#include "users/Actor.h"
#include "users/User.h"

#include <QObject>

#include <memory>

class BookService;

// The base of the book tests (tst_bookservice, tst_booksearch): before every test function a new
// BackendFixture and the accounts "ann", "bob" (users) and "root" (an administrator); after it, nothing left.
class BookTestCase : public QObject
{
    Q_OBJECT

protected:
    // A book of Le Guin's published by Ace unless told otherwise.
    static BookDraft draft(const QString &title, const QString &author = QStringLiteral("Ursula K. Le Guin"),
                           qint64 priceCents = 1299);

    // Data rows "sort" (every order, each direction once) × "ownBooks" (one owner's, or everyone's).
    static void addSortRows();

    // `books` in the order a list with `query`'s sort returns them, as docs/api.md describes it: titles and
    // authors case-folded, ties by id; "created" is the order books were added (their ids).
    static QList<Book> sortedAsListed(QList<Book> books, const BookQuery &query);

    BookService &books();
    Actor ann() const { return Actor::forUser(m_ann); }
    Actor bob() const { return Actor::forUser(m_bob); }
    Actor root() const { return Actor::forUser(m_root); }
    // Creates the book (a failed creation fails the test) and returns it.
    Book create(const Actor &actor, const BookDraft &book);

    std::unique_ptr<BackendFixture> m_fixture;
    User m_ann;
    User m_bob;
    User m_root;

private slots:
    void init();
    void cleanup();
};
