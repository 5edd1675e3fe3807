#include "ResultAssertions.h"
#include "TokenTestCase.h"
#include "tokens/SigningKeyService.h"

#include <QJsonArray>
#include <QTest>

class TestSigningKeyService : public TokenTestCase
{
    Q_OBJECT

private slots:
    void firstStartCreatesAnHs256KeyThatSurvivesRestarts()
    {
        const QList<StoredSigningKey> first = keys().keys();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().algorithm, JwsAlgorithm::HS256);
        QCOMPARE(first.first().status, KeyStatus::Active);
        QCOMPARE(first.first().key.sizeInBits(), 256);
        const TokenPair pair = m_fixture->signIn();
        QVERIFY(m_fixture->reopen());
        QCOMPARE(keys().keys().size(), 1);
        QCOMPARE(keys().keys().first().kid, first.first().kid);
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("valid"));
    }

    void rotationKeepsOldTokensValidUntilTheKeyIsRetired()
    {
        const TokenPair before = m_fixture->signIn();
        const QString oldKid = keys().activeKey().kid();
        const Result<StoredSigningKey> rotated
            = keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::ES256).result();
        VERIFY_OK(rotated);
        QCOMPARE(keys().activeKey().kid(), rotated->kid);

        const TokenPair after = m_fixture->signIn();
        QCOMPARE(TokenFixture::headerOf(after.accessToken).value(QStringLiteral("kid")).toString(),
                 rotated->kid);
        QCOMPARE(TokenFixture::headerOf(after.accessToken).value(QStringLiteral("alg")).toString(),
                 QStringLiteral("ES256"));
        QCOMPARE(m_fixture->verdictOn(after.accessToken), QStringLiteral("valid"));
        QCOMPARE(m_fixture->verdictOn(before.accessToken),
                 QStringLiteral("valid")); // the passive key still verifies

        // The JWK Set publishes the EC public key and never the HMAC secret.
        const QJsonArray jwks = keys().jwks().value(QStringLiteral("keys")).toArray();
        QCOMPARE(jwks.size(), 1);
        QCOMPARE(jwks.first().toObject().value(QStringLiteral("kid")).toString(), rotated->kid);
        QVERIFY(!jwks.first().toObject().contains(QStringLiteral("d")));

        const Result<StoredSigningKey> early = keys().retire(Actor::desktopAdministrator(), oldKid).result();
        QCOMPARE(early.error().codeName(), QStringLiteral("key_still_verifying"));
        QCOMPARE(keys().retire(Actor::desktopAdministrator(), rotated->kid).result().error().codeName(),
                 QStringLiteral("key_active"));
        VERIFY_OK(keys().retire(Actor::desktopAdministrator(), oldKid, true).result());
        QCOMPARE(m_fixture->verdictOn(before.accessToken), QStringLiteral("token_unknown_kid"));
        QCOMPARE(m_fixture->verdictOn(after.accessToken), QStringLiteral("valid"));
    }

    void passiveKeysBecomeRetirableAfterTheHorizon()
    {
        const QString oldKid = keys().activeKey().kid();
        VERIFY_OK(keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::HS384).result());
        m_fixture->clock().advanceSeconds(24 * 3600 + 31);
        VERIFY_OK(keys().retire(Actor::desktopAdministrator(), oldKid).result());
        VERIFY_OK(keys().activate(Actor::desktopAdministrator(), keys().activeKey().kid()).result());
        QCOMPARE(keys().activate(Actor::desktopAdministrator(), oldKid).result().error().codeName(),
                 QStringLiteral("key_retired"));
        QCOMPARE(keys().generate(Actor::forUser(m_ann), JwsAlgorithm::HS256).result().error().kind(),
                 ErrorKind::Forbidden);
    }

    void importedPemKeySigns()
    {
        const Result<SigningKey> rsa = SigningKey::generate(JwsAlgorithm::RS256);
        VERIFY_OK(rsa);
        const Result<QByteArray> pem = rsa->exportMaterial();
        VERIFY_OK(pem);
        VERIFY_OK(keys()
                      .importPrivatePem(Actor::desktopAdministrator(), pem.value(), JwsAlgorithm::RS256)
                      .result());
        const TokenPair pair = m_fixture->signIn();
        QCOMPARE(TokenFixture::headerOf(pair.accessToken).value(QStringLiteral("alg")).toString(),
                 QStringLiteral("RS256"));
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("valid"));
        QCOMPARE(keys()
                     .importPrivatePem(Actor::desktopAdministrator(), "not a key", JwsAlgorithm::RS256)
                     .result()
                     .error()
                     .kind(),
                 ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyService)
#include "tst_signingkeyservice.moc"
