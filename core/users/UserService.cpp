#include "users/UserService.h"

#include "common/Futures.h"
#include "common/TextChecks.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "users/LoginThrottle.h"
#include "users/UserRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcUsers, "bookwarden.core.users")

namespace {
Error userNotFound()
{
    return Error::notFound(ErrorCode::UserNotFound,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such user.")));
}

Error usernameTaken()
{
    return Error::conflict(ErrorCode::UsernameTaken,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "That username is taken.")))
        .withField(QStringLiteral("username"),
                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "That username is taken.")));
}

Error lastAdministrator()
{
    return Error::conflict(ErrorCode::LastAdmin,
                           QStringLiteral(QT_TRANSLATE_NOOP(
                               "Error",
                               "This is the last enabled administrator. Make another user an "
                               "administrator first, so that someone can still manage Bookwarden.")));
}

Error tooManyAttempts(int retryAfterSeconds)
{
    return Error::throttled(
               ErrorCode::TooManyAttempts,
               QStringLiteral(QT_TRANSLATE_NOOP("Error", "Too many failed sign-ins. Try again in %1 s.")),
               retryAfterSeconds)
        .withArguments({QString::number(retryAfterSeconds)});
}

Error invalidCredentials()
{
    return Error::unauthorized(ErrorCode::InvalidCredentials,
                               QStringLiteral(QT_TRANSLATE_NOOP("Error", "Wrong username or password.")));
}

Result<StoredUser> loadById(WriteTransaction &transaction, qint64 id)
{
    const Result<std::optional<StoredUser>> found = UserRepository::findById(transaction.connection(), id);
    if (!found)
        return found.error();
    if (!found.value())
        return userNotFound();
    return *found.value();
}

Result<User> loadByPublicId(WriteTransaction &transaction, const QString &publicId)
{
    const Result<std::optional<User>> found
        = UserRepository::findByPublicId(transaction.connection(), publicId);
    if (!found)
        return found.error();
    if (!found.value())
        return userNotFound();
    return *found.value();
}

// The last-administrator rule: some enabled administrator must remain after the change.
Status checkAdministratorRemains(WriteTransaction &transaction, const User &before, bool stillEnabledAdmin)
{
    if (!before.isEnabledAdmin() || stillEnabledAdmin)
        return {};
    const Result<qint64> admins = UserRepository::countEnabledAdmins(transaction.connection());
    if (!admins)
        return admins.error();
    if (admins.value() <= 1)
        return lastAdministrator();
    return {};
}

SecurityEvent eventAbout(const QString &type, const QString &actor, const User &subject)
{
    SecurityEvent event;
    event.type = type;
    event.actor = actor;
    event.subjectId = subject.publicId;
    event.subjectName = subject.username;
    return event;
}
} // namespace

UserService::UserService(Database &database, PasswordHashingPool &passwords, SecurityEventLog &events,
                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_passwords(passwords)
    , m_events(events)
{
    qRegisterMetaType<User>();
}

Result<User> UserService::get(const Actor &actor, const QString &publicId)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed && actor.publicId != publicId)
        return allowed.error();
    const Result<std::optional<User>> found
        = UserRepository::findByPublicId(m_database.connection(), publicId);
    if (!found)
        return found.error();
    if (!found.value())
        return userNotFound();
    return *found.value();
}

Result<qint64> UserService::enabledAdministratorCount()
{
    return UserRepository::countEnabledAdmins(m_database.connection());
}

Result<UserPage> UserService::list(const Actor &actor, const UserQuery &query)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed)
        return allowed.error();
    if (query.limit < 1 || query.limit > 500)
        return Error::invalidField(
            QStringLiteral("limit"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "The limit must be from 1 to 500.")));
    // As for books: no username holds one, and a NUL would cut the LIKE pattern or the search phrase short.
    if (TextChecks::hasControlCharacters(query.text))
        return Error::invalidField(
            QStringLiteral("q"),
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "The search text cannot contain control characters.")));
    return UserRepository::list(m_database.connection(), query);
}

