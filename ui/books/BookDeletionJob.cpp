#include "BookDeletionJob.h"

#include "books/BookService.h"

BookDeletionJob::BookDeletionJob(BookService &service, QList<Book> books, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_books(std::move(books))
    , m_actor(Actor::desktopAdministrator())
{ }

void BookDeletionJob::start()
{
    sendMore();
}

void BookDeletionJob::cancel()
{
    m_cancelled = true;
    sendMore();
}

void BookDeletionJob::sendMore()
{
    // A delete that is already done when its continuation is attached reports back at once, from inside
    // this loop: the outer call carries on instead of recursing once per book.
    if (m_sending)
        return;
    m_sending = true;
    while (!m_cancelled && m_inFlight < maximumInFlight && m_next < m_books.size()) {
        const Book book = m_books.at(m_next++);
        ++m_inFlight;
        m_service.remove(m_actor, book.id, book.version)
            .then(this, [this, book](const Result<Book> &removed) {
                --m_inFlight;
                ++m_finished;
                if (removed) {
                    ++m_deleted;
                    emit bookDeleted(removed.value());
                } else if (removed.error().kind() == ErrorKind::NotFound) {
                    ++m_deleted; // someone else deleted it first: what the user wanted has happened
                } else {
                    m_failures << tr("“%1”: %2").arg(book.title, removed.error().localizedMessage());
                }
                emit progressed(m_finished, total());
                sendMore();
            });
    }
    m_sending = false;
    if (!m_done && m_inFlight == 0 && (m_cancelled || m_next >= m_books.size())) {
        m_done = true;
        emit finished();
    }
}
