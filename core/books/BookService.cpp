#include "books/BookService.h"

#include "books/BookRepository.h"
#include "books/BookRules.h"
#include "common/Clock.h"
#include "common/Futures.h"
#include "common/TextChecks.h"
#include "storage/Database.h"
#include "users/UserRepository.h"
#include "users/UserRules.h"

namespace {
Error bookNotFound()
{
    return Error::notFound(ErrorCode::BookNotFound,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such book.")));
}

Error duplicateTitle()
{
    return Error::conflict(
               ErrorCode::DuplicateTitle,
               QStringLiteral(QT_TRANSLATE_NOOP("Error", "There is already a book with this title.")))
        .withField(
            QStringLiteral("title"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "Its owner already has a book with this title.")));
}

Error staleVersion()
{
    return Error::stale(
        ErrorCode::VersionMismatch,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "The book was changed by someone else in the meantime; reload it and try again.")));
}

// The ownership rule. Someone else's book is reported as missing, so that ids reveal nothing.
bool mayAccess(const Actor &actor, const Book &book)
{
    return actor.isAdmin() || book.ownerId == actor.userId;
}

Result<Book> loadAccessible(SqlConnection &connection, const Actor &actor, qint64 id)
{
    const Result<std::optional<Book>> found = BookRepository::findById(connection, id);
    if (!found)
        return found.error();
    if (!found.value() || !mayAccess(actor, *found.value()))
        return bookNotFound();
    return *found.value();
}

BookDraft applyChanges(const Book &book, const BookChanges &changes)
{
    BookDraft draft;
    draft.title = changes.title.value_or(book.title);
    draft.author = changes.author.value_or(book.author);
    draft.publisher = changes.publisher.value_or(book.publisher);
    draft.priceCents = changes.priceCents.value_or(book.priceCents);
    draft.isbn = changes.isbn.value_or(book.isbn);
    draft.year = changes.year.value_or(book.year);
    return draft;
}
} // namespace

BookService::BookService(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    qRegisterMetaType<Book>();
}

Result<Book> BookService::get(const Actor &actor, qint64 id)
{
    return loadAccessible(m_database.connection(), actor, id);
}

Result<BookPage> BookService::list(const Actor &actor, const BookQuery &query)
{
    if (query.limit < 1 || query.limit > 100)
        return Error::invalidField(
            QStringLiteral("limit"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "The limit must be from 1 to 100.")));
    if (query.text.size() > 200)
        return Error::invalidField(
            QStringLiteral("q"), QStringLiteral(QT_TRANSLATE_NOOP("Error", "The search text is too long.")));
    // No title or author holds one, and SQLite would cut the LIKE pattern at a NUL and match too much.
    if (TextChecks::hasControlCharacters(query.text))
        return Error::invalidField(
            QStringLiteral("q"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "The search text cannot contain control characters.")));
    qint64 ownerId = actor.isAdmin() ? 0 : actor.userId;
    if (!query.ownerPublicId.isEmpty() && query.ownerPublicId != actor.publicId) {
        if (Status allowed = UserRules::checkAdministrator(
                actor, QT_TRANSLATE_NOOP("Error", "Only an administrator can list other users' books."));
            !allowed)
            return allowed.error();
        const Result<std::optional<User>> owner
            = UserRepository::findByPublicId(m_database.connection(), query.ownerPublicId);
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error::invalidField(QStringLiteral("owner"),
                                       QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such user.")));
        ownerId = owner.value()->id;
    } else if (!query.ownerPublicId.isEmpty()) {
        ownerId = actor.userId;
    }
    return BookRepository::list(m_database.connection(), ownerId, query);
}

