#include "users/UserRepository.h"

#include "common/PageCursor.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "storage/TrigramSearch.h"
#include "users/UserRules.h"

#include <algorithm>

namespace UserRepository {

namespace {
const QString columns = QStringLiteral("id, public_id, username, role, disabled, created_at, updated_at,"
                                       " last_login_at, tokens_valid_after, book_count, password_hash");
// The same columns where another table with an id joins in.
const QString qualifiedColumns = QStringLiteral("users.id, public_id, username, role, disabled, created_at, "
                                                "updated_at, last_login_at, tokens_valid_after,"
                                                " book_count, password_hash");

StoredUser readRow(const SqlStatement &row)
{
    StoredUser stored;
    User &user = stored.user;
    user.id = row.int64(0);
    user.publicId = row.text(1);
    user.username = row.text(2);
    user.role = Roles::fromName(row.text(3)).value_or(Role::User);
    user.disabled = row.int64(4) != 0;
    user.createdAtMs = row.int64(5);
    user.updatedAtMs = row.int64(6);
    if (!row.isNull(7))
        user.lastLoginAtMs = row.int64(7);
    user.tokensValidAfterMs = row.int64(8);
    user.bookCount = row.int64(9);
    stored.passwordHash = row.text(10);
    return stored;
}

Result<std::optional<StoredUser>> findOne(SqlStatement &find)
{
    if (Status run = find.execute(); !run)
        return run.error();
    if (!find.next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(readRow(find));
}

Result<qint64> single(SqlStatement &query)
{
    if (Status run = query.execute(); !run)
        return run.error();
    return query.next() ? query.int64(0) : 0;
}

Status executeChanging(SqlStatement &statement)
{
    if (Status run = statement.execute(); !run)
        return run;
    if (statement.numRowsAffected() != 1)
        return Error::notFound(ErrorCode::UserNotFound,
                               QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such user.")));
    return {};
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

Result<std::optional<StoredUser>> findByUsername(SqlConnection &connection, const QString &username)
{
    SqlStatement find(connection,
                      QStringLiteral("SELECT ") + columns
                          + QStringLiteral(" FROM users WHERE username_key = ?"),
                      "findUserByUsername");
    find.bind(UserRules::usernameKey(username));
    return findOne(find);
}

Result<std::optional<StoredUser>> findById(SqlConnection &connection, qint64 id)
{
    SqlStatement find(connection,
                      QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users WHERE id = ?"),
                      "findUserById");
    find.bind(id);
    return findOne(find);
}

Result<std::optional<User>> findByPublicId(SqlConnection &connection, const QString &publicId)
{
    SqlStatement find(connection,
                      QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users WHERE public_id = ?"),
                      "findUserByPublicId");
    find.bind(publicId);
    const Result<std::optional<StoredUser>> found = findOne(find);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<User>();
    return std::optional<User>(found.value()->user);
}

Result<qint64> countUsers(SqlConnection &connection)
{
    SqlStatement count(connection, QStringLiteral("SELECT COUNT(*) FROM users"), "countUsers");
    return single(count);
}

Result<qint64> countEnabledAdmins(SqlConnection &connection)
{
    SqlStatement count(connection,
                       QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0"),
                       "countEnabledAdmins");
    return single(count);
}

Result<UserPage> list(SqlConnection &connection, const UserQuery &query)
{
    // Keyset pagination on the unique username_key: the cost of a page does not grow with the table.
    QString after = QStringLiteral(""); // not a null QString: that would bind SQL NULL and match nothing
    if (!query.cursor.isEmpty()) {
        const std::optional<QJsonArray> keys = PageCursor::decode(query.cursor);
        if (!keys || keys->size() != 1 || !keys->at(0).isString())
            return Error::invalidField(
                QStringLiteral("cursor"),
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "The cursor is not valid.")));
        after = keys->at(0).toString();
    }
    const QString key = query.text.toLower();
    const bool filtered = !key.isEmpty();
    // No username is longer than this, so a longer text is in none (and never reaches the index, where a
    // phrase costs the doclists of all its trigrams).
    if (key.size() > UserRules::maximumUsernameLength)
        return UserPage();
    const QString like = QStringLiteral(" WHERE username_key LIKE ? ESCAPE '\\'");

    // A search the trigram index answers counts its matches there, then either fetches them by rowid and
    // sorts them (few matches) or walks the username index testing each name (many); see BookListing.cpp.
    // The count stops past what either the plan choice or the total needs: a total above the query's
    // countLimit is reported as that limit, not exact.
    const qint64 countLimit = std::max<qint64>(query.countLimit, 1);
    std::optional<qint64> matches;
    bool fetchMatches = false;
    // PostgreSQL answers LIKE '%text%' from pg_trgm's index on username_key itself (migration 3), and its
    // planner chooses between that index and the sort order's.
    if (TrigramSearch::canAnswer(key) && !connection.isPostgresql()) {
        // The largest id bounds the number of accounts from above in one b-tree step; the plan choice
        // needs no more than that.
        SqlStatement largestId(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM users"),
                               "largestUserId");
        const Result<qint64> population = single(largestId);
        if (!population)
            return population.error();
        const qint64 mostToFetch = TrigramSearch::mostMatchesToFetch(population.value(), query.limit);
        SqlStatement count(connection,
                           QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users_search"
                                          " WHERE users_search MATCH ? LIMIT ?) AS matching"),
                           "countUserMatches");
        count.bind(TrigramSearch::phrase(key)).bind(std::max(mostToFetch, countLimit) + 1);
        const Result<qint64> counted = single(count);
        if (!counted)
            return counted.error();
        matches = counted.value();
        fetchMatches = counted.value() <= mostToFetch;
    }

    UserPage page;
    {
        QString sql;
        if (fetchMatches)
            sql = QStringLiteral("SELECT ") + qualifiedColumns
                + QStringLiteral(" FROM users_search CROSS JOIN users ON users.id = users_search.rowid"
                                 " WHERE users_search MATCH ? AND users.username_key > ?");
        else
            sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users")
                + (filtered ? like + QStringLiteral(" AND username_key > ?")
                            : QStringLiteral(" WHERE username_key > ?"));
        SqlStatement select(connection, sql + QStringLiteral(" ORDER BY users.username_key LIMIT ?"),
                            fetchMatches ? "listUserMatches" : "listUsers");
        if (fetchMatches)
            select.bind(TrigramSearch::phrase(key));
        else if (filtered)
            select.bind(likePattern(query.text));
        select.bind(after).bind(query.limit + 1);
        if (Status run = select.execute(); !run)
            return run.error();
        while (select.next())
            page.items.append(readRow(select).user);
    }
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor
            = PageCursor::encode(QJsonArray {UserRules::usernameKey(page.items.constLast().username)});
    }
    qint64 counted = 0;
    if (matches) {
        counted = *matches;
    } else {
        // Without a text filter SQLite counts b-tree cells a page at a time (0.02 ms at 100,000 accounts),
        // exactly. One or two characters (no trigram) test usernames until countLimit + 1 match: 8-10 ms at
        // 100,000 accounts to count them all (docs/performance.md), well under a millisecond to reach the
        // bound for a common pair of letters.
        SqlStatement count(connection,
                           filtered ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM users") + like
                                   + QStringLiteral(" LIMIT ?) AS matching")
                                    : QStringLiteral("SELECT COUNT(*) FROM users"),
                           "countUsersMatching");
        if (filtered)
            count.bind(likePattern(query.text)).bind(countLimit + 1);
        const Result<qint64> total = single(count);
        if (!total)
            return total.error();
        counted = total.value();
    }
    page.totalExact = !filtered || counted <= countLimit;
    page.total = page.totalExact ? counted : countLimit;
    return page;
}

Result<User> insert(SqlConnection &connection, const NewUserRow &row)
{
    SqlStatement insert(connection,
                        QStringLiteral("INSERT INTO users (public_id, username, username_key, role, disabled,"
                                       " password_hash, created_at, updated_at)"
                                       " VALUES (?, ?, ?, ?, 0, ?, ?, ?) RETURNING ")
                            + columns,
                        "insertUser");
    insert.bind(row.publicId)
        .bind(row.username)
        .bind(UserRules::usernameKey(row.username))
        .bind(Roles::name(row.role))
        .bind(row.passwordHash)
        .bind(row.nowMs)
        .bind(row.nowMs);
    if (Status run = insert.execute(); !run) {
        if (insert.failedOnUniqueConstraint())
            return Error::conflict(ErrorCode::UsernameTaken,
                                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "That username is taken.")));
        return run.error();
    }
    if (!insert.next())
        return Error::storage(QStringLiteral("The new user was not returned."));
    return readRow(insert).user;
}

