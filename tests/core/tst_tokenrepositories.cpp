#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "jose/SigningKey.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionRepository.h"
#include "tokens/RevocationRepository.h"
#include "tokens/SigningKeyRepository.h"

#include <QTest>

// The SQL of the token tables on its own: what each repository function reads and writes, without the
// services' rules around it.
class TestTokenRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    User m_ann;

    template<typename T>
    Result<T> write(std::function<Result<T>(SqlConnection &)> work)
    {
        return m_fixture->backend().database().writer().run<T>(
            [&work](WriteTransaction &transaction) { return work(transaction.connection()); });
    }

    Result<qint64> insertSession(const QString &publicId, const QString &tokenHash)
    {
        const qint64 now = m_fixture->clock().nowMs();
        const SessionUse use {tokenHash, now, now + 60'000, {}, {}};
        return write<qint64>([&](SqlConnection &connection) {
            return RefreshSessionRepository::insert(connection, publicId, m_ann.id, use);
        });
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        m_ann = m_fixture->createUser(QStringLiteral("ann"));
    }
    void cleanup() { m_fixture.reset(); }

    void aRevocationRowOnlyEverWidens()
    {
        const RevocationRow first {RevocationRow::Kind::Subject, m_ann.publicId, 5'000, 90'000};
        const RevocationRow narrower {RevocationRow::Kind::Subject, m_ann.publicId, 3'000, 80'000};
        for (const RevocationRow &row : {first, narrower}) {
            VERIFY_OK(write<bool>([&row](SqlConnection &connection) -> Result<bool> {
                if (Status stored = RevocationRepository::upsert(connection, row); !stored)
                    return stored.error();
                return true;
            }));
        }
        const Result<QList<RevocationRow>> rows
            = RevocationRepository::listUnexpired(m_fixture->backend().database().connection(), 0);
        VERIFY_OK(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().kind, RevocationRow::Kind::Subject);
        QCOMPARE(rows->first().validAfterMs, 5'000);
        QCOMPARE(rows->first().keepUntilMs, 90'000);
    }

    void expiredRevocationsAreNeitherListedNorKept()
    {
        VERIFY_OK(write<bool>([](SqlConnection &connection) -> Result<bool> {
            for (const RevocationRow &row :
                 {RevocationRow {RevocationRow::Kind::Token, QStringLiteral("a"), 0, 100},
                  RevocationRow {RevocationRow::Kind::Session, QStringLiteral("b"), 0, 200}}) {
                if (Status stored = RevocationRepository::upsert(connection, row); !stored)
                    return stored.error();
            }
            return true;
        }));
        SqlConnection &reader = m_fixture->backend().database().connection();
        const Result<QList<RevocationRow>> unexpired = RevocationRepository::listUnexpired(reader, 100);
        VERIFY_OK(unexpired);
        QCOMPARE(unexpired->size(), 1);
        QCOMPARE(unexpired->first().value, QStringLiteral("b"));
        QCOMPARE(unexpired->first().kind, RevocationRow::Kind::Session);
        const Result<qint64> deleted = write<qint64>(
            [](SqlConnection &connection) { return RevocationRepository::deleteExpired(connection, 100); });
        VERIFY_OK(deleted);
        QCOMPARE(deleted.value(), 1);
    }

    void aSessionRotatesOnlyFromItsCurrentHash()
    {
        const Result<qint64> id = insertSession(QStringLiteral("s-1"), QStringLiteral("hash-1"));
        VERIFY_OK(id);
        const qint64 now = m_fixture->clock().nowMs();
        const SessionUse use {QStringLiteral("hash-2"), now, now + 60'000, {}, {}};
        const auto rotate = [&id, &use](SqlConnection &connection) {
            return RefreshSessionRepository::rotate(connection, id.value(), QStringLiteral("hash-1"), use);
        };
        QCOMPARE(write<bool>(rotate).value(), true);
        QCOMPARE(write<bool>(rotate).value(), false); // hash-1 is no longer current

        SqlConnection &reader = m_fixture->backend().database().connection();
        const auto current = RefreshSessionRepository::findByTokenHash(reader, QStringLiteral("hash-2"));
        VERIFY_OK(current);
        QVERIFY(current->has_value());
        QCOMPARE(current.value()->rotations, 1);
        QCOMPARE(current.value()->username, QStringLiteral("ann"));
        QVERIFY(!RefreshSessionRepository::findByTokenHash(reader, QStringLiteral("hash-1"))->has_value());
    }

    void aSessionIsRevokedOnce()
    {
        VERIFY_OK(insertSession(QStringLiteral("s-1"), QStringLiteral("hash-1")));
        const auto revoke = [](SqlConnection &connection) {
            return RefreshSessionRepository::markRevoked(connection, QStringLiteral("s-1"),
                                                         QStringLiteral("logout"), 1'000);
        };
        QCOMPARE(write<bool>(revoke).value(), true);
        QCOMPARE(write<bool>(revoke).value(), false);
        const auto session = RefreshSessionRepository::findByPublicId(
            m_fixture->backend().database().connection(), QStringLiteral("s-1"));
        VERIFY_OK(session);
        QVERIFY(session.value()->revokedAtMs.has_value());
        QCOMPARE(*session.value()->revokedAtMs, 1'000);
        QCOMPARE(session.value()->revokedReason, QStringLiteral("logout"));
    }

    void aKeyIdIsTakenOnce()
    {
        SigningKey key = SigningKey::generate(JwsAlgorithm::HS256).value();
        key.setKid(QStringLiteral("hs256-test"));
        const auto insert = [&key](SqlConnection &connection) {
            return SigningKeyRepository::insert(connection, key, KeyStatus::Passive, 1'000);
        };
        VERIFY_OK(write<qint64>(insert));
        const Result<qint64> again = write<qint64>(insert);
        QCOMPARE(again.error().code(), ErrorCode::KeyExists);

        const auto stored = SigningKeyRepository::findByKid(m_fixture->backend().database().connection(),
                                                            QStringLiteral("hs256-test"));
        VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE(stored.value()->status, KeyStatus::Passive);
        QCOMPARE(stored.value()->key.kid(), QStringLiteral("hs256-test"));
        QCOMPARE(stored.value()->key.sizeInBits(), 256);
    }
};

QTEST_GUILESS_MAIN(TestTokenRepositories)
#include "tst_tokenrepositories.moc"