Result<std::optional<User>> UserService::findByPublicId(const QString &publicId)
{
    return UserRepository::findByPublicId(m_database.connection(), publicId);
}

Result<std::optional<User>> UserService::findById(WriteTransaction &transaction, qint64 id)
{
    const Result<std::optional<StoredUser>> found = UserRepository::findById(transaction.connection(), id);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<User>();
    return std::optional<User>(found.value()->user);
}

QFuture<Result<User>> UserService::registerAccount(const QString &username, const QString &password,
                                                   const ClientInfo &client)
{
    const NewAccount account {username, password, Role::User};
    if (Status valid = UserRules::checkUsername(username); !valid)
        return Futures::ready<User>(valid.error());
    if (Status valid = UserRules::checkPassword(username, password); !valid)
        return Futures::ready<User>(valid.error());
    // Saves 50 ms of hashing for a name that is taken; the write job checks again.
    const auto existing = UserRepository::findByUsername(m_database.connection(), username);
    if (existing.ok() && existing.value())
        return Futures::ready<User>(usernameTaken());

    return Futures::andThen<User>(m_passwords.hash(password), [this, account, client](const QString &hash) {
        return insertAccount(account.username, account, hash, SecurityEventType::userRegistered, client);
    });
}

QFuture<Result<User>> UserService::createAccount(const Actor &actor, const NewAccount &account)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed)
        return Futures::ready<User>(allowed.error());
    if (Status valid = UserRules::checkUsername(account.username); !valid)
        return Futures::ready<User>(valid.error());
    if (Status valid = UserRules::checkPassword(account.username, account.password); !valid)
        return Futures::ready<User>(valid.error());
    const auto existing = UserRepository::findByUsername(m_database.connection(), account.username);
    if (existing.ok() && existing.value())
        return Futures::ready<User>(usernameTaken());

    const QString actorName = actor.displayName();
    return Futures::andThen<User>(
        m_passwords.hash(account.password), [this, account, actorName](const QString &hash) {
            return insertAccount(actorName, account, hash, SecurityEventType::userCreated, {});
        });
}

QFuture<Result<User>> UserService::insertAccount(const QString &actorName, const NewAccount &account,
                                                 const QString &passwordHash, const QString &eventType,
                                                 const ClientInfo &client)
{
    return m_database.writer().submit<User>([=, this](WriteTransaction &transaction) -> Result<User> {
        const auto existing = UserRepository::findByUsername(transaction.connection(), account.username);
        if (!existing)
            return existing.error();
        if (existing.value())
            return usernameTaken();
        UserRepository::NewUserRow row;
        row.publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.username = account.username;
        row.role = account.role;
        row.passwordHash = passwordHash;
        row.nowMs = transaction.nowMs();
        const Result<User> created = UserRepository::insert(transaction.connection(), row);
        if (!created)
            return created;
        SecurityEvent event = eventAbout(eventType, actorName, created.value());
        event.clientAddress = client.address;
        event.details = QJsonObject {{QStringLiteral("role"), Roles::name(account.role)}};
        if (Status recorded = m_events.record(transaction, event); !recorded)
            return recorded.error();
        const User user = created.value();
        transaction.afterCommit([this, user] { emit userCreated(user); });
        return created;
    });
}

