#pragma once

#include "books/Book.h"
#include "users/Actor.h"

#include <QList>
#include <QObject>
#include <QStringList>

class BookService;

// Deletes a selection of books without ever waiting on the GUI thread: each delete is a write job for the
// writer thread (which commits several in one transaction), a bounded number in flight at a time so that
// Cancel takes effect promptly. Each names the version the user saw, so a book changed meanwhile is left
// alone and reported instead of deleted unseen.
class BookDeletionJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumInFlight = 16;

    BookDeletionJob(BookService &service, QList<Book> books, QObject *parent = nullptr);

    void start();
    // Sends no further deletes; those already sent still finish (and are counted).
    void cancel();

    int total() const { return int(m_books.size()); }
    int finishedCount() const { return m_finished; }
    int deletedCount() const { return m_deleted; }
    bool wasCancelled() const { return m_cancelled; }
    // "“Title”: reason" for each book that was not deleted.
    QStringList failures() const { return m_failures; }

signals:
    void progressed(int finished, int total);
    void bookDeleted(const Book &book);
    void finished();

private:
    void sendMore();

    BookService &m_service;
    QList<Book> m_books;
    Actor m_actor;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_deleted = 0;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_sending = false;
    QStringList m_failures;
};
