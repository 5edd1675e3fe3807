#include "UserTableModel.h"

#include "books/BookService.h"
#include "common/TextChecks.h"
#include "tokens/RefreshSessionService.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
QString formatTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

UserTableModel::UserTableModel(UserService &users, BookService &books, RefreshSessionService &sessions,
                               QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::AsScrolled, parent)
    , m_service(users)
    , m_sessions(sessions)
{
    m_query.limit = pageSize;
    stageChangesFrom(&users, &UserService::userCreated);
    stageChangesFrom(&users, &UserService::userUpdated);
    stageRemovalsFrom(&users, &UserService::userDeleted);
    // Books change their owner's count (a book never changes owner: BookChanges has no owner).
    const auto noteBook = [this](const Book &book) { noteAccountChanged(book.ownerPublicId); };
    connect(&books, &BookService::bookCreated, this, noteBook, Qt::QueuedConnection);
    connect(&books, &BookService::bookDeleted, this, noteBook, Qt::QueuedConnection);
    // A sign-in records the account's last sign-in, then opens the session: both are committed by the time
    // sessionOpened arrives.
    connect(
        &sessions, &RefreshSessionService::sessionOpened, this,
        [this](const RefreshSession &session) {
            noteAccountChanged(session.userPublicId);
            noteSessionCountsStale();
        },
        Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionUpdated, this, &UserTableModel::noteSessionCountsStale,
            Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionRevoked, this, &UserTableModel::noteSessionCountsStale,
            Qt::QueuedConnection);
    m_recountTimer.setInterval(sessionRecountMs);
    connect(&m_recountTimer, &QTimer::timeout, this, &UserTableModel::noteSessionCountsStale);
    m_recountTimer.start();
}

void UserTableModel::reload()
{
    // Whatever was stale is read now.
    m_staleAccounts.clear();
    KeyedTableModel::reload();
}

void UserTableModel::pageApplied()
{
    recountSessions();
}

UserTableModel::PageSource UserTableModel::pageSource() const
{
    return pagesListedBy(m_service, m_query, pageSize);
}

UserTableModel::CountSource UserTableModel::countSource() const
{
    return countListedBy(m_service, m_query);
}

void UserTableModel::setFilter(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    restart();
}

qint64 UserTableModel::unfilteredCount() const
{
    if (m_query.text.isEmpty())
        return totalCount();
    UserQuery everyone;
    everyone.limit = 1;
    const Result<UserPage> first = m_service.list(Actor::desktopAdministrator(), everyone);
    return first ? first->total : totalCount();
}

bool UserTableModel::belongsToQuery(const User &user) const
{
    return m_query.text.isEmpty()
        || TextChecks::comparisonKey(user.username).contains(TextChecks::comparisonKey(m_query.text));
}

bool UserTableModel::sortsBefore(const User &a, const User &b) const
{
    // UserService lists by the comparison key, compared as UTF-8 bytes (SQLite's BINARY).
    return TextChecks::comparisonKey(a.username).toUtf8() < TextChecks::comparisonKey(b.username).toUtf8();
}

QVariant UserTableModel::cellValue(const User &user, int column, bool sortKey) const
{
    switch (column) {
    case UsernameColumn:
        return sortKey ? user.username.toLower() : user.username;
    case RoleColumn:
        return roleName(user.role);
    case StatusColumn:
        return statusName(user.disabled);
    case CreatedColumn:
        return sortKey ? QVariant(user.createdAtMs) : QVariant(formatTime(user.createdAtMs));
    case LastLoginColumn:
        if (sortKey)
            return user.lastLoginAtMs.value_or(-1);
        return user.lastLoginAtMs ? formatTime(*user.lastLoginAtMs) : tr("never");
    case BooksColumn:
        return sortKey ? QVariant(user.bookCount) : QVariant(QLocale().toString(user.bookCount));
    case SessionsColumn: {
        const qint64 sessions = m_openSessions.value(user.id, 0);
        return sortKey ? QVariant(sessions) : QVariant(QLocale().toString(sessions));
    }
    default:
        return {};
    }
}

