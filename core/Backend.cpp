#include "Backend.h"

#include "books/BookService.h"
#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionStore.h"
#include "tokens/RevocationList.h"
#include "tokens/RevocationStore.h"
#include "tokens/SigningKeyStore.h"
#include "tokens/TokenService.h"
#include "users/UserService.h"

Backend::Backend(const Clock &clock)
    : m_clock(clock)
{ }

Result<std::unique_ptr<Backend>> Backend::open(const BackendOptions &options)
{
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    std::unique_ptr<Backend> backend(new Backend(clock));

    Result<std::unique_ptr<Database>> database = Database::open(options.database, clock);
    if (!database)
        return database.error();
    backend->m_database = std::move(database).value();
    backend->m_passwords = std::make_unique<PasswordHashingPool>(
        PasswordHasher(options.argon2), options.hashingThreads, options.hashingQueue);
    backend->m_events = std::make_unique<SecurityEventLog>(*backend->m_database);
    backend->m_loginThrottle = std::make_unique<LoginThrottle>(clock, options.loginThrottle);
    backend->m_revocationList = std::make_unique<RevocationList>();
    backend->m_revocationStore = std::make_unique<RevocationStore>(*backend->m_revocationList);
    if (Status loaded = backend->m_revocationStore->load(backend->m_database->connection(), clock.nowMs());
        !loaded)
        return loaded.error();
    backend->m_sessions = std::make_unique<RefreshSessionStore>(*backend->m_database, *backend->m_events,
                                                                *backend->m_revocationStore);
    backend->m_keys = std::make_unique<SigningKeyStore>(*backend->m_database, *backend->m_events, clock);
    if (Status keys = backend->m_keys->load(); !keys)
        return keys.error();
    backend->m_users
        = std::make_unique<UserService>(*backend->m_database, *backend->m_passwords, *backend->m_events);
    backend->m_users->setLoginThrottle(backend->m_loginThrottle.get());
    backend->m_books = std::make_unique<BookService>(*backend->m_database, clock);
    backend->m_tokens = std::make_unique<TokenService>(
        *backend->m_database, *backend->m_users, *backend->m_sessions, *backend->m_keys,
        *backend->m_revocationList, *backend->m_revocationStore, *backend->m_events);
    if (Status settings = backend->m_tokens->setSettings(options.tokens); !settings)
        return settings.error();

    // A user's password, role or status change (or deletion, or "sign out everywhere") voids the tokens
    // issued before it and ends the user's sessions, in the same transaction as the change.
    RevocationStore *revocations = backend->m_revocationStore.get();
    RefreshSessionStore *sessions = backend->m_sessions.get();
    backend->m_users->setTokenRevoker([revocations, sessions](WriteTransaction &transaction, const User &user,
                                                              qint64 validAfterMs,
                                                              const QString &keepSessionId) {
        if (Status subject = revocations->revokeSubject(transaction, user.publicId, validAfterMs,
                                                        validAfterMs + sessions->accessTokenHorizonMs());
            !subject)
            return subject;
        return sessions->revokeAllForUser(transaction, user.id, keepSessionId,
                                          QStringLiteral("tokens_revoked"));
    });
    return backend;
}

Backend::~Backend()
{
    // Order matters: hashing continuations submit writes, and write jobs refer to the services.
    m_passwords.reset();
    if (m_database)
        m_database->writer().waitForIdle();
    m_tokens.reset();
    m_books.reset();
    m_users.reset();
    m_keys.reset();
    m_sessions.reset();
    m_revocationStore.reset();
    m_revocationList.reset();
    m_loginThrottle.reset();
    m_events.reset();
    m_database.reset();
}

void Backend::pruneExpired()
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    RevocationStore *revocations = m_revocationStore.get();
    m_database->writer().submit<qint64>(
        [revocations](WriteTransaction &transaction) { return revocations->prune(transaction); });
    m_sessions->pruneClosed(30 * day);
    m_events->pruneOlderThan(m_clock.nowMs() - 365 * day);
}
