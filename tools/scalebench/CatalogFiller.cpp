#include "CatalogFiller.h"

#include "Backend.h"
#include "CatalogGenerator.h"
#include "books/BookRepository.h"
#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "users/UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

namespace {
// Rows per write job: large enough that commits cost nothing, small enough that the WAL stays small.
constexpr qint64 rowsPerJob = 20000;
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
} // namespace

CatalogFiller::CatalogFiller(Backend &backend, FillPlan plan)
    : m_backend(backend)
    , m_plan(plan)
{ }

Result<FillReport> CatalogFiller::fill()
{
    m_startMs = m_backend.clock().nowMs() - historyMs;
    FillReport report;
    if (Status accounts = fillAccounts(report); !accounts)
        return accounts.error();
    if (Status books = fillBooks(report); !books)
        return books.error();
    if (Status events = fillEvents(report); !events)
        return events.error();
    report.bigOwner = m_accounts.value(1);
    return report;
}

Status CatalogFiller::fillAccounts(FillReport &report)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QString> hash = m_backend.passwords().hash(QStringLiteral("scale bench password")).result();
    if (!hash)
        return hash.error();
    const QUuid namespaceId = QUuid::fromString(QStringLiteral("6f1c2a4e-13b0-4d5e-9a61-2b7f0c3d8e15"));
    for (qint64 first = 0; first < m_plan.accounts; first += rowsPerJob) {
        const qint64 last = std::min(m_plan.accounts, first + rowsPerJob);
        std::vector<UserRepository::NewUserRow> rows;
        rows.reserve(std::size_t(last - first));
        for (qint64 index = first; index < last; ++index) {
            UserRepository::NewUserRow row;
            row.username
                = index == 0 ? QStringLiteral("admin") : CatalogGenerator::username(index - 1);
            row.publicId = QUuid::createUuidV5(namespaceId, row.username).toString(QUuid::WithoutBraces);
            row.role = index == 0 ? Role::Admin : Role::User;
            row.passwordHash = hash.value();
            row.nowMs = m_startMs + index * (historyMs / std::max<qint64>(1, m_plan.accounts));
            rows.push_back(row);
        }
        const Result<QList<User>> inserted = m_backend.database().writer().run<QList<User>>(
            [&rows](WriteTransaction &transaction) -> Result<QList<User>> {
                QList<User> users;
                for (const UserRepository::NewUserRow &row : rows) {
                    const Result<User> user = UserRepository::insert(transaction.connection(), row);
                    if (!user)
                        return user.error();
                    users.append(user.value());
                }
                return users;
            });
        if (!inserted)
            return inserted.error();
        m_accounts += inserted.value();
    }
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
        if (index % 2 == 0 || owners == 1)
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
    auto insert = [this](std::shared_ptr<std::vector<PlannedBook>> books) {
        return m_backend.database().writer().submit<qint64>(
            [books](WriteTransaction &transaction) -> Result<qint64> {
                QHash<qint64, qint64> perOwner;
                for (const PlannedBook &book : *books) {
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
                        return counted.error();
                }
                return qint64(books->size());
            });
    };
    // The next job's books are generated on this thread while the writer inserts the previous job's.
    std::optional<QFuture<Result<qint64>>> pending;
    for (qint64 first = 0; first < m_plan.books; first += rowsPerJob) {
        auto books = plan(first, std::min(m_plan.books, first + rowsPerJob));
        if (pending) {
            if (const Result<qint64> done = pending->result(); !done)
                return done.error();
        }
        pending = insert(std::move(books));
    }
    if (pending) {
        if (const Result<qint64> done = pending->result(); !done)
            return done.error();
    }
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
    std::optional<QFuture<Result<qint64>>> pending;
    for (qint64 first = 0; first < m_plan.events; first += rowsPerJob) {
        const qint64 last = std::min(m_plan.events, first + rowsPerJob);
        auto events = std::make_shared<QList<SecurityEvent>>();
        events->reserve(last - first);
        for (qint64 index = first; index < last; ++index) {
            const User &account = m_accounts.at(generator.below(int(m_accounts.size())));
            SecurityEvent event;
            event.occurredAtMs = beginMs + index * (eventHistoryMs / std::max<qint64>(1, m_plan.events));
            event.subjectId = account.publicId;
            event.subjectName = account.username;
            event.actor = account.username;
            event.clientAddress = addresses.at(generator.below(3)) + QString::number(1 + generator.below(254));
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
            events->append(event);
        }
        if (pending) {
            if (const Result<qint64> done = pending->result(); !done)
                return done.error();
        }
        pending = m_backend.database().writer().submit<qint64>(
            [this, events](WriteTransaction &transaction) -> Result<qint64> {
                for (const SecurityEvent &event : *events) {
                    if (Status recorded = m_backend.events().record(transaction, event); !recorded)
                        return recorded.error();
                }
                return qint64(events->size());
            });
    }
    if (pending) {
        if (const Result<qint64> done = pending->result(); !done)
            return done.error();
    }
    report.eventSeconds = secondsSince(timer);
    return {};
}