QFuture<Result<User>> UserService::update(const Actor &actor, const QString &publicId,
                                          const UserChanges &changes)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed)
        return Futures::ready<User>(allowed.error());
    const QString actorName = actor.displayName();
    return m_database.writer().submit<User>([=, this](WriteTransaction &transaction) -> Result<User> {
        const Result<User> before = loadByPublicId(transaction, publicId);
        if (!before)
            return before;
        const Role role = changes.role.value_or(before->role);
        const bool disabled = changes.disabled.value_or(before->disabled);
        if (role == before->role && disabled == before->disabled)
            return before;
        if (Status allowed
            = checkAdministratorRemains(transaction, before.value(), role == Role::Admin && !disabled);
            !allowed)
            return allowed.error();
        if (Status updated = UserRepository::updateRoleAndStatus(transaction.connection(), before->id, role,
                                                                 disabled, transaction.nowMs());
            !updated)
            return updated.error();

        if (role != before->role) {
            SecurityEvent event = eventAbout(SecurityEventType::roleChanged, actorName, before.value());
            event.details = QJsonObject {{QStringLiteral("from"), Roles::name(before->role)},
                                         {QStringLiteral("to"), Roles::name(role)}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
        }
        if (disabled != before->disabled) {
            const QString type = disabled ? SecurityEventType::userDisabled : SecurityEventType::userEnabled;
            if (Status recorded = m_events.record(transaction, eventAbout(type, actorName, before.value()));
                !recorded)
                return recorded.error();
        }
        // A new role or a disabled account must not keep working through tokens issued before.
        if (Status revoked = revokeEverything(transaction, before.value(), {}); !revoked)
            return revoked.error();

        const Result<StoredUser> after = loadById(transaction, before->id);
        if (!after)
            return after.error();
        const User user = after->user;
        transaction.afterCommit([this, user] { emit userUpdated(user); });
        return user;
    });
}

Status UserService::revokeEverything(WriteTransaction &transaction, const User &user,
                                     const QString &keepSessionId)
{
    const qint64 validAfter = transaction.nowMs();
    if (Status revoked = UserRepository::revokeTokens(transaction.connection(), user.id, validAfter);
        !revoked)
        return revoked;
    if (m_tokenRevoker) {
        if (Status tokens = m_tokenRevoker(transaction, user, validAfter, keepSessionId); !tokens)
            return tokens;
    }
    const qint64 userId = user.id;
    transaction.afterCommit([this, userId, validAfter] { emit tokensRevoked(userId, validAfter); });
    return {};
}

QFuture<Result<User>> UserService::resetPassword(const Actor &actor, const QString &publicId,
                                                 const QString &newPassword)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed)
        return Futures::ready<User>(allowed.error());
    const Result<std::optional<User>> target
        = UserRepository::findByPublicId(m_database.connection(), publicId);
    if (!target)
        return Futures::ready<User>(target.error());
    if (!target.value())
        return Futures::ready<User>(userNotFound());
    if (Status valid = UserRules::checkPassword(target.value()->username, newPassword); !valid)
        return Futures::ready<User>(valid.error());
    const qint64 userId = target.value()->id;
    return Futures::andThen<User>(m_passwords.hash(newPassword), [this, actor, userId](const QString &hash) {
        return storeNewPassword(actor, userId, hash, SecurityEventType::passwordReset, {});
    });
}

QFuture<Result<User>> UserService::changeOwnPassword(const Actor &actor, const QString &currentPassword,
                                                     const QString &newPassword, const QString &keepSessionId)
{
    if (actor.isDesktop())
        return Futures::ready<User>(
            Error::forbidden(ErrorCode::NotAnAccount,
                             QStringLiteral(QT_TRANSLATE_NOOP(
                                 "Error", "The desktop administrator has no password of its own."))));
    const Result<std::optional<StoredUser>> stored
        = UserRepository::findById(m_database.connection(), actor.userId);
    if (!stored)
        return Futures::ready<User>(stored.error());
    if (!stored.value())
        return Futures::ready<User>(userNotFound());
    if (Status valid = UserRules::checkPassword(stored.value()->user.username, newPassword,
                                                QStringLiteral("new_password"));
        !valid)
        return Futures::ready<User>(valid.error());
    if (newPassword == currentPassword)
        return Futures::ready<User>(
            Error::invalidField(QStringLiteral("new_password"),
                                QStringLiteral(QT_TRANSLATE_NOOP(
                                    "Error", "The new password must differ from the current one."))));

    const qint64 userId = actor.userId;
    QFuture<Result<bool>> checked = Futures::andThen<bool>(
        m_passwords.verify(currentPassword, stored.value()->passwordHash),
        [](const PasswordHasher::Check &check) {
            if (!check.matches)
                return Futures::ready<bool>(Error::invalidField(
                    QStringLiteral("current_password"),
                    QStringLiteral(QT_TRANSLATE_NOOP("Error", "The current password is not right."))));
            return Futures::ready<bool>(true);
        });
    QFuture<Result<QString>> hashed = Futures::andThen<QString>(
        checked, [this, newPassword](bool) { return m_passwords.hash(newPassword); });
    return Futures::andThen<User>(hashed, [this, actor, userId, keepSessionId](const QString &hash) {
        return storeNewPassword(actor, userId, hash, SecurityEventType::passwordChanged, keepSessionId);
    });
}

