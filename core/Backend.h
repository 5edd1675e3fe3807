#pragma once

#include "common/Result.h"
#include "passwords/Argon2Parameters.h"
#include "storage/DatabaseUrl.h"
#include "storage/InstanceChanges.h"
#include "tokens/TokenSettings.h"
#include "users/LoginThrottle.h"

#include <memory>

class AccessTokenVerifier;
class ChangeListener;
class BookService;
class Clock;
class Database;
class LoginThrottle;
class PasswordHashingPool;
class RefreshSessionService;
class RevocationList;
class RevocationService;
class SecurityEventLog;
class SignInService;
class SigningKeyService;
class TokenMinter;
class UserService;

struct BackendOptions
{
    DatabaseUrl database;
    Argon2Parameters argon2;
    int hashingThreads = 0; // 0: one per core
    int hashingQueue = 64; // hashes allowed to wait; more are refused as "too busy"
    const Clock *clock = nullptr; // nullptr: Clock::system()
    LoginThrottlePolicy loginThrottle;
    TokenSettings tokens;
};

// Everything core offers, opened and wired together once: what the GUI and the HTTP server both hold.
class Backend
{
public:
    static Result<std::unique_ptr<Backend>> open(const BackendOptions &options);
    // Lets pending hashing and writes finish before anything is torn down.
    ~Backend();
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;

    const Clock &clock() const { return m_clock; }
    Database &database() { return *m_database; }
    PasswordHashingPool &passwords() { return *m_passwords; }
    SecurityEventLog &events() { return *m_events; }
    UserService &users() { return *m_users; }
    BookService &books() { return *m_books; }
    LoginThrottle &loginThrottle() { return *m_loginThrottle; }
    RevocationList &revocations() { return *m_revocationList; }
    RefreshSessionService &sessions() { return *m_sessions; }
    SigningKeyService &keys() { return *m_keys; }
    AccessTokenVerifier &tokenVerifier() { return *m_tokenVerifier; }
    TokenMinter &tokenMinter() { return *m_tokenMinter; }
    SignInService &signIn() { return *m_signIn; }

    // The token settings in force, and new ones: checked, then handed to every piece that uses a part of
    // them (verification, minting, session lifetime, how long revocations and passive keys must last).
    TokenSettings tokenSettings() const;
    Status setTokenSettings(const TokenSettings &settings);

    // Deletes what can no longer matter: revocations older than any token they concern, sessions ended
    // more than 30 days ago, security events older than a year. Runs in the background (the writer);
    // the executables call it at start-up and hourly.
    void pruneExpired();

private:
    explicit Backend(const Clock &clock);
    // Several processes on one PostgreSQL database: what the others changed, applied to what this one keeps
    // in memory (revocations, signing keys, sign-in throttles; cached pages go stale with any commit).
    void listenToOtherProcesses(qint64 startAfterId);
    void applyChangeElsewhere(const InstanceChanges::Change &change);
    void resynchronise();

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeListener> m_changesElsewhere;
    std::unique_ptr<PasswordHashingPool> m_passwords;
    std::unique_ptr<SecurityEventLog> m_events;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<RevocationList> m_revocationList;
    std::unique_ptr<RevocationService> m_revocationService;
    std::unique_ptr<RefreshSessionService> m_sessions;
    std::unique_ptr<SigningKeyService> m_keys;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<BookService> m_books;
    std::unique_ptr<AccessTokenVerifier> m_tokenVerifier;
    std::unique_ptr<TokenMinter> m_tokenMinter;
    std::unique_ptr<SignInService> m_signIn;
};
