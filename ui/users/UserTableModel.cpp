#include "UserTableModel.h"

#include "books/BookService.h"
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
    : QAbstractTableModel(parent)
    , m_service(users)
    , m_sessions(sessions)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(coalescingMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &UserTableModel::flush);

    // Emitted on the writer thread after each commit: queued to this (the GUI) thread.
    connect(&users, &UserService::userCreated, this, &UserTableModel::noteChanged, Qt::QueuedConnection);
    connect(&users, &UserService::userUpdated, this, &UserTableModel::noteChanged, Qt::QueuedConnection);
    connect(&users, &UserService::userDeleted, this, &UserTableModel::noteRemoved, Qt::QueuedConnection);
    connect(&books, &BookService::bookCreated, this, &UserTableModel::noteBookChange, Qt::QueuedConnection);
    connect(&books, &BookService::bookDeleted, this, &UserTableModel::noteBookChange, Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionOpened, this, &UserTableModel::noteSessionChange,
            Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionUpdated, this, &UserTableModel::noteSessionChange,
            Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionRevoked, this, &UserTableModel::noteSessionChange,
            Qt::QueuedConnection);
    m_recountTimer.setInterval(sessionRecountMs);
    connect(&m_recountTimer, &QTimer::timeout, this, &UserTableModel::noteSessionChange);
    m_recountTimer.start();
}

Status UserTableModel::reload()
{
    const Actor actor = Actor::desktopAdministrator();
    QList<User> fresh;
    UserQuery query;
    query.limit = 500;
    do {
        const Result<UserPage> page = m_service.list(actor, query);
        if (!page)
            return page.error();
        fresh += page->items;
        query.cursor = page->nextCursor;
    } while (!query.cursor.isEmpty());

    // Whatever was pending is older than what was just read.
    m_pending.clear();
    m_staleBookCounts.clear();
    const Result<QHash<qint64, qint64>> sessionCounts = m_sessions.openSessionCounts();
    if (!sessionCounts)
        return sessionCounts.error();
    m_openSessions = sessionCounts.value();
    m_sessionCountsStale = false;
    QSet<QString> seen;
    for (const User &user : std::as_const(fresh)) {
        m_pending.insert(user.publicId, user);
        seen.insert(user.publicId);
    }
    for (const User &user : std::as_const(m_users)) {
        if (!seen.contains(user.publicId))
            m_pending.insert(user.publicId, std::nullopt);
    }
    flush();
    return {};
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &user = m_users.at(index.row());
    if (role == PublicIdRole)
        return user.publicId;
    // A disabled account reads as switched off across the whole row.
    if (role == Qt::ForegroundRole && user.disabled)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);

    switch (index.column()) {
    case UsernameColumn:
        if (role == Qt::DisplayRole)
            return user.username;
        if (role == SortRole)
            return user.username.toLower();
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return roleName(user.role);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return statusName(user.disabled);
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return formatTime(user.createdAtMs);
        if (role == SortRole)
            return user.createdAtMs;
        break;
    case LastLoginColumn:
        if (role == Qt::DisplayRole)
            return user.lastLoginAtMs ? formatTime(*user.lastLoginAtMs) : tr("never");
        if (role == SortRole)
            return user.lastLoginAtMs.value_or(-1);
        break;
    case BooksColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(user.bookCount);
        if (role == SortRole)
            return user.bookCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SessionsColumn: {
        const qint64 sessions = m_openSessions.value(user.id, 0);
        if (role == Qt::DisplayRole)
            return QLocale().toString(sessions);
        if (role == SortRole)
            return sessions;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%n open session(s): signed-in clients that can refresh their tokens", nullptr,
                      int(sessions));
        break;
    }
    default:
        break;
    }
    if (role == Qt::ToolTipRole && index.column() == UsernameColumn)
        return tr("Account id: %1").arg(user.publicId);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case LastLoginColumn:
        return tr("Last Sign-In");
    case BooksColumn:
        return tr("Books");
    case SessionsColumn:
        return tr("Sessions");
    default:
        return {};
    }
}

std::optional<User> UserTableModel::user(const QString &publicId) const
{
    const int row = rowOf(publicId);
    if (row < 0)
        return std::nullopt;
    return m_users.at(row);
}

int UserTableModel::rowOf(const QString &publicId) const
{
    return m_rowByPublicId.value(publicId, -1);
}

qint64 UserTableModel::openSessionCount(const QString &publicId) const
{
    const int row = rowOf(publicId);
    return row < 0 ? 0 : m_openSessions.value(m_users.at(row).id, 0);
}