QFuture<Result<User>> UserService::storeNewPassword(const Actor &actor, qint64 userId,
                                                    const QString &passwordHash, const QString &eventType,
                                                    const QString &keepSessionId)
{
    const QString actorName = actor.displayName();
    return m_database.writer().submit<User>([=, this](WriteTransaction &transaction) -> Result<User> {
        const Result<StoredUser> before = loadById(transaction, userId);
        if (!before)
            return before.error();
        if (Status updated = UserRepository::updatePasswordHash(transaction.connection(), userId,
                                                                passwordHash, transaction.nowMs());
            !updated)
            return updated.error();
        if (Status recorded = m_events.record(transaction, eventAbout(eventType, actorName, before->user));
            !recorded)
            return recorded.error();
        if (Status revoked = revokeEverything(transaction, before->user, keepSessionId); !revoked)
            return revoked.error();
        const Result<StoredUser> after = loadById(transaction, userId);
        if (!after)
            return after.error();
        const User user = after->user;
        transaction.afterCommit([this, user] { emit userUpdated(user); });
        return user;
    });
}

QFuture<Result<User>> UserService::signOutEverywhere(const Actor &actor, const QString &publicId)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed && actor.publicId != publicId)
        return Futures::ready<User>(allowed.error());
    const QString actorName = actor.displayName();
    return m_database.writer().submit<User>([=, this](WriteTransaction &transaction) -> Result<User> {
        const Result<User> target = loadByPublicId(transaction, publicId);
        if (!target)
            return target;
        if (Status revoked = revokeEverything(transaction, target.value(), {}); !revoked)
            return revoked.error();
        if (Status recorded = m_events.record(
                transaction, eventAbout(SecurityEventType::tokensRevoked, actorName, target.value()));
            !recorded)
            return recorded.error();
        const Result<StoredUser> after = loadById(transaction, target->id);
        if (!after)
            return after.error();
        const User user = after->user;
        transaction.afterCommit([this, user] { emit userUpdated(user); });
        return user;
    });
}

QFuture<Result<User>> UserService::remove(const Actor &actor, const QString &publicId)
{
    if (Status allowed = UserRules::checkAdministrator(actor); !allowed)
        return Futures::ready<User>(allowed.error());
    const QString actorName = actor.displayName();
    return m_database.writer().submit<User>([=, this](WriteTransaction &transaction) -> Result<User> {
        const Result<User> target = loadByPublicId(transaction, publicId);
        if (!target)
            return target;
        if (Status allowed = checkAdministratorRemains(transaction, target.value(), false); !allowed)
            return allowed.error();
        if (Status revoked = revokeEverything(transaction, target.value(), {}); !revoked)
            return revoked.error();
        // Books and sessions go with the account (ON DELETE CASCADE).
        if (Status removed = UserRepository::remove(transaction.connection(), target->id); !removed)
            return removed.error();
        SecurityEvent event = eventAbout(SecurityEventType::userDeleted, actorName, target.value());
        event.details = QJsonObject {{QStringLiteral("books_deleted"), double(target->bookCount)}};
        if (Status recorded = m_events.record(transaction, event); !recorded)
            return recorded.error();
        const User user = target.value();
        transaction.afterCommit([this, user] { emit userDeleted(user); });
        return target;
    });
}

