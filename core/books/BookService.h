#pragma once

#include "books/Book.h"
#include "books/BookQuery.h"
#include "common/Result.h"
#include "users/Actor.h"

#include <QFuture>
#include <QObject>

#include <optional>

class Clock;
class Database;

// Books and who may touch them: a user sees and changes only their own books (someone else's book is
// "not found", never "forbidden", so ids reveal nothing); an administrator sees and changes all. Titles are
// unique per owner. Updates and deletes may name the version they expect (optimistic concurrency). Reads
// run on the calling thread; writes return futures and emit a signal after they are committed.
class BookService : public QObject
{
    Q_OBJECT

public:
    BookService(Database &database, const Clock &clock, QObject *parent = nullptr);

    Result<Book> get(const Actor &actor, qint64 id);
    Result<BookPage> list(const Actor &actor, const BookQuery &query);

    QFuture<Result<Book>> create(const Actor &actor, const BookDraft &draft);
    // expectedVersion: refuse with ErrorKind::Stale unless the book is still at that version.
    QFuture<Result<Book>> update(const Actor &actor, qint64 id, const BookChanges &changes,
                                 std::optional<qint64> expectedVersion = std::nullopt);
    QFuture<Result<Book>> remove(const Actor &actor, qint64 id,
                                 std::optional<qint64> expectedVersion = std::nullopt);

signals:
    // A deleted user's books go with the account (ON DELETE CASCADE) without a bookDeleted each: listen to
    // UserService::userDeleted for those.
    void bookCreated(const Book &book);
    void bookUpdated(const Book &book);
    void bookDeleted(const Book &book);

private:
    Database &m_database;
    const Clock &m_clock;
};
