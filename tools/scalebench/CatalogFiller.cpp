#include "CatalogFiller.h"

#include "Backend.h"
#include "CatalogGenerator.h"
#include "books/BookRepository.h"
#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "users/UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace {
// Rows per write job. The writer runs every job inside its own SAVEPOINT, and SQLite 3.40 (with
// temp_store=MEMORY) slows down more than linearly with the pages one savepoint has touched: on a table of
// 100,000 books, jobs of 100 rows insert ~13,000 books/s, jobs of 20,000 rows ~2,000/s and falling (and at
// 200,000 books: 25 rows ~9,000/s, 100 rows ~12,000/s, 400 rows ~8,000/s). Many small jobs submitted at once
// still share one transaction and one commit (the writer batches the queue).
constexpr qint64 rowsPerJob = 100;
// Rows generated at a time on this thread, while the writer inserts the previous chunk.
constexpr qint64 rowsPerChunk = 20000;
constexpr qint64 dayMs = 24 * 3600 * 1000;
// Books and accounts were made over three years; events over the last 360 days, because the
// applications prune events older than a year when they start.
constexpr qint64 historyMs = 3 * 365 * dayMs;
constexpr qint64 eventHistoryMs = 360 * dayMs;

struct PlannedBook
{
    qint64 ownerId = 0;
    qint64 createdAtMs = 0;
    BookDraft draft;
};

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// A chunk of rows handed to the writer as jobs of rowsPerJob rows each.
template<typename Row>
using RowWriter = std::function<Status(WriteTransaction &transaction, std::span<const Row> rows)>;

template<typename Row>
QList<QFuture<Result<qint64>>> submitChunk(GroupCommitWriter &writer,
                                           std::shared_ptr<const std::vector<Row>> rows, RowWriter<Row> write)
{
    QList<QFuture<Result<qint64>>> jobs;
    for (std::size_t first = 0; first < rows->size(); first += rowsPerJob) {
        const std::size_t count = std::min<std::size_t>(rowsPerJob, rows->size() - first);
        jobs.append(writer.submit<qint64>(
            [rows, first, count, write](WriteTransaction &transaction) -> Result<qint64> {
                if (Status written = write(transaction, std::span<const Row>(rows->data() + first, count));
                    !written)
                    return written.error();
                return qint64(count);
            }));
    }
    return jobs;
}

Status waitForAll(QList<QFuture<Result<qint64>>> &jobs)
{
    for (QFuture<Result<qint64>> &job : jobs) {
        if (const Result<qint64> done = job.result(); !done)
            return done.error();
    }
    jobs.clear();
    return {};
}
} // namespace

CatalogFiller::CatalogFiller(Backend &backend, FillPlan plan)
    : m_backend(backend)
    , m_plan(plan)
{ }

Result<FillReport> CatalogFiller::fill()
{
    m_startMs = m_backend.clock().nowMs() - historyMs;
    // The writer's page cache (32 MiB, GroupCommitWriter.cpp) is far smaller than the books indexes soon are:
    // each insert then reads index pages back from the file. With 1 GiB the fill of 200,000 books ran at
    // ~15,000 books/s instead of ~6,000. For the fill only: the writer gets its own setting back
    // afterwards, so that the durable-create figures are those of the application as it ships.
    const Result<qint64> shippedCache = setWriterCacheSize(-1024 * 1024); // KiB: 1 GiB at most
    if (!shippedCache)
        return shippedCache.error();
    FillReport report;
    Status filled = fillAccounts(report);
    if (filled)
        filled = fillBooks(report);
    if (filled)
        filled = fillEvents(report);
    if (const Result<qint64> restored = setWriterCacheSize(shippedCache.value()); !restored)
        return restored.error();
    if (!filled)
        return filled.error();
    report.bigOwner = m_accounts.value(1);
    return report;
}

