#include "SessionTableModel.h"

#include "SecurityEventModel.h"
#include "common/Clock.h"
#include "tokens/RefreshSessionService.h"
#include "users/Actor.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

SessionTableModel::SessionTableModel(RefreshSessionService &sessions, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(sessions)
    , m_clock(clock)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(coalescingMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionTableModel::flush);
    m_sweepTimer.setInterval(expirySweepMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &SessionTableModel::sweepExpired);
    m_sweepTimer.start();

    // Emitted on the writer thread after each commit: queued to this (the GUI) thread.
    connect(&sessions, &RefreshSessionService::sessionOpened, this, &SessionTableModel::noteChanged,
            Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionUpdated, this, &SessionTableModel::noteChanged,
            Qt::QueuedConnection);
    connect(&sessions, &RefreshSessionService::sessionRevoked, this, &SessionTableModel::noteChanged,
            Qt::QueuedConnection);
}

Status SessionTableModel::reload()
{
    const Result<QList<RefreshSession>> fresh
        = m_store.list(Actor::desktopAdministrator(), QString(), m_showEnded);
    if (!fresh)
        return fresh.error();
    // Whatever was pending is older than what was just read.
    m_pending.clear();
    m_seenExpired.clear();
    QSet<QString> seen;
    for (const RefreshSession &session : fresh.value()) {
        m_pending.insert(session.publicId, session);
        seen.insert(session.publicId);
    }
    QList<int> gone;
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (!seen.contains(m_sessions.at(row).publicId))
            gone.append(row);
    }
    removeRows(gone);
    flush();
    return {};
}

Status SessionTableModel::setShowEnded(bool show)
{
    if (show == m_showEnded)
        return {};
    m_showEnded = show;
    return reload();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const RefreshSession &session = m_sessions.at(index.row());
    const qint64 now = m_clock.nowMs();
    const bool open = session.isOpen(now);
    switch (role) {
    case PublicIdRole:
        return session.publicId;
    case UserPublicIdRole:
        return session.userPublicId;
    case OpenRole:
        return open;
    case Qt::ForegroundRole:
        // An ended session reads as switched off across the whole row.
        if (!open)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UserAgentColumn && !session.userAgent.isEmpty())
            return session.userAgent;
        return tr("Session %1, refreshed %n time(s)", nullptr, int(session.rotations)).arg(session.publicId);
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case UserColumn:
        return sort ? QVariant(session.username.toLower()) : QVariant(session.username);
    case StatusColumn:
        if (sort)
            return open ? 0 : 1;
        return statusText(session);
    case CreatedColumn:
        return sort ? QVariant(session.createdAtMs)
                    : QVariant(SecurityEventModel::formatTime(session.createdAtMs));
    case LastUsedColumn:
        return sort ? QVariant(session.lastUsedAtMs)
                    : QVariant(SecurityEventModel::formatTime(session.lastUsedAtMs));
    case ExpiresColumn:
        if (sort)
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

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Signed In");
    case LastUsedColumn:
        return tr("Last Used");
    case ExpiresColumn:
        return tr("Expires");
    case AddressColumn:
        return tr("Client Address");
    case UserAgentColumn:
        return tr("Client Program");
    default:
        return {};
    }
}

std::optional<RefreshSession> SessionTableModel::session(const QString &publicId) const
{
    const int row = rowOf(publicId);
    if (row < 0)
        return std::nullopt;
    return m_sessions.at(row);
}

int SessionTableModel::openCount() const
{
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [now](const RefreshSession &session) { return session.isOpen(now); }));
}

bool SessionTableModel::isOpen(const RefreshSession &session) const
{
    return session.isOpen(m_clock.nowMs());
}

void SessionTableModel::applyChanged(const RefreshSession &session)
{
    noteChanged(session);
    flush();
}

void SessionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_sessions.size()) - 1, ColumnCount - 1));
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

void SessionTableModel::noteChanged(const RefreshSession &session)
{
    m_pending.insert(session.publicId, session);
    scheduleFlush();
}

void SessionTableModel::scheduleFlush()
{
    // Not restarted by later changes: under a steady stream the view still updates every coalescingMs.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool SessionTableModel::belongs(const RefreshSession &session, qint64 nowMs) const
{
    return m_showEnded || session.isOpen(nowMs);
}

void SessionTableModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    QList<int> removals;
    QList<RefreshSession> additions;
    for (const RefreshSession &session : std::as_const(m_pending)) {
        const int row = rowOf(session.publicId);
        if (!belongs(session, now)) {
            if (row >= 0)
                removals.append(row);
            continue;
        }
        if (row < 0) {
            additions.append(session);
            continue;
        }
        m_sessions[row] = session;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_pending.clear();
    removeRows(removals);
    if (!additions.isEmpty()) {
        const int first = int(m_sessions.size());
        beginInsertRows({}, first, first + int(additions.size()) - 1);
        for (const RefreshSession &session : std::as_const(additions)) {
            m_rowByPublicId.insert(session.publicId, int(m_sessions.size()));
            m_sessions.append(session);
        }
        endInsertRows();
    }
    emit changesApplied();
}

void SessionTableModel::sweepExpired()
{
    const qint64 now = m_clock.nowMs();
    QList<int> expired;
    for (int row = 0; row < m_sessions.size(); ++row) {
        const RefreshSession &session = m_sessions.at(row);
        if (!session.revokedAtMs && session.expiresAtMs <= now && !m_seenExpired.contains(session.publicId))
            expired.append(row);
    }
    if (expired.isEmpty())
        return;
    if (m_showEnded) {
        // Still shown, now as "Expired" (without a change of their own to say so).
        for (const int row : std::as_const(expired)) {
            m_seenExpired.insert(m_sessions.at(row).publicId);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else {
        removeRows(expired);
    }
    emit changesApplied();
}

void SessionTableModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
        m_sessions.remove(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
    rebuildIndex();
}

void SessionTableModel::rebuildIndex()
{
    m_rowByPublicId.clear();
    for (int row = 0; row < m_sessions.size(); ++row)
        m_rowByPublicId.insert(m_sessions.at(row).publicId, row);
}
