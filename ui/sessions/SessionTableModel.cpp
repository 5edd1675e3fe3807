#include "SessionTableModel.h"

#include "SecurityEventModel.h"
#include "common/Clock.h"
#include "tokens/RefreshSessionService.h"
#include "users/Actor.h"
#include "users/User.h"
#include "users/UserService.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

SessionTableModel::SessionTableModel(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                                     QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::AsScrolled, parent)
    , m_sessions(sessions)
    , m_clock(clock)
{
    m_query.limit = pageSize;
    m_sweepTimer.setInterval(expirySweepMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &SessionTableModel::sweepExpired);
    m_sweepTimer.start();

    stageChangesFrom(&sessions, &RefreshSessionService::sessionOpened);
    stageChangesFrom(&sessions, &RefreshSessionService::sessionUpdated);
    stageChangesFrom(&sessions, &RefreshSessionService::sessionRevoked);
    connect(
        &users, &UserService::userDeleted, this,
        [this](const User &user) {
            stageRemovalWhere(
                [&user](const RefreshSession &session) { return session.userPublicId == user.publicId; });
        },
        Qt::QueuedConnection);
}

void SessionTableModel::setShowEnded(bool show)
{
    if (show == m_query.includeClosed)
        return;
    m_query.includeClosed = show;
    m_seenExpired.clear();
    restart();
}

void SessionTableModel::setUserPublicId(const QString &publicId)
{
    if (publicId == m_query.userPublicId)
        return;
    m_query.userPublicId = publicId;
    m_seenExpired.clear();
    restart();
}

SessionTableModel::PageSource SessionTableModel::pageSource() const
{
    return [&sessions = m_sessions, question = m_query](const QString &cursor) -> Result<Page> {
        RefreshSessionQuery page = question;
        page.cursor = cursor;
        Result<Page> read = pageOf(sessions.listPage(Actor::desktopAdministrator(), page));
        // The first page brings the total; how many of them are open comes with it.
        if (read && read->count) {
            const Result<SessionCount> count = countOf(sessions, question, read->count->rows);
            if (!count)
                return count.error();
            read.value().count = count.value();
        }
        return read;
    };
}

SessionTableModel::CountSource SessionTableModel::countSource() const
{
    return [&sessions = m_sessions, question = m_query]() -> Result<SessionCount> {
        RefreshSessionQuery first = question;
        first.limit = 1;
        const Result<RefreshSessionPage> all = sessions.listPage(Actor::desktopAdministrator(), first);
        if (!all)
            return all.error();
        return countOf(sessions, question, all->total);
    };
}

Result<SessionCount> SessionTableModel::countOf(RefreshSessionService &sessions,
                                                const RefreshSessionQuery &question, qint64 matching)
{
    SessionCount count;
    count.rows = matching;
    count.open = matching;
    if (!question.includeClosed)
        return count;
    RefreshSessionQuery open = question;
    open.includeClosed = false;
    open.limit = 1;
    const Result<RefreshSessionPage> counted = sessions.listPage(Actor::desktopAdministrator(), open);
    if (!counted)
        return counted.error();
    count.open = counted->total;
    return count;
}

bool SessionTableModel::canSortBy(int column) const
{
    return column == UserColumn || column == CreatedColumn || column == LastUsedColumn
        || column == ExpiresColumn;
}

