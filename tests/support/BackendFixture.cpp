#include "BackendFixture.h"

#include "TemporaryPostgres.h"
#include "users/UserService.h"

#include <QTest>

BackendFixture::BackendFixture(Argon2Parameters argon2)
    : m_url(freshDatabase(m_data))
{
    open(argon2);
}

bool BackendFixture::usesPostgresql()
{
    return qEnvironmentVariable("BOOKWARDEN_TEST_DATABASE") == QLatin1String("postgresql");
}

DatabaseUrl BackendFixture::freshDatabase(const TemporaryDataDirectory &directory)
{
    if (!usesPostgresql())
        return DatabaseUrl::sqliteFile(directory.databasePath());
    TemporaryPostgres &server = TemporaryPostgres::shared();
    const QString url = server.isRunning() ? server.createDatabase() : QString();
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        QTest::qFail(
            qPrintable(QStringLiteral("no PostgreSQL database for the test: %1").arg(server.error())),
            __FILE__, __LINE__);
        return DatabaseUrl::sqliteFile(directory.databasePath());
    }
    return parsed.value();
}

BackendFixture::~BackendFixture() = default;

bool BackendFixture::open(Argon2Parameters argon2)
{
    BackendOptions options;
    options.database = m_url;
    options.argon2 = argon2;
    options.clock = &m_clock;
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened) {
        m_openError = opened.error().detailedMessage();
        return false;
    }
    m_backend = std::move(opened).value();
    return true;
}

bool BackendFixture::reopen(Argon2Parameters argon2)
{
    m_backend.reset();
    return open(argon2);
}

User BackendFixture::createUser(const QString &username, Role role, const QString &password)
{
    const Result<User> created
        = m_backend->users()
              .createAccount(Actor::desktopAdministrator(), NewAccount {username, password, role})
              .result();
    if (!created) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("creating %1 failed: %2").arg(username, created.error().detailedMessage())),
            __FILE__, __LINE__);
        return {};
    }
    return created.value();
}
