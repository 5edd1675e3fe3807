#pragma once

#include "KeyedTableModel.h"
#include "users/User.h"
#include "users/UserRepository.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

struct Book;
class BookService;
class RefreshSessionService;
struct RefreshSession;
class UserService;

// The accounts, as the desktop administrator sees them (UserService::list, by name, narrowed to names
// containing a text), read a page at a time as the view scrolls and counted in SQL, with each loaded
// account's number of books and of open sessions. Kept current from the services' change signals, whoever
// made the change (the GUI or a REST client), coalesced and applied row by row (KeyedTableModel). Some
// columns change without a signal about the account: its Books count when a book is added or deleted, its
// Last Sign-In when it signs in (a refresh session opens), its Sessions count when a session opens or ends;
// those are read again.
class UserTableModel : public KeyedTableModel<User, QString>
{
    Q_OBJECT

public:
    enum Column {
        UsernameColumn,
        RoleColumn,
        StatusColumn,
        CreatedColumn,
        LastLoginColumn,
        BooksColumn,
        SessionsColumn,
        ColumnCount
    };
    enum DataRole { PublicIdRole = KeyRole };

    // Sessions also end by running out, which nobody signals: the counts are read again this often.
    static constexpr int sessionRecountMs = 30 * 1000;

    UserTableModel(UserService &users, BookService &books, RefreshSessionService &sessions,
                   QObject *parent = nullptr);

    // Rows a page holds.
    static constexpr int pageSize = 100;

    // Reads the loaded accounts and their open-session counts again and applies the differences row by row.
    void reload() override;
    // Narrows the rows to names containing `text`, and reads the first page again when that changes.
    void setFilter(const QString &text);
    QString text() const { return m_query.text; }
    // Every account, counted in SQL (what "3 of 120 accounts" counts against).
    qint64 unfilteredCount() const;

    const User &userAt(int row) const { return rowAt(row); }
    std::optional<User> user(const QString &publicId) const { return find(publicId); }

    // Open refresh sessions (signed-in clients) of the account.
    qint64 openSessionCount(const QString &publicId) const;

    // Counted in SQL, whichever accounts are loaded.
    int enabledAdministratorCount() const;
    // True when this account is the only enabled administrator: it cannot be disabled, demoted or deleted.
    bool isLastEnabledAdministrator(const QString &publicId) const;

    static QString roleName(Role role);
    static QString statusName(bool disabled);

protected:
    QStringList columnTitles() const override;
    QString keyOf(const User &user) const override { return user.publicId; }
    QVariant cellValue(const User &user, int column, bool sortKey) const override;
    QVariant rowData(const User &user, int column, int role) const override;
    bool applyPendingChanges() override;
    void pageApplied() override;
    PageSource pageSource() const override;
    CountSource countSource() const override;
    bool belongsToQuery(const User &user) const override;
    bool sortsBefore(const User &a, const User &b) const override;

private:
    void noteAccountChanged(const QString &publicId);
    void noteSessionCountsStale();
    // Reads the open sessions of the loaded accounts (in the background), then showSessionCounts().
    void recountSessions();
    void showSessionCounts(const QHash<qint64, qint64> &counts);
    void readStaleAccounts();

    UserService &m_service;
    RefreshSessionService &m_sessions;
    UserQuery m_query;
    // Accounts whose row changed without a signal about them (books added or deleted, a sign-in): read again
    // when the changes are applied, one point read per account however many changes there were.
    QSet<QString> m_staleAccounts;
    // Open sessions of the loaded accounts by internal user id (RefreshSessionService::openSessionCounts),
    // read again when a session opened, was refreshed or ended, and for each page read.
    QHash<qint64, qint64> m_openSessions;
    bool m_sessionCountsStale = false;
    QTimer m_recountTimer;
};
