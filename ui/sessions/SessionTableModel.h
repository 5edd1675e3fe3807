#pragma once

#include "common/Result.h"
#include "tokens/RefreshSession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

class Clock;
class RefreshSessionService;

// The refresh sessions — every signed-in client — as the desktop administrator sees them: the open ones, or
// with showEnded() also those that were revoked or ran out. Kept current from RefreshSessionService's signals
// (a REST client signing in, refreshing, signing out), coalesced for a moment and applied row by row, never
// by a reset. Sessions also end silently when they expire: a sweep takes them out as their time comes.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        StatusColumn,
        CreatedColumn,
        LastUsedColumn,
        ExpiresColumn,
        AddressColumn,
        UserAgentColumn,
        ColumnCount
    };
    enum DataRole {
        SortRole = Qt::UserRole + 1,
        PublicIdRole,
        UserPublicIdRole,
        OpenRole,
    };

    static constexpr int coalescingMs = 100;
    static constexpr int expirySweepMs = 15 * 1000;

    SessionTableModel(RefreshSessionService &sessions, const Clock &clock, QObject *parent = nullptr);

    // Reads the sessions again and applies the differences row by row.
    Status reload();
    // With ended sessions (revoked or expired) or without; reads again.
    Status setShowEnded(bool show);
    bool showsEnded() const { return m_showEnded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RefreshSession &sessionAt(int row) const { return m_sessions.at(row); }
    std::optional<RefreshSession> session(const QString &publicId) const;
    int rowOf(const QString &publicId) const { return m_rowByPublicId.value(publicId, -1); }
    int openCount() const;
    // Open now: neither revoked nor run out.
    bool isOpen(const RefreshSession &session) const;

    // Applies an outcome the GUI already holds (its own revocation), without waiting for the signal.
    void applyChanged(const RefreshSession &session);

    void retranslate();

    // "Open", "Signed out", "Revoked by an administrator"…: how a session stands, in words.
    QString statusText(const RefreshSession &session) const;
    // Why a session ended, from RefreshSession::revokedReason ("logout", "admin", "reuse"…).
    static QString endReasonName(const QString &reason);
    // The same, empty for a reason this GUI does not know.
    static QString knownEndReasonName(const QString &reason);

signals:
    void changesApplied();

private:
    void noteChanged(const RefreshSession &session);
    void scheduleFlush();
    void flush();
    void sweepExpired();
    bool belongs(const RefreshSession &session, qint64 nowMs) const;
    void removeRows(QList<int> rows);
    void rebuildIndex();

    RefreshSessionService &m_store;
    const Clock &m_clock;
    bool m_showEnded = false;
    QList<RefreshSession> m_sessions;
    QHash<QString, int> m_rowByPublicId;
    QHash<QString, RefreshSession> m_pending;
    QSet<QString> m_seenExpired; // shown as expired already (with showEnded)
    QTimer m_flushTimer;
    QTimer m_sweepTimer;
};