Status updateRoleAndStatus(SqlConnection &connection, qint64 id, Role role, bool disabled, qint64 nowMs)
{
    SqlStatement update(
        connection, QStringLiteral("UPDATE users SET role = ?, disabled = ?, updated_at = ? WHERE id = ?"),
        "updateUserRoleAndStatus");
    update.bind(Roles::name(role)).bind(disabled ? 1 : 0).bind(nowMs).bind(id);
    return executeChanging(update);
}

Status updatePasswordHash(SqlConnection &connection, qint64 id, const QString &passwordHash, qint64 nowMs)
{
    SqlStatement update(connection,
                        QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
                        "updateUserPasswordHash");
    update.bind(passwordHash).bind(nowMs).bind(id);
    return executeChanging(update);
}

Status recordLogin(SqlConnection &connection, qint64 id, qint64 nowMs)
{
    SqlStatement update(connection, QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
                        "recordLogin");
    update.bind(nowMs).bind(id);
    return executeChanging(update);
}

Status revokeTokens(SqlConnection &connection, qint64 id, qint64 validAfterMs)
{
    SqlStatement update(connection, QStringLiteral("UPDATE users SET tokens_valid_after = ? WHERE id = ?"),
                        "revokeUserTokens");
    update.bind(validAfterMs).bind(id);
    return executeChanging(update);
}

Status addToBookCount(SqlConnection &connection, qint64 id, qint64 delta)
{
    SqlStatement update(connection,
                        QStringLiteral("UPDATE users SET book_count = book_count + ? WHERE id = ?"),
                        "addToBookCount");
    update.bind(delta).bind(id);
    return executeChanging(update);
}

Status remove(SqlConnection &connection, qint64 id)
{
    SqlStatement remove(connection, QStringLiteral("DELETE FROM users WHERE id = ?"), "deleteUser");
    remove.bind(id);
    return executeChanging(remove);
}

} // namespace UserRepository