QVariant UserTableModel::rowData(const User &user, int column, int role) const
{
    // A disabled account reads as switched off across the whole row.
    if (role == Qt::ForegroundRole && user.disabled)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && (column == BooksColumn || column == SessionsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == SessionsColumn)
        return tr("%n open session(s): signed-in clients that can refresh their tokens", nullptr,
                  int(m_openSessions.value(user.id, 0)));
    if (role == Qt::ToolTipRole && column == UsernameColumn)
        return tr("Account id: %1").arg(user.publicId);
    return {};
}

QStringList UserTableModel::columnTitles() const
{
    return {tr("Username"),     tr("Role"),  tr("Status"),  tr("Created"),
            tr("Last Sign-In"), tr("Books"), tr("Sessions")};
}

qint64 UserTableModel::openSessionCount(const QString &publicId) const
{
    const std::optional<User> found = user(publicId);
    return found ? m_openSessions.value(found->id, 0) : 0;
}

int UserTableModel::enabledAdministratorCount() const
{
    const Result<qint64> count = m_service.enabledAdministratorCount();
    // Unreadable: assume the account may be the last one, so nothing the rule forbids is offered.
    return count ? int(count.value()) : 1;
}

bool UserTableModel::isLastEnabledAdministrator(const QString &publicId) const
{
    const std::optional<User> found = user(publicId);
    return found && found->isEnabledAdmin() && enabledAdministratorCount() == 1;
}

QString UserTableModel::roleName(Role role)
{
    return role == Role::Admin ? tr("Administrator") : tr("User");
}

QString UserTableModel::statusName(bool disabled)
{
    return disabled ? tr("Disabled") : tr("Enabled");
}

void UserTableModel::noteAccountChanged(const QString &publicId)
{
    m_staleAccounts.insert(publicId);
    scheduleApply();
}

void UserTableModel::noteSessionCountsStale()
{
    m_sessionCountsStale = true;
    scheduleApply();
}

bool UserTableModel::applyPendingChanges()
{
    readStaleAccounts();
    const bool applied = KeyedTableModel::applyPendingChanges();
    // After the rows: an account that just arrived is counted too.
    if (m_sessionCountsStale)
        recountSessions();
    return applied;
}

void UserTableModel::recountSessions()
{
    m_sessionCountsStale = false;
    QList<qint64> loaded;
    loaded.reserve(rowCount());
    for (const User &user : rows())
        loaded.append(user.id);
    using Counts = Result<QHash<qint64, qint64>>;
    // Thousands of accounts may be loaded after a long scroll: counted on the reader thread.
    readInBackground<Counts>([&sessions = m_sessions, loaded] { return sessions.openSessionCounts(loaded); },
                             [this](Counts counts) {
                                 if (counts) // if not, the next change or the periodic recount tries again
                                     showSessionCounts(counts.value());
                             });
}

void UserTableModel::showSessionCounts(const QHash<qint64, qint64> &counts)
{
    const QHash<qint64, qint64> before = std::exchange(m_openSessions, counts);
    bool changed = false;
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = userAt(row).id;
        if (before.value(id, 0) != m_openSessions.value(id, 0)) {
            emit dataChanged(index(row, SessionsColumn), index(row, SessionsColumn));
            changed = true;
        }
    }
    if (changed)
        emit changesApplied();
}

void UserTableModel::readStaleAccounts()
{
    const Actor actor = Actor::desktopAdministrator();
    for (const QString &publicId : std::as_const(m_staleAccounts)) {
        // A staged copy of the account (from userCreated, say) may be older than the change that made it
        // stale, so it is read again all the same; only an account that is neither shown nor coming, or
        // that is going, is not.
        const std::optional<std::optional<User>> staged = stagedChange(publicId);
        if (staged ? !staged->has_value() : rowOf(publicId) < 0)
            continue;
        const Result<User> current = m_service.get(actor, publicId);
        if (current)
            stageChange(current.value());
        else if (current.error().kind() == ErrorKind::NotFound)
            stageRemoval(publicId);
    }
    m_staleAccounts.clear();
}