QFuture<Result<User>> UserService::authenticate(const QString &username, const QString &password,
                                                const ClientInfo &client)
{
    const QString key = throttleKey(username);
    if (m_throttle) {
        if (const int wait = m_throttle->secondsUntilAllowed(key, client.address); wait > 0)
            return Futures::ready<User>(tooManyAttempts(wait));
    }

    // Every path below costs one Argon2 verification, so that timing reveals nothing about the account.
    std::optional<StoredUser> stored;
    if (UserRules::checkUsername(username).ok()) {
        const auto found = UserRepository::findByUsername(m_database.connection(), username);
        if (!found)
            return Futures::ready<User>(found.error());
        stored = found.value();
    }
    const QString hash = stored ? stored->passwordHash : m_passwords.hasher().dummyHash();

    return Futures::andThen<User>(
        m_passwords.verify(password, hash),
        [this, stored, username, password, client, key](const PasswordHasher::Check &check) {
            if (!stored || !check.matches || stored->user.disabled) {
                recordFailedLogin(username, client,
                                  !stored              ? QStringLiteral("unknown_user")
                                      : !check.matches ? QStringLiteral("wrong_password")
                                                       : QStringLiteral("account_disabled"));
                return Futures::ready<User>(invalidCredentials());
            }
            if (m_throttle) {
                m_throttle->recordSuccess(key);
                shareWithOtherProcesses(signInSucceededKind(), key, client.address);
            }
            const qint64 userId = stored->user.id;
            auto recordSuccess = [this, userId, client](const QString &newHash) {
                return m_database.writer().submit<User>(
                    [=, this](WriteTransaction &transaction) -> Result<User> {
                        if (!newHash.isEmpty()) {
                            if (Status upgraded = UserRepository::updatePasswordHash(
                                    transaction.connection(), userId, newHash, transaction.nowMs());
                                !upgraded)
                                return upgraded.error();
                        }
                        if (Status recorded = UserRepository::recordLogin(transaction.connection(), userId,
                                                                          transaction.nowMs());
                            !recorded)
                            return recorded.error();
                        const Result<StoredUser> user = loadById(transaction, userId);
                        if (!user)
                            return user.error();
                        SecurityEvent event
                            = eventAbout(SecurityEventType::loginSucceeded, user->user.username, user->user);
                        event.clientAddress = client.address;
                        if (!newHash.isEmpty())
                            event.details = QJsonObject {{QStringLiteral("password_hash_upgraded"), true}};
                        if (Status logged = m_events.record(transaction, event); !logged)
                            return logged.error();
                        return user->user;
                    });
            };
            if (!check.needsRehash)
                return recordSuccess(QString());
            qCInfo(lcUsers) << "upgrading the password hash of user" << stored->user.publicId;
            return Futures::andThen<User>(m_passwords.hash(password), recordSuccess);
        });
}

QString UserService::throttleKey(const QString &username)
{
    return username.left(UserRules::maximumUsernameLength * 2);
}

QString UserService::signInFailedKind()
{
    return QStringLiteral("sign-in-failed");
}

QString UserService::signInSucceededKind()
{
    return QStringLiteral("sign-in-succeeded");
}

void UserService::shareWithOtherProcesses(const QString &kind, const QString &account, const QString &address)
{
    const QJsonObject attempt {{QStringLiteral("account"), account}, {QStringLiteral("address"), address}};
    if (Status published = m_database.publishNow(
            kind, QString::fromUtf8(QJsonDocument(attempt).toJson(QJsonDocument::Compact)));
        !published)
        qCWarning(lcUsers) << "the other processes were not told of a sign-in attempt:"
                           << published.error().message();
}

