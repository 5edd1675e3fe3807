#include "Backend.h"

#include "books/BookService.h"
#include "common/Clock.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "users/UserService.h"

Backend::Backend(const Clock &clock)
    : m_clock(clock)
{
}

Result<std::unique_ptr<Backend>> Backend::open(const BackendOptions &options)
{
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    std::unique_ptr<Backend> backend(new Backend(clock));

    Result<std::unique_ptr<Database>> database = Database::open(options.database, clock);
    if (!database)
        return database.error();
    backend->m_database = std::move(database).value();
    backend->m_passwords = std::make_unique<PasswordHashingPool>(PasswordHasher(options.argon2), options.hashingThreads,
                                                                 options.hashingQueue);
    backend->m_events = std::make_unique<SecurityEventLog>(*backend->m_database);
    backend->m_users = std::make_unique<UserService>(*backend->m_database, *backend->m_passwords, *backend->m_events);
    backend->m_books = std::make_unique<BookService>(*backend->m_database, clock);
    return backend;
}

Backend::~Backend()
{
    // Order matters: hashing continuations submit writes, and write jobs refer to the services.
    m_passwords.reset();
    if (m_database)
        m_database->writer().waitForIdle();
    m_books.reset();
    m_users.reset();
    m_events.reset();
    m_database.reset();
}
