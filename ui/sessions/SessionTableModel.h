#pragma once

#include "KeyedTableModel.h"
#include "tokens/RefreshSession.h"
#include "tokens/RefreshSessionQuery.h"

#include <QSet>
#include <QTimer>

#include <optional>

class Clock;
class RefreshSessionService;
class UserService;

// How many sessions match, and how many of them are open (fewer when ended ones are shown).
struct SessionCount : TableCount
{
    qint64 open = 0;
};

// The refresh sessions — every signed-in client — as the desktop administrator sees them: the open ones, or
// with showEnded() also those that were revoked or ran out; everyone's or one user's. Read a page at a time
// as the view scrolls (RefreshSessionService::listPage), sorted and counted in SQL. Kept current from
// RefreshSessionService's signals (a REST client signing in, refreshing, signing out), coalesced and applied
// row by row to the loaded rows (KeyedTableModel). Sessions also end silently when they expire: a sweep
// takes them out as their time comes. An account's sessions are ended (signalled) and then deleted with it
// (not signalled): the ended ones shown go with it.
class SessionTableModel : public KeyedTableModel<RefreshSession, QString, SessionCount>
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
    static constexpr int pageSize = 100;

    SessionTableModel(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                      QObject *parent = nullptr);

    // With ended sessions (revoked or expired) or without; reads again.
    void setShowEnded(bool show);
    bool showsEnded() const { return m_query.includeClosed; }
    // One user's sessions (by public id), or everyone's (empty); reads again.
    void setUserPublicId(const QString &publicId);
    QString userPublicId() const { return m_query.userPublicId; }
    RefreshSessionQuery query() const { return m_query; }

    const RefreshSession &sessionAt(int row) const { return rowAt(row); }
    std::optional<RefreshSession> session(const QString &publicId) const { return find(publicId); }
    // Open sessions among those the query matches (all pages), as counted with the total.
    qint64 openTotal() const { return count() ? count()->open : 0; }
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
    // An ended session leaves the list unless ended ones are shown; another user's stays out of one user's.
    bool belongsToQuery(const RefreshSession &session) const override;
    bool canSortBy(int column) const override;
    bool applySort(int column, Qt::SortOrder order) override;
    bool sortsBefore(const RefreshSession &a, const RefreshSession &b) const override;
    PageSource pageSource() const override;
    CountSource countSource() const override;

private:
    void sweepExpired();
    // The count of what `question` matches, with how many of those are open.
    static Result<SessionCount> countOf(RefreshSessionService &sessions, const RefreshSessionQuery &question,
                                        qint64 matching);

    RefreshSessionService &m_sessions;
    const Clock &m_clock;
    RefreshSessionQuery m_query;
    QSet<QString> m_seenExpired; // shown as expired already (with showEnded)
    QTimer m_sweepTimer;
};
