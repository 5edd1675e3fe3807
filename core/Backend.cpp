#include "Backend.h"

#include "books/BookService.h"
#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/RevocationList.h"
#include "tokens/RevocationService.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"
#include "tokens/TokenMinter.h"
#include "users/UserService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackend, "bookwarden.core.backend")

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
    // Several processes on one PostgreSQL database: the changes the others make from here on are read by
    // the listener, so this is taken before anything is loaded.
    qint64 changesLoaded = 0;
    if (options.database.isPostgresql()) {
        const Result<qint64> newest = InstanceChanges::newestId(backend->m_database->connection());
        if (!newest)
            return newest.error();
        changesLoaded = newest.value();
    }
    backend->m_revocationList = std::make_unique<RevocationList>();
    backend->m_revocationService = std::make_unique<RevocationService>(*backend->m_revocationList);
    if (Status loaded = backend->m_revocationService->load(backend->m_database->connection(), clock.nowMs());
        !loaded)
        return loaded.error();
    backend->m_sessions = std::make_unique<RefreshSessionService>(*backend->m_database, *backend->m_events,
                                                                  *backend->m_revocationService);
    backend->m_keys = std::make_unique<SigningKeyService>(*backend->m_database, *backend->m_events);
    if (Status keys = backend->m_keys->load(); !keys)
        return keys.error();
    backend->m_users
        = std::make_unique<UserService>(*backend->m_database, *backend->m_passwords, *backend->m_events);
    backend->m_users->setLoginThrottle(backend->m_loginThrottle.get());
    backend->m_books = std::make_unique<BookService>(*backend->m_database, clock);
    backend->m_tokenVerifier = std::make_unique<AccessTokenVerifier>(
        clock, *backend->m_users, *backend->m_keys, *backend->m_revocationList);
    backend->m_tokenMinter = std::make_unique<TokenMinter>(clock, *backend->m_users, *backend->m_keys,
                                                           *backend->m_revocationList, *backend->m_events);
    backend->m_signIn = std::make_unique<SignInService>(*backend->m_database, *backend->m_users,
                                                        *backend->m_sessions, *backend->m_tokenMinter,
                                                        *backend->m_revocationService, *backend->m_events);
    if (Status settings = backend->setTokenSettings(options.tokens); !settings)
        return settings.error();

    // A user's password, role or status change (or deletion, or "sign out everywhere") voids the tokens
    // issued before it and ends the user's sessions, in the same transaction as the change.
    RevocationService *revocations = backend->m_revocationService.get();
    RefreshSessionService *sessions = backend->m_sessions.get();
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
    if (options.database.isPostgresql())
        backend->listenToOtherProcesses(changesLoaded);
    return backend;
}

void Backend::listenToOtherProcesses(qint64 startAfterId)
{
    ChangeListener::Handlers handlers;
    handlers.apply = [this](const InstanceChanges::Change &change) { applyChangeElsewhere(change); };
    handlers.othersCommitted = [this] { m_database->writer().noteCommitElsewhere(); };
    handlers.resynchronise = [this] { resynchronise(); };
    handlers.stopping = [this] { m_database->releaseThreadConnection(); };
    m_changesElsewhere = std::make_unique<ChangeListener>(
        m_database->url(), m_database->origin(), QStringLiteral("bookwarden-changes-") + m_database->origin(),
        std::move(handlers), startAfterId);
}

void Backend::applyChangeElsewhere(const InstanceChanges::Change &change)
{
    Status applied;
    if (change.kind == RevocationService::changeKind())
        applied = m_revocationService->applyPublished(change.payload);
    else if (change.kind == QLatin1String("keys"))
        applied = m_keys->reload();
    else if (change.kind == UserService::signInFailedKind()
             || change.kind == UserService::signInSucceededKind())
        m_users->applySignInElsewhere(change.kind, change.payload);
    if (!applied)
        qCWarning(lcBackend) << "a change by another process was not applied:" << change.kind
                             << applied.error().message();
}

void Backend::resynchronise()
{
    m_database->writer().noteCommitElsewhere();
    if (Status revocations = m_revocationService->load(m_database->connection(), m_clock.nowMs());
        !revocations)
        qCWarning(lcBackend) << "reloading the revocations failed:" << revocations.error().message();
    if (Status keys = m_keys->reload(); !keys)
        qCWarning(lcBackend) << "reloading the signing keys failed:" << keys.error().message();
}

Backend::~Backend()
{
    // Order matters: the listener applies changes to the services; hashing continuations submit writes,
    // and write jobs refer to the services.
    m_changesElsewhere.reset();
    m_passwords.reset();
    if (m_database)
        m_database->writer().waitForIdle();
    m_signIn.reset();
    m_tokenMinter.reset();
    m_tokenVerifier.reset();
    m_books.reset();
    m_users.reset();
    m_keys.reset();
    m_sessions.reset();
    m_revocationService.reset();
    m_revocationList.reset();
    m_loginThrottle.reset();
    m_events.reset();
    m_database.reset();
}

TokenSettings Backend::tokenSettings() const
{
    return m_tokenMinter->settings();
}

Status Backend::setTokenSettings(const TokenSettings &settings)
{
    if (Status valid = settings.check(); !valid)
        return valid;
    m_tokenVerifier->setSettings(settings);
    m_tokenMinter->setSettings(settings);
    m_sessions->setLifetimeMs(settings.refreshLifetimeSeconds * 1000);
    m_sessions->setAccessTokenHorizonMs(settings.revocationHorizonMs());
    m_keys->setTokenHorizonMs(settings.revocationHorizonMs());
    return {};
}

void Backend::pruneExpired()
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    constexpr qint64 hour = 3600LL * 1000;
    RevocationService *revocations = m_revocationService.get();
    // Changes other processes have read within seconds (ChangeListener reads every half second).
    m_database->writer().submit<qint64>([](WriteTransaction &transaction) {
        return InstanceChanges::prune(transaction.connection(), transaction.nowMs() - hour);
    });
    m_database->writer().submit<qint64>(
        [revocations](WriteTransaction &transaction) { return revocations->prune(transaction); });
    m_sessions->pruneClosed(30 * day);
    m_events->pruneOlderThan(m_clock.nowMs() - 365 * day);
}