int UserTableModel::enabledAdministratorCount() const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(),
                             [](const User &user) { return user.isEnabledAdmin(); }));
}

bool UserTableModel::isLastEnabledAdministrator(const QString &publicId) const
{
    const std::optional<User> found = user(publicId);
    return found && found->isEnabledAdmin() && enabledAdministratorCount() == 1;
}

void UserTableModel::applyChanged(const User &user)
{
    noteChanged(user);
    flush();
}

void UserTableModel::applyRemoved(const User &user)
{
    noteRemoved(user);
    flush();
}

void UserTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));
}

QString UserTableModel::roleName(Role role)
{
    return role == Role::Admin ? tr("Administrator") : tr("User");
}

QString UserTableModel::statusName(bool disabled)
{
    return disabled ? tr("Disabled") : tr("Enabled");
}

void UserTableModel::scheduleFlush()
{
    // Not restarted by later changes: under a steady stream the view still updates every coalescingMs.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void UserTableModel::noteChanged(const User &user)
{
    m_pending.insert(user.publicId, user);
    scheduleFlush();
}

void UserTableModel::noteRemoved(const User &user)
{
    m_pending.insert(user.publicId, std::nullopt);
    m_staleBookCounts.remove(user.publicId);
    scheduleFlush();
}

void UserTableModel::noteBookChange(const Book &book)
{
    m_staleBookCounts.insert(book.ownerPublicId);
    scheduleFlush();
}

void UserTableModel::noteSessionChange()
{
    m_sessionCountsStale = true;
    scheduleFlush();
}

void UserTableModel::recountSessions()
{
    m_sessionCountsStale = false;
    const Result<QHash<qint64, qint64>> counts = m_sessions.openSessionCounts();
    if (!counts)
        return; // the next change or the periodic recount tries again
    const QHash<qint64, qint64> before = std::exchange(m_openSessions, counts.value());
    for (int row = 0; row < m_users.size(); ++row) {
        const qint64 id = m_users.at(row).id;
        if (before.value(id, 0) != m_openSessions.value(id, 0))
            emit dataChanged(index(row, SessionsColumn), index(row, SessionsColumn));
    }
}

void UserTableModel::flush()
{
    m_flushTimer.stop();
    if (m_sessionCountsStale)
        recountSessions();

    // Book counts: one point read per owner whose books changed, however many books did.
    const Actor actor = Actor::desktopAdministrator();
    for (const QString &publicId : std::as_const(m_staleBookCounts)) {
        if (m_pending.contains(publicId) || rowOf(publicId) < 0)
            continue; // a fresher copy is pending anyway, or the user is not shown
        const Result<User> current = m_service.get(actor, publicId);
        if (current)
            m_pending.insert(publicId, current.value());
        else if (current.error().kind() == ErrorKind::NotFound)
            m_pending.insert(publicId, std::nullopt);
    }
    m_staleBookCounts.clear();
    if (m_pending.isEmpty())
        return;

    QSet<QString> removals;
    QList<User> additions;
    for (auto change = m_pending.cbegin(); change != m_pending.cend(); ++change) {
        const int row = rowOf(change.key());
        if (!change.value()) {
            if (row >= 0)
                removals.insert(change.key());
            continue;
        }
        if (row < 0) {
            additions.append(*change.value());
            continue;
        }
        m_users[row] = *change.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_pending.clear();

    applyRemovals(removals);
    if (!additions.isEmpty()) {
        const int first = int(m_users.size());
        beginInsertRows({}, first, first + int(additions.size()) - 1);
        for (const User &user : std::as_const(additions)) {
            m_rowByPublicId.insert(user.publicId, int(m_users.size()));
            m_users.append(user);
        }
        endInsertRows();
    }
    emit changesApplied();
}

void UserTableModel::applyRemovals(const QSet<QString> &publicIds)
{
    if (publicIds.isEmpty())
        return;
    QList<int> rows;
    for (const QString &publicId : publicIds)
        rows.append(rowOf(publicId));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Contiguous rows go in one step, from the bottom up so that the rows still to remove keep their numbers.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        beginRemoveRows({}, first, last);
        m_users.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    rebuildIndex();
}

void UserTableModel::rebuildIndex()
{
    m_rowByPublicId.clear();
    for (int row = 0; row < m_users.size(); ++row)
        m_rowByPublicId.insert(m_users.at(row).publicId, row);
}
