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
    QString text; // matches anywhere in the username, case-insensitively
    int limit = 50; // 1–500
    QString cursor; // next_cursor of the previous page
};

struct UserPage
{
    QList<User> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // users matching the query, on all pages
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