Result<qint64> CatalogFiller::setWriterCacheSize(qint64 cacheSize)
{
    return m_backend.database().writer().run<qint64>(
        [cacheSize](WriteTransaction &transaction) -> Result<qint64> {
            SqlStatement current(transaction.connection(), QStringLiteral("PRAGMA cache_size"), "cacheSize");
            if (Status read = current.execute(); !read)
                return read.error();
            const qint64 before = current.next() ? current.int64(0) : -2000;
            if (Status set = transaction.connection().execute(
                    QStringLiteral("PRAGMA cache_size = ") + QString::number(cacheSize), "setCacheSize");
                !set)
                return set.error();
            return before;
        });
}

Status CatalogFiller::fillAccounts(FillReport &report)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QString> hash = m_backend.passwords().hash(QStringLiteral("scale bench password")).result();
    if (!hash)
        return hash.error();
    const QUuid namespaceId = QUuid::fromString(QStringLiteral("6f1c2a4e-13b0-4d5e-9a61-2b7f0c3d8e15"));
    auto rows = std::make_shared<std::vector<UserRepository::NewUserRow>>();
    rows->reserve(std::size_t(m_plan.accounts));
    for (qint64 index = 0; index < m_plan.accounts; ++index) {
        UserRepository::NewUserRow row;
        row.username = index == 0 ? QStringLiteral("admin") : CatalogGenerator::username(index - 1);
        row.publicId = QUuid::createUuidV5(namespaceId, row.username).toString(QUuid::WithoutBraces);
        row.role = index == 0 ? Role::Admin : Role::User;
        row.passwordHash = hash.value();
        row.nowMs = m_startMs + index * (historyMs / std::max<qint64>(1, m_plan.accounts));
        rows->push_back(row);
    }
    // Each job files its accounts at their own places; they are read only after every job has finished.
    auto created = std::make_shared<std::vector<User>>(rows->size());
    const UserRepository::NewUserRow *firstRow = rows->data();
    QList<QFuture<Result<qint64>>> jobs = submitChunk<UserRepository::NewUserRow>(
        m_backend.database().writer(), rows,
        [created, firstRow](WriteTransaction &transaction,
                            std::span<const UserRepository::NewUserRow> some) -> Status {
            for (const UserRepository::NewUserRow &row : some) {
                const Result<User> user = UserRepository::insert(transaction.connection(), row);
                if (!user)
                    return user.error();
                (*created)[std::size_t(&row - firstRow)] = user.value();
            }
            return {};
        });
    if (Status done = waitForAll(jobs); !done)
        return done;
    m_accounts = QList<User>(created->cbegin(), created->cend());
    report.accountSeconds = secondsSince(timer);
    return {};
}

Status CatalogFiller::fillBooks(FillReport &report)
{
    QElapsedTimer timer;
    timer.start();
    CatalogGenerator generator(13);
    // Titles are unique per owner (case-insensitively); a title an owner already has is drawn again here,
    // before the insert, rather than failing on the unique index.
    QSet<quint64> titlesTaken;
    titlesTaken.reserve(m_plan.books);
    const qint64 owners = std::max<qint64>(2, std::min(m_plan.bookOwners, qint64(m_accounts.size()) - 1));
    auto ownerFor = [&](qint64 index) -> qint64 {
        if (index % 2 == 0)
            return 1;
        return 2 + qint64(generator.nextRandom() % quint64(owners - 1));
    };
    auto plan = [&](qint64 first, qint64 last) {
        auto books = std::make_shared<std::vector<PlannedBook>>();
        books->reserve(std::size_t(last - first));
        for (qint64 index = first; index < last; ++index) {
            PlannedBook book;
            const qint64 ownerIndex = ownerFor(index);
            book.ownerId = m_accounts.at(ownerIndex).id;
            book.createdAtMs = m_startMs + index * (historyMs / std::max<qint64>(1, m_plan.books));
            book.draft = generator.book();
            for (int attempt = 0;; ++attempt) {
                const quint64 key = quint64(qHash(book.draft.title.toLower(), 0))
                    ^ (quint64(ownerIndex) * 0x9E3779B97F4A7C15ull);
                if (!titlesTaken.contains(key)) {
                    titlesTaken.insert(key);
                    break;
                }
                ++report.titlesRedrawn;
                book.draft.title = attempt < 20
                    ? generator.title()
                    : generator.title() + QStringLiteral(", Volume ") + QString::number(attempt - 18);
            }
            books->push_back(std::move(book));
        }
        return books;
    };
    const RowWriter<PlannedBook> insert
        = [](WriteTransaction &transaction, std::span<const PlannedBook> books) -> Status {
        QHash<qint64, qint64> perOwner;
        for (const PlannedBook &book : books) {
            const Result<qint64> id = BookRepository::insert(transaction.connection(), book.ownerId,
                                                             book.draft, book.createdAtMs);
            if (!id)
                return id.error();
            ++perOwner[book.ownerId];
        }
        for (auto owner = perOwner.cbegin(); owner != perOwner.cend(); ++owner) {
            if (Status counted
                = UserRepository::addToBookCount(transaction.connection(), owner.key(), owner.value());
                !counted)
                return counted;
        }
        return {};
    };
    // The next chunk is generated on this thread while the writer inserts the previous one.
    QList<QFuture<Result<qint64>>> pending;
    for (qint64 first = 0; first < m_plan.books; first += rowsPerChunk) {
        auto books = plan(first, std::min(m_plan.books, first + rowsPerChunk));
        if (Status done = waitForAll(pending); !done)
            return done;
        pending = submitChunk<PlannedBook>(m_backend.database().writer(), std::move(books), insert);
    }
    if (Status done = waitForAll(pending); !done)
        return done;
    report.bookSeconds = secondsSince(timer);
    return {};
}