void UserService::applySignInElsewhere(const QString &kind, const QString &payload)
{
    if (!m_throttle)
        return;
    const QJsonObject attempt = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString account = attempt.value(QStringLiteral("account")).toString();
    if (kind == signInFailedKind())
        m_throttle->recordFailure(account, attempt.value(QStringLiteral("address")).toString());
    else if (kind == signInSucceededKind())
        m_throttle->recordSuccess(account);
}

void UserService::recordFailedLogin(const QString &username, const ClientInfo &client, const QString &reason)
{
    SecurityEvent event;
    event.type = SecurityEventType::loginFailed;
    event.actor = QStringLiteral("anonymous");
    // Only a well-formed username is logged: people sometimes type their password into the username field.
    if (UserRules::checkUsername(username).ok())
        event.subjectName = username;
    event.clientAddress = client.address;
    event.details = QJsonObject {{QStringLiteral("reason"), reason}};
    m_events.recordAsync(event);

    if (!m_throttle)
        return;
    shareWithOtherProcesses(signInFailedKind(), throttleKey(username), client.address);
    if (m_throttle->recordFailure(throttleKey(username), client.address)) {
        SecurityEvent lockout = event;
        lockout.type = SecurityEventType::loginThrottled;
        lockout.details = QJsonObject {};
        m_events.recordAsync(lockout);
    }
}

Result<std::optional<QString>> UserService::ensureInitialAdministrator(const QString &password)
{
    // Servers started together on one PostgreSQL database: one of them creates the account, the others
    // then find it.
    Result<std::optional<QString>> outcome = std::optional<QString>();
    if (Status alone = m_database.runAlone([&] {
            outcome = createInitialAdministrator(password);
            return outcome ? Status() : Status(outcome.error());
        });
        !alone)
        return alone.error();
    return outcome;
}

Result<std::optional<QString>> UserService::createInitialAdministrator(const QString &password)
{
    const Result<qint64> users = UserRepository::countUsers(m_database.connection());
    if (!users)
        return users.error();
    if (users.value() > 0)
        return std::optional<QString>();

    const QString username = QStringLiteral("admin");
    const QString chosen = password.isEmpty() ? UserRules::generatePassword() : password;
    if (Status valid = UserRules::checkPassword(username, chosen); !valid)
        return valid.error();
    const Result<QString> hash = m_passwords.hash(chosen).result();
    if (!hash)
        return hash.error();
    const Result<User> created
        = m_database.writer()
              .submit<User>([this, username, hash](WriteTransaction &transaction) -> Result<User> {
                  // Checked again inside the transaction: another process may have won.
                  const Result<qint64> count = UserRepository::countUsers(transaction.connection());
                  if (!count)
                      return count.error();
                  if (count.value() > 0)
                      return usernameTaken();
                  UserRepository::NewUserRow row {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                  username, Role::Admin, hash.value(), transaction.nowMs()};
                  const Result<User> inserted = UserRepository::insert(transaction.connection(), row);
                  if (!inserted)
                      return inserted;
                  SecurityEvent event = eventAbout(SecurityEventType::userCreated,
                                                   QStringLiteral("bootstrap"), inserted.value());
                  event.details = QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}};
                  if (Status recorded = m_events.record(transaction, event); !recorded)
                      return recorded.error();
                  const User user = inserted.value();
                  transaction.afterCommit([this, user] { emit userCreated(user); });
                  return inserted;
              })
              .result();
    if (!created) {
        if (created.error().code() == ErrorCode::UsernameTaken)
            return std::optional<QString>(); // someone else bootstrapped first
        return created.error();
    }
    qCInfo(lcUsers) << "created the initial administrator account 'admin'";
    if (password.isEmpty())
        return std::optional<QString>(chosen);
    return std::optional<QString>();
}
