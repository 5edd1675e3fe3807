#pragma once

#include "KeyedTableModel.h"
#include "tokens/RefreshSession.h"

#include <QSet>
#include <QTimer>

#include <optional>

class Clock;
class RefreshSessionService;
class UserService;

// The refresh sessions — every signed-in client — as the desktop administrator sees them: the open ones, or
// with showEnded() also those that were revoked or ran out. Kept current from RefreshSessionService's signals
// (a REST client signing in, refreshing, signing out), coalesced and applied row by row (KeyedTableModel).
// Sessions also end silently when they expire: a sweep takes them out as their time comes. An account's
// sessions are ended (signalled) and then deleted with it (not signalled): the ended ones shown go with it.
// RefreshSessionService::list has no cursor (it returns the newest 1000): the page source gives one page.
class SessionTableModel : public KeyedTableModel<RefreshSession, QString>
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
        PublicIdRole = KeyRole,
        UserPublicIdRole = FirstOwnRole,
        OpenRole,
    };

    static constexpr int expirySweepMs = 15 * 1000;

    SessionTableModel(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                      QObject *parent = nullptr);

    // With ended sessions (revoked or expired) or without; reads again.
    Status setShowEnded(bool show);
    bool showsEnded() const { return m_showEnded; }

    const RefreshSession &sessionAt(int row) const { return rowAt(row); }
    std::optional<RefreshSession> session(const QString &publicId) const { return find(publicId); }
    int openCount() const;
    // Open now: neither revoked nor run out.
    bool isOpen(const RefreshSession &session) const;

    // "Open", "Signed out", "Revoked by an administrator"…: how a session stands, in words.
    QString statusText(const RefreshSession &session) const;
    // Why a session ended, from RefreshSession::revokedReason ("logout", "admin", "reuse"…).
    static QString endReasonName(const QString &reason);
    // The same, empty for a reason this GUI does not know.
    static QString knownEndReasonName(const QString &reason);

protected:
    QStringList columnTitles() const override;
    QString keyOf(const RefreshSession &session) const override { return session.publicId; }
    QVariant cellValue(const RefreshSession &session, int column, bool sortKey) const override;
    QVariant rowData(const RefreshSession &session, int column, int role) const override;
    // An ended session leaves the list unless ended ones are shown.
    void stageChange(const RefreshSession &session) override;

private:
    void sweepExpired();

    const Clock &m_clock;
    bool m_showEnded = false;
    QSet<QString> m_seenExpired; // shown as expired already (with showEnded)
    QTimer m_sweepTimer;
};