QFuture<Result<Book>> BookService::create(const Actor &actor, const BookDraft &draft)
{
    const Result<BookDraft> checked = BookRules::check(draft, m_clock.nowMs());
    if (!checked)
        return Futures::ready<Book>(checked.error());
    if (!draft.ownerPublicId.isEmpty() && draft.ownerPublicId != actor.publicId) {
        if (Status allowed = UserRules::checkAdministrator(
                actor, QT_TRANSLATE_NOOP("Error", "Only an administrator can add books for other users."));
            !allowed)
            return Futures::ready<Book>(allowed.error());
    }
    if (draft.ownerPublicId.isEmpty() && actor.isDesktop())
        return Futures::ready<Book>(
            Error::invalidField(QStringLiteral("owner"),
                                QStringLiteral(QT_TRANSLATE_NOOP("Error", "Choose whose book this is."))));

    const BookDraft book = checked.value();
    return m_database.writer().submit<Book>(
        [this, actor, book](WriteTransaction &transaction) -> Result<Book> {
            SqlConnection &connection = transaction.connection();
            Book created;
            created.ownerId = actor.userId;
            created.ownerPublicId = actor.publicId;
            created.ownerName = actor.username;
            if (!book.ownerPublicId.isEmpty() && book.ownerPublicId != actor.publicId) {
                const Result<std::optional<User>> owner
                    = UserRepository::findByPublicId(connection, book.ownerPublicId);
                if (!owner)
                    return owner.error();
                if (!owner.value())
                    return Error::invalidField(QStringLiteral("owner"),
                                               QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such user.")));
                created.ownerId = owner.value()->id;
                created.ownerPublicId = owner.value()->publicId;
                created.ownerName = owner.value()->username;
            }
            // The unique index on (owner, title) is the duplicate check: no separate look-up per insert.
            const Result<qint64> id
                = BookRepository::insert(connection, created.ownerId, book, transaction.nowMs());
            if (!id) {
                if (id.error().code() == ErrorCode::DuplicateTitle)
                    return duplicateTitle();
                return id.error();
            }
            if (Status counted = UserRepository::addToBookCount(connection, created.ownerId, 1); !counted)
                return counted.error(); // the owner vanished meanwhile: that cannot commit
            created.id = id.value();
            created.title = book.title;
            created.author = book.author;
            created.publisher = book.publisher;
            created.priceCents = book.priceCents;
            created.isbn = book.isbn;
            created.year = book.year;
            created.createdAtMs = transaction.nowMs();
            created.updatedAtMs = transaction.nowMs();
            created.version = 1;
            transaction.afterCommit([this, created] { emit bookCreated(created); });
            return created;
        });
}

QFuture<Result<Book>> BookService::update(const Actor &actor, qint64 id, const BookChanges &changes,
                                          std::optional<qint64> expectedVersion)
{
    return m_database.writer().submit<Book>([=, this](WriteTransaction &transaction) -> Result<Book> {
        SqlConnection &connection = transaction.connection();
        const Result<Book> before = loadAccessible(connection, actor, id);
        if (!before)
            return before;
        if (expectedVersion && *expectedVersion != before->version)
            return staleVersion();
        if (changes.isEmpty())
            return before;
        const Result<BookDraft> checked
            = BookRules::check(applyChanges(before.value(), changes), transaction.nowMs());
        if (!checked)
            return checked.error();
        const Result<std::optional<qint64>> clash
            = BookRepository::findTitle(connection, before->ownerId, checked->title, id);
        if (!clash)
            return clash.error();
        if (clash.value())
            return duplicateTitle();
        const Result<bool> updated
            = BookRepository::update(connection, id, checked.value(), before->version, transaction.nowMs());
        if (!updated)
            return updated.error();
        if (!updated.value())
            return staleVersion();
        const Result<std::optional<Book>> after = BookRepository::findById(connection, id);
        if (!after || !after.value())
            return Error::storage(QStringLiteral("The changed book could not be read back."));
        const Book result = *after.value();
        transaction.afterCommit([this, result] { emit bookUpdated(result); });
        return result;
    });
}

QFuture<Result<Book>> BookService::remove(const Actor &actor, qint64 id,
                                          std::optional<qint64> expectedVersion)
{
    return m_database.writer().submit<Book>([=, this](WriteTransaction &transaction) -> Result<Book> {
        SqlConnection &connection = transaction.connection();
        const Result<Book> book = loadAccessible(connection, actor, id);
        if (!book)
            return book;
        if (expectedVersion && *expectedVersion != book->version)
            return staleVersion();
        if (Status removed = BookRepository::remove(connection, id); !removed)
            return removed.error();
        if (Status counted = UserRepository::addToBookCount(connection, book->ownerId, -1); !counted)
            return counted.error();
        const Book result = book.value();
        transaction.afterCommit([this, result] { emit bookDeleted(result); });
        return result;
    });
}
