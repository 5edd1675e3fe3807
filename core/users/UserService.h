#pragma once

#include "common/Result.h"
#include "users/Actor.h"
#include "users/ClientInfo.h"
#include "users/User.h"
#include "users/UserRepository.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

class Database;
class LoginThrottle;
class PasswordHashingPool;
class SecurityEventLog;
class WriteTransaction;

struct NewAccount
{
    QString username;
    QString password;
    Role role = Role::User;
};

struct UserChanges
{
    std::optional<Role> role;
    std::optional<bool> disabled;
};

// Accounts and their rules: who may see and change which account, the last-administrator rule, password
// policy, sign-in with constant-time answers, and revocation of a user's tokens when their password, role
// or status changes. Reads run on the calling thread; writes and password hashing return futures and never
// block the caller. Every change emits a signal after it is committed (on the writer thread).
class UserService : public QObject
{
    Q_OBJECT

public:
    // Revokes a user's tokens and refresh sessions inside the same transaction as the change that calls
    // for it (tokens issued before validAfterMs stop working), optionally keeping one session (the one that
    // changed its own password). Installed by the tokens layer.
    using TokenRevoker = std::function<Status(WriteTransaction &, const User &user, qint64 validAfterMs,
                                              const QString &keepSessionId)>;

    UserService(Database &database, PasswordHashingPool &passwords, SecurityEventLog &events,
                QObject *parent = nullptr);

    void setTokenRevoker(TokenRevoker revoker) { m_tokenRevoker = std::move(revoker); }
    // Sign-in attempts go through this throttle when set (the REST server always sets one).
    void setLoginThrottle(LoginThrottle *throttle) { m_throttle = throttle; }

    // Reads. A user may read their own account; an administrator any.
    Result<User> get(const Actor &actor, const QString &publicId);
    Result<UserPage> list(const Actor &actor, const UserQuery &query);
    // Enabled administrators now (the last one may not be disabled, demoted or deleted): for the GUI, which
    // greys out what the rule would refuse.
    Result<qint64> enabledAdministratorCount();
    // No permission check: for the tokens layer, which has already verified who is asking (a verified
    // access token's subject, a rotated refresh token's session).
    Result<std::optional<User>> findByPublicId(const QString &publicId);
    // The same inside a write job, on the writer's connection.
    Result<std::optional<User>> findById(WriteTransaction &transaction, qint64 id);

    // Self-service registration: always role "user".
    QFuture<Result<User>> registerAccount(const QString &username, const QString &password,
                                          const ClientInfo &client = {});
    // Administrators create accounts with any role.
    QFuture<Result<User>> createAccount(const Actor &actor, const NewAccount &account);
    QFuture<Result<User>> update(const Actor &actor, const QString &publicId, const UserChanges &changes);
    QFuture<Result<User>> resetPassword(const Actor &actor, const QString &publicId,
                                        const QString &newPassword);
    QFuture<Result<User>> changeOwnPassword(const Actor &actor, const QString &currentPassword,
                                            const QString &newPassword, const QString &keepSessionId = {});
    QFuture<Result<User>> signOutEverywhere(const Actor &actor, const QString &publicId);
    // Deletes the account and its books; returns the account as it was (bookCount tells how many went).
    QFuture<Result<User>> remove(const Actor &actor, const QString &publicId);

    // Checks a username and password. Unknown user, wrong password and disabled account all give the same
    // ErrorKind::Unauthorized "invalid_credentials" after the same amount of work. A hash made with older
    // parameters is replaced on success. While the login throttle holds the name or address back, every
    // attempt is refused with ErrorKind::Throttled "too_many_attempts" (retryAfterSeconds set).
    QFuture<Result<User>> authenticate(const QString &username, const QString &password,
                                       const ClientInfo &client = {});

    // On an empty database, creates the account "admin" (role admin) with the given password, or with a
    // generated one that is returned so that it can be shown once. Returns nothing when users exist.
    Result<std::optional<QString>> ensureInitialAdministrator(const QString &password = {});

    // Sign-in throttling across the processes sharing a PostgreSQL database: each failure and success is
    // published (InstanceChanges of these kinds) and counted by every process's LoginThrottle.
    static QString signInFailedKind();
    static QString signInSucceededKind();
    void applySignInElsewhere(const QString &kind, const QString &payload);

signals:
    void userCreated(const User &user);
    void userUpdated(const User &user);
    void userDeleted(const User &user);
    // Every token of the user issued before validAfterMs is revoked.
    void tokensRevoked(qint64 userId, qint64 validAfterMs);

private:
    QFuture<Result<User>> insertAccount(const QString &actorName, const NewAccount &account,
                                        const QString &passwordHash, const QString &eventType,
                                        const ClientInfo &client);
    QFuture<Result<User>> storeNewPassword(const Actor &actor, qint64 userId, const QString &passwordHash,
                                           const QString &eventType, const QString &keepSessionId);
    Status revokeEverything(WriteTransaction &transaction, const User &user, const QString &keepSessionId);
    void recordFailedLogin(const QString &username, const ClientInfo &client, const QString &reason);
    Result<std::optional<QString>> createInitialAdministrator(const QString &password);
    static QString throttleKey(const QString &username);
    void shareWithOtherProcesses(const QString &kind, const QString &account, const QString &address);

    Database &m_database;
    PasswordHashingPool &m_passwords;
    SecurityEventLog &m_events;
    TokenRevoker m_tokenRevoker;
    LoginThrottle *m_throttle = nullptr;
};
