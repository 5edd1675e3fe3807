// Several Bookwarden processes on one PostgreSQL database (issue 14): two Backends on the same database,
// as two servers would hold them, each with its own memory. What one changes that the other keeps in
// memory (revocations, signing keys, sign-in throttles, cached pages) reaches the other through
// InstanceChanges and its ChangeListener; the figures printed are how long that took.
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "TemporaryPostgres.h"
#include "storage/Database.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"
#include "users/LoginThrottle.h"
#include "users/UserService.h"

#include <QElapsedTimer>
#include <QTest>

#include <future>

namespace {
constexpr int propagationMs = 1000; // the promise for revocations; the listener polls every 500 ms

std::unique_ptr<Backend> openOn(const DatabaseUrl &url)
{
    BackendOptions options;
    options.database = url;
    options.argon2 = BackendFixture::cheapArgon2();
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().detailedMessage()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}
} // namespace

class TestSharedPostgresql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Backend> m_first;
    std::unique_ptr<Backend> m_second;

    static Result<TokenPair> signInAnn(Backend &backend)
    {
        return backend.signIn()
            .login(QStringLiteral("ann"), QStringLiteral("correct horse battery"), {})
            .result();
    }

private slots:
    void init()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const Result<DatabaseUrl> url = DatabaseUrl::parse(postgres.createDatabase());
        VERIFY_OK(url);
        m_first = openOn(url.value());
        QVERIFY(m_first);
        m_second = openOn(url.value());
        QVERIFY(m_second);
        QVERIFY(m_first->database().origin() != m_second->database().origin());
        VERIFY_OK(m_first->users()
                      .createAccount(Actor::desktopAdministrator(),
                                     NewAccount {QStringLiteral("ann"),
                                                 QStringLiteral("correct horse battery"), Role::User})
                      .result());
    }

    void cleanup()
    {
        m_second.reset();
        m_first.reset();
    }

    void bothOpenAndMigrateOnce()
    {
        QCOMPARE(m_first->database().schemaVersion(), m_second->database().schemaVersion());
    }

    void serversStartedTogetherOnAnEmptyDatabaseMakeOneKeyAndOneAdministrator()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        const QString database = postgres.createDatabase();
        const Result<DatabaseUrl> url = DatabaseUrl::parse(database);
        VERIFY_OK(url);
        // Two first starts at once, each on its own thread as two processes would run them (the Backend
        // lives and dies on its thread).
        const auto firstStart = [&url]() -> QString {
            std::unique_ptr<Backend> backend = openOn(url.value());
            if (!backend)
                return QStringLiteral("not opened");
            const Result<std::optional<QString>> administrator
                = backend->users().ensureInitialAdministrator(QStringLiteral("operator passphrase"));
            return administrator ? QString() : administrator.error().detailedMessage();
        };
        std::future<QString> one = std::async(std::launch::async, firstStart);
        std::future<QString> two = std::async(std::launch::async, firstStart);
        const QString firstError = one.get();
        const QString secondError = two.get();
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QString counts;
        QVERIFY(postgres.runSql(
            database,
            QStringLiteral("SELECT (SELECT count(*) FROM signing_keys WHERE status = 'active')"
                           " || ' ' || (SELECT count(*) FROM users)"),
            &counts));
        QCOMPARE(counts, QStringLiteral("1 1"));
    }

    void aSignOutOnOneIsRefusedByTheOtherWithinASecond()
    {
        const Result<TokenPair> pair = signInAnn(*m_first);
        VERIFY_OK(pair);
        const QByteArray token = pair->accessToken.toLatin1();
        const Result<AuthenticatedToken> verified = m_second->tokenVerifier().verifyAccessToken(token);
        VERIFY_OK(verified); // the other process trusts the first one's key and session

        VERIFY_OK(m_first->signIn().logout(verified->claims).result());
        QElapsedTimer sinceCommit; // the logout's future finishes after its COMMIT
        sinceCommit.start();
        QVERIFY(!m_first->tokenVerifier().verifyAccessToken(token).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_second->tokenVerifier().verifyAccessToken(token).ok(), 5000);
        const qint64 elapsed = sinceCommit.elapsed();
        qInfo("revocation seen by the other process %lld ms after the commit", elapsed);
        QVERIFY2(elapsed <= propagationMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void aPasswordChangeVoidsTheOldTokensEverywhere()
    {
        const Result<TokenPair> pair = signInAnn(*m_first);
        VERIFY_OK(pair);
        const QByteArray token = pair->accessToken.toLatin1();
        const Result<AuthenticatedToken> verified = m_second->tokenVerifier().verifyAccessToken(token);
        VERIFY_OK(m_second->users()
                      .resetPassword(Actor::desktopAdministrator(), verified->actor.publicId,
                                     QStringLiteral("a new passphrase 7"))
                      .result());
        QVERIFY(!m_second->tokenVerifier().verifyAccessToken(token).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_first->tokenVerifier().verifyAccessToken(token).ok(), propagationMs);
    }

    void aNewActiveSigningKeyIsUsedByTheOther()
    {
        const Result<StoredSigningKey> key
            = m_first->keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::ES256).result();
        VERIFY_OK(key);
        const auto knows = [&] {
            for (const StoredSigningKey &stored : m_second->keys().keys()) {
                if (stored.kid == key->kid)
                    return stored.status == KeyStatus::Active;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(knows(), propagationMs);
        // Tokens the other process signs now carry the new key, and the first one accepts them.
        const Result<TokenPair> pair = signInAnn(*m_second);
        VERIFY_OK(pair);
        VERIFY_OK(m_first->tokenVerifier().verifyAccessToken(pair->accessToken.toLatin1()));
        const QByteArray header = QByteArray::fromBase64(
            pair->accessToken.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
        QVERIFY2(header.contains(key->kid.toUtf8()), header.constData());
    }

    void signInFailuresCountInEveryProcess()
    {
        const ClientInfo client {QStringLiteral("192.0.2.7"), QString()};
        const int failures = m_first->loginThrottle().policy().accountFailures + 1;
        for (int i = 0; i < failures; ++i)
            QVERIFY(!m_first->users()
                         .authenticate(QStringLiteral("ann"), QStringLiteral("wrong"), client)
                         .result()
                         .ok());
        QVERIFY(m_first->loginThrottle().secondsUntilAllowed(QStringLiteral("ann"),
                                                             QStringLiteral("198.51.100.1"))
                > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_second->loginThrottle().secondsUntilAllowed(QStringLiteral("ann"),
                                                                               QStringLiteral("198.51.100.1"))
                                     > 0,
                                 propagationMs);
    }

    void anotherProcessesCommitMakesCachedPagesStale()
    {
        const quint64 before = m_second->database().writer().commitGeneration();
        VERIFY_OK(m_first->users()
                      .createAccount(Actor::desktopAdministrator(),
                                     NewAccount {QStringLiteral("bob"),
                                                 QStringLiteral("correct horse battery"), Role::User})
                      .result());
        QTRY_VERIFY_WITH_TIMEOUT(m_second->database().writer().commitGeneration() > before, propagationMs);
    }

    void aListenerThatLostItsConnectionCatchesUpFromTheTables()
    {
        const Result<TokenPair> pair = signInAnn(*m_first);
        VERIFY_OK(pair);
        const QByteArray token = pair->accessToken.toLatin1();
        const Result<AuthenticatedToken> verified = m_second->tokenVerifier().verifyAccessToken(token);
        VERIFY_OK(verified);
        // Every listener loses its connection (as in a network outage; each one's last statement is its
        // reading of the changes); the sign-out happens meanwhile, and its notification reaches nobody.
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        const QString database = m_first->database().url().databaseName();
        QString ended;
        QVERIFY(postgres.runSql(
            database,
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                           " WHERE datname = current_database()"
                           " AND query LIKE 'SELECT id, origin, kind, payload FROM instance_changes%'"),
            &ended));
        QCOMPARE(ended, QStringLiteral("2"));
        VERIFY_OK(m_first->signIn().logout(verified->claims).result());
        QTRY_VERIFY_WITH_TIMEOUT(!m_second->tokenVerifier().verifyAccessToken(token).ok(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestSharedPostgresql)
#include "tst_sharedpostgresql.moc"
