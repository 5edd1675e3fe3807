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

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

SessionTableModel::SessionTableModel(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                                     QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::EveryPage, parent)
    , m_clock(clock)
{
    setPageSource([this, &sessions](const QString &) -> Result<Page> {
        const Result<QList<RefreshSession>> all
            = sessions.list(Actor::desktopAdministrator(), QString(), m_showEnded);
        if (!all)
            return all.error();
        return Page {all.value(), QString(), std::nullopt};
    });
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

Status SessionTableModel::setShowEnded(bool show)
{
    if (show == m_showEnded)
        return {};
    m_showEnded = show;
    m_seenExpired.clear();
    return reload();
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

int SessionTableModel::openCount() const
{
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [now](const RefreshSession &session) { return session.isOpen(now); }));
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

void SessionTableModel::stageChange(const RefreshSession &session)
{
    if (m_showEnded || session.isOpen(m_clock.nowMs()))
        KeyedTableModel::stageChange(session);
    else
        stageRemoval(session.publicId);
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
    if (!m_showEnded) {
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