Status CatalogFiller::fillEvents(FillReport &report)
{
    QElapsedTimer timer;
    timer.start();
    CatalogGenerator generator(17);
    const qint64 endMs = m_backend.clock().nowMs();
    const qint64 beginMs = endMs - eventHistoryMs;
    const QStringList addresses {QStringLiteral("192.0.2."), QStringLiteral("198.51.100."),
                                 QStringLiteral("203.0.113.")};
    const RowWriter<SecurityEvent> record
        = [this](WriteTransaction &transaction, std::span<const SecurityEvent> events) -> Status {
        for (const SecurityEvent &event : events) {
            if (Status recorded = m_backend.events().record(transaction, event); !recorded)
                return recorded;
        }
        return {};
    };
    QList<QFuture<Result<qint64>>> pending;
    for (qint64 first = 0; first < m_plan.events; first += rowsPerChunk) {
        const qint64 last = std::min(m_plan.events, first + rowsPerChunk);
        auto events = std::make_shared<std::vector<SecurityEvent>>();
        events->reserve(std::size_t(last - first));
        for (qint64 index = first; index < last; ++index) {
            const User &account = m_accounts.at(generator.below(int(m_accounts.size())));
            SecurityEvent event;
            event.occurredAtMs = beginMs + index * (eventHistoryMs / std::max<qint64>(1, m_plan.events));
            event.subjectId = account.publicId;
            event.subjectName = account.username;
            event.actor = account.username;
            event.clientAddress
                = addresses.at(generator.below(3)) + QString::number(1 + generator.below(254));
            // Mostly sign-ins, as a real log is; now and then a failure or an administrative change.
            const int kind = generator.below(100);
            if (kind < 70) {
                event.type = SecurityEventType::loginSucceeded;
            } else if (kind < 85) {
                event.type = SecurityEventType::loginFailed;
                event.details = QJsonObject {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
            } else if (kind < 92) {
                event.type = SecurityEventType::sessionRevoked;
            } else if (kind < 96) {
                event.type = SecurityEventType::passwordChanged;
            } else {
                event.type = SecurityEventType::tokensRevoked;
                event.actor = QStringLiteral("admin");
                event.clientAddress.clear();
            }
            events->push_back(event);
        }
        if (Status done = waitForAll(pending); !done)
            return done;
        pending = submitChunk<SecurityEvent>(m_backend.database().writer(), std::move(events), record);
    }
    if (Status done = waitForAll(pending); !done)
        return done;
    report.eventSeconds = secondsSince(timer);
    return {};
}