bool SessionTableModel::applySort(int column, Qt::SortOrder order)
{
    const RefreshSessionQuery before = m_query;
    switch (column) {
    case UserColumn:
        m_query.sort = RefreshSessionSort::User;
        break;
    case CreatedColumn:
        m_query.sort = RefreshSessionSort::Created;
        break;
    case ExpiresColumn:
        m_query.sort = RefreshSessionSort::Expires;
        break;
    default:
        m_query.sort = RefreshSessionSort::LastUsed;
        break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    return m_query.sort != before.sort || m_query.descending != before.descending;
}

bool SessionTableModel::sortsBefore(const RefreshSession &a, const RefreshSession &b) const
{
    // The order listPage reads in: the sort key, then the id, both in the query's direction.
    const auto keyed = [this](const RefreshSession &session) -> std::pair<QVariant, qint64> {
        switch (m_query.sort) {
        case RefreshSessionSort::User:
            return {session.username.toLower(), session.id};
        case RefreshSessionSort::Created:
            return {session.createdAtMs, session.id};
        case RefreshSessionSort::Expires:
            return {session.expiresAtMs, session.id};
        case RefreshSessionSort::LastUsed:
            break;
        }
        return {session.lastUsedAtMs, session.id};
    };
    const auto [keyA, idA] = keyed(a);
    const auto [keyB, idB] = keyed(b);
    const QPartialOrdering order = QVariant::compare(keyA, keyB);
    if (order == QPartialOrdering::Less)
        return !m_query.descending;
    if (order == QPartialOrdering::Greater)
        return m_query.descending;
    return m_query.descending ? idA > idB : idA < idB;
}

QVariant SessionTableModel::cellValue(const RefreshSession &session, int column, bool sortKey) const
{
    switch (column) {
    case UserColumn:
        return sortKey ? session.username.toLower() : session.username;
    case StatusColumn:
        return sortKey ? QVariant(isOpen(session) ? 0 : 1) : QVariant(statusText(session));
    case CreatedColumn:
        return sortKey ? QVariant(session.createdAtMs)
                       : QVariant(SecurityEventModel::formatTime(session.createdAtMs));
    case LastUsedColumn:
        return sortKey ? QVariant(session.lastUsedAtMs)
                       : QVariant(SecurityEventModel::formatTime(session.lastUsedAtMs));
    case ExpiresColumn:
        if (sortKey)
            return session.expiresAtMs;
        if (session.revokedAtMs)
            return QString(); // a revoked session no longer expires: it has ended
        return SecurityEventModel::formatTime(session.expiresAtMs);
    case AddressColumn:
        return session.clientAddress;
    case UserAgentColumn:
        return session.userAgent;
    default:
        return {};
    }
}

QVariant SessionTableModel::rowData(const RefreshSession &session, int column, int role) const
{
    switch (role) {
    case UserPublicIdRole:
        return session.userPublicId;
    case OpenRole:
        return isOpen(session);
    case Qt::ForegroundRole:
        // An ended session reads as switched off across the whole row.
        if (!isOpen(session))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == UserAgentColumn && !session.userAgent.isEmpty())
            return session.userAgent;
        return tr("Session %1, refreshed %n time(s)", nullptr, int(session.rotations)).arg(session.publicId);
    default:
        return {};
    }
}

QStringList SessionTableModel::columnTitles() const
{
    return {tr("User"),    tr("Status"),         tr("Signed In"),     tr("Last Used"),
            tr("Expires"), tr("Client Address"), tr("Client Program")};
}

bool SessionTableModel::isOpen(const RefreshSession &session) const
{
    return session.isOpen(m_clock.nowMs());
}

QString SessionTableModel::statusText(const RefreshSession &session) const
{
    if (session.revokedAtMs)
        return endReasonName(session.revokedReason);
    if (session.expiresAtMs <= m_clock.nowMs())
        return tr("Expired");
    return tr("Open");
}

QString SessionTableModel::endReasonName(const QString &reason)
{
    const QString known = knownEndReasonName(reason);
    if (!known.isEmpty())
        return known;
    return reason.isEmpty() ? tr("Ended") : tr("Ended (%1)").arg(reason);
}

QString SessionTableModel::knownEndReasonName(const QString &reason)
{
    if (reason == u"logout")
        return tr("Signed out");
    if (reason == u"admin" || reason == u"revoked")
        return tr("Revoked by an administrator");
    if (reason == u"reuse")
        return tr("Ended: refresh token reused");
    if (reason == u"session_limit")
        return tr("Ended: too many sessions");
    if (reason == u"tokens_revoked" || reason == u"password_changed")
        return tr("Ended: signed out everywhere");
    return {};
}

bool SessionTableModel::belongsToQuery(const RefreshSession &session) const
{
    if (!m_query.userPublicId.isEmpty() && session.userPublicId != m_query.userPublicId)
        return false;
    return m_query.includeClosed || session.isOpen(m_clock.nowMs());
}

void SessionTableModel::sweepExpired()
{
    const qint64 now = m_clock.nowMs();
    QList<int> expired;
    for (int row = 0; row < rowCount(); ++row) {
        const RefreshSession &session = sessionAt(row);
        if (!session.revokedAtMs && session.expiresAtMs <= now && !m_seenExpired.contains(session.publicId))
            expired.append(row);
    }
    if (expired.isEmpty())
        return;
    if (!m_query.includeClosed) {
        for (const int row : std::as_const(expired))
            stageRemoval(sessionAt(row).publicId);
        applyNow();
        return;
    }
    // Still shown, now as "Expired" (without a change of their own to say so).
    for (const int row : std::as_const(expired)) {
        m_seenExpired.insert(sessionAt(row).publicId);
        rowChanged(row);
    }
    emit changesApplied();
}
