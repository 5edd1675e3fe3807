#pragma once

#include "common/Result.h"
#include "users/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

struct Book;
class BookService;
class RefreshSessionService;
struct RefreshSession;
class UserService;

// Every account, as the desktop administrator sees them (UserService::list, page by page), with its number of
// books and of open sessions. Kept current from the services' change signals, whoever made the change (the
// GUI or a REST client): changes are collected for a moment and applied row by row — never a reset — so
// that views keep their selection and scroll position even while hundreds of changes a second arrive.
class UserTableModel : public QAbstractTableModel
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
    enum DataRole {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (times as numbers, names without case)
        PublicIdRole,
    };

    // How long changes are collected before they are applied: well under the second a change may take to
    // show, long enough to turn a burst into one update.
    static constexpr int coalescingMs = 100;
    // Sessions also end by running out, which nobody signals: the counts are read again this often.
    static constexpr int sessionRecountMs = 30 * 1000;

    UserTableModel(UserService &users, BookService &books, RefreshSessionService &sessions,
                   QObject *parent = nullptr);

    // Reads every account again and applies the differences row by row.
    Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User &userAt(int row) const { return m_users.at(row); }
    std::optional<User> user(const QString &publicId) const;
    int rowOf(const QString &publicId) const;
    QList<User> users() const { return m_users; }

    // Open refresh sessions (signed-in clients) of the account.
    qint64 openSessionCount(const QString &publicId) const;

    int enabledAdministratorCount() const;
    // True when this account is the only enabled administrator: it cannot be disabled, demoted or deleted.
    bool isLastEnabledAdministrator(const QString &publicId) const;

    // Applies an outcome the GUI already holds (its own write), without waiting for the change signal.
    void applyChanged(const User &user);
    void applyRemoved(const User &user);

    // Headers and formatted values (dates) follow a language change.
    void retranslate();

    static QString roleName(Role role);
    static QString statusName(bool disabled);

signals:
    // After a batch of changes was applied: for views that depend on more than one row (last administrator).
    void changesApplied();

private:
    void scheduleFlush();
    void flush();
    void noteChanged(const User &user);
    void noteRemoved(const User &user);
    void noteBookChange(const Book &book);
    void noteSessionChange();
    void recountSessions();
    void applyRemovals(const QSet<QString> &publicIds);
    void rebuildIndex();

    UserService &m_service;
    RefreshSessionService &m_sessions;
    QList<User> m_users;
    QHash<QString, int> m_rowByPublicId;

    // Pending changes by public id: a user to show, or std::nullopt for one that went.
    QHash<QString, std::optional<User>> m_pending;
    // Owners whose book count moved (book signals don't carry the new count): read again on flush.
    QSet<QString> m_staleBookCounts;
    // Open sessions by internal user id (RefreshSessionService::openSessionCounts), read again on flush when
    // a session opened, was refreshed or ended.
    QHash<qint64, qint64> m_openSessions;
    bool m_sessionCountsStale = false;
    QTimer m_flushTimer;
    QTimer m_recountTimer;
};
