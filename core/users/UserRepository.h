#pragma once

#include "common/Result.h"
#include "users/User.h"

#include <QList>
#include <QString>

#include <optional>

class SqlConnection;

// A user row together with its password hash; used only inside core.
struct StoredUser
{
    User user;
    QString passwordHash;
};

struct UserQuery
{
    // How many matches a search (non-empty text) counts at most, as for books (BookQuery): one or two
    // letters test every username (8-10 ms at 100,000 accounts), past this bound the page says "at least"
    // (UserPage::totalExact). The API promises this figure; only tests pass a smaller countLimit.
    static constexpr qint64 searchCountLimit = 1000;

    QString text; // matches anywhere in the username, case-insensitively
    int limit = 50; // 1–500
    QString cursor; // next_cursor of the previous page
    qint64 countLimit = searchCountLimit; // at least 1; the list without text counts exactly
};

struct UserPage
{
    QList<User> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // users matching the query, on all pages; see totalExact
    // False when a search found more than its query's countLimit: total is then that limit, a lower bound.
    bool totalExact = true;
};

// The SQL for the users table, and nothing else: no rules, no permissions (UserService has those).
// Every function runs on the connection it is given (a reader's, or the writer's inside a write job).
namespace UserRepository {

Result<std::optional<StoredUser>> findByUsername(SqlConnection &connection, const QString &username);
Result<std::optional<StoredUser>> findById(SqlConnection &connection, qint64 id);
Result<std::optional<User>> findByPublicId(SqlConnection &connection, const QString &publicId);
Result<qint64> countUsers(SqlConnection &connection);
Result<qint64> countEnabledAdmins(SqlConnection &connection);
Result<UserPage> list(SqlConnection &connection, const UserQuery &query);

struct NewUserRow
{
    QString publicId;
    QString username;
    Role role = Role::User;
    QString passwordHash;
    qint64 nowMs = 0;
};
Result<User> insert(SqlConnection &connection, const NewUserRow &row);
Status updateRoleAndStatus(SqlConnection &connection, qint64 id, Role role, bool disabled, qint64 nowMs);
Status updatePasswordHash(SqlConnection &connection, qint64 id, const QString &passwordHash, qint64 nowMs);
Status recordLogin(SqlConnection &connection, qint64 id, qint64 nowMs);
Status revokeTokens(SqlConnection &connection, qint64 id, qint64 validAfterMs);
Status addToBookCount(SqlConnection &connection, qint64 id, qint64 delta);
Status remove(SqlConnection &connection, qint64 id);

} // namespace UserRepository
