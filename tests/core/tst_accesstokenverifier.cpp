#include "ResultAssertions.h"
#include "TokenTestCase.h"
#include "inspector/InspectionReport.h"
#include "jose/JwsSigner.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/SigningKeyService.h"

#include <QTest>

class TestAccessTokenVerifier : public TokenTestCase
{
    Q_OBJECT

private slots:
    void tokensExpireAfterTheirLifetimeAndLeeway()
    {
        const TokenPair pair = m_fixture->signIn();
        m_fixture->clock().advanceSeconds(900 + 29);
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("valid"));
        m_fixture->clock().advanceSeconds(1);
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("token_expired"));
    }

    void tokensOfTheWrongKindOrOriginAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("refresh token as access token")
            << QStringLiteral("refresh") << QStringLiteral("token_malformed");
        QTest::newRow("wrong issuer") << QStringLiteral("issuer") << QStringLiteral("token_wrong_issuer");
        QTest::newRow("issuer with a suffix")
            << QStringLiteral("issuer-suffix") << QStringLiteral("token_wrong_issuer");
        QTest::newRow("wrong audience")
            << QStringLiteral("audience") << QStringLiteral("token_wrong_audience");
        QTest::newRow("audience prefix")
            << QStringLiteral("audience-prefix") << QStringLiteral("token_wrong_audience");
        QTest::newRow("plain JWT type") << QStringLiteral("typ") << QStringLiteral("token_wrong_type");
        QTest::newRow("unknown role") << QStringLiteral("role") << QStringLiteral("token_invalid_claim");
        QTest::newRow("no jti") << QStringLiteral("jti") << QStringLiteral("token_missing_claim");
        QTest::newRow("unknown kid") << QStringLiteral("kid") << QStringLiteral("token_unknown_kid");
        QTest::newRow("iat in the future")
            << QStringLiteral("iat") << QStringLiteral("token_issued_in_future");
        QTest::newRow("user who does not exist") << QStringLiteral("sub") << QStringLiteral("token_revoked");
    }

    void tokensOfTheWrongKindOrOriginAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const TokenPair pair = m_fixture->signIn();
        if (kind == QLatin1String("refresh")) {
            QCOMPARE(m_fixture->verdictOn(pair.refreshToken), code);
            return;
        }
        // Re-sign the genuine claims with the server's own key, changed in one respect.
        QJsonObject header {{QStringLiteral("typ"), QStringLiteral("at+jwt")}};
        QJsonObject claims = TokenFixture::payloadOf(pair.accessToken);
        SigningKey key = keys().activeKey();
        if (kind == QLatin1String("issuer"))
            claims.insert(QStringLiteral("iss"), QStringLiteral("evil"));
        else if (kind == QLatin1String("issuer-suffix"))
            claims.insert(QStringLiteral("iss"), QStringLiteral("bookwarden.evil"));
        else if (kind == QLatin1String("audience"))
            claims.insert(QStringLiteral("aud"), QStringLiteral("other-api"));
        else if (kind == QLatin1String("audience-prefix"))
            claims.insert(QStringLiteral("aud"), QStringLiteral("bookwarden"));
        else if (kind == QLatin1String("typ"))
            header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
        else if (kind == QLatin1String("role"))
            claims.insert(QStringLiteral("role"), QStringLiteral("superuser"));
        else if (kind == QLatin1String("jti"))
            claims.remove(QStringLiteral("jti"));
        else if (kind == QLatin1String("kid"))
            key.setKid(QStringLiteral("no-such-key"));
        else if (kind == QLatin1String("iat"))
            claims.insert(QStringLiteral("iat"), m_fixture->clock().nowSeconds() + 3600);
        else if (kind == QLatin1String("sub"))
            claims.insert(QStringLiteral("sub"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
        const Result<QByteArray> forged = JwsSigner::sign(key, header, claims);
        VERIFY_OK(forged);
        QCOMPARE(m_fixture->verdictOn(QString::fromLatin1(forged.value())), code);
    }

    void introspectionFollowsRfc7662()
    {
        const User bob = m_fixture->createUser(QStringLiteral("bob"));
        const TokenPair annPair = m_fixture->signIn();
        const QJsonObject mine = verifier().introspect(Actor::forUser(m_ann), annPair.accessToken.toLatin1());
        QCOMPARE(mine.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(mine.value(QStringLiteral("username")).toString(), QStringLiteral("ann"));
        QCOMPARE(mine.value(QStringLiteral("token_type")).toString(), QStringLiteral("access_token"));
        QCOMPARE(verifier().introspect(Actor::forUser(bob), annPair.accessToken.toLatin1()),
                 QJsonObject({{QStringLiteral("active"), false}}));
        QCOMPARE(verifier()
                     .introspect(Actor::desktopAdministrator(), annPair.accessToken.toLatin1())
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        QCOMPARE(verifier().introspect(Actor::desktopAdministrator(), "garbage"),
                 QJsonObject({{QStringLiteral("active"), false}}));
    }

    void theInspectorJudgesLikeTheServer()
    {
        const TokenPair pair = m_fixture->signIn();
        QCOMPARE(verifier().inspectWithServerKeys(pair.accessToken.toLatin1()).outcome,
                 VerificationOutcome::Valid);

        const Result<AuthenticatedToken> verified = verifier().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        VERIFY_OK(m_fixture->backend()
                      .sessions()
                      .revoke(Actor::desktopAdministrator(), pair.session.publicId)
                      .result());
        const InspectionReport revoked = verifier().inspectWithServerKeys(pair.accessToken.toLatin1());
        QCOMPARE(revoked.outcome, VerificationOutcome::Revoked);
        QVERIFY(!revoked.revocationReason.isEmpty());

        // Another service's token, checked with the secret the administrator supplies.
        const SigningKey weak
            = SigningKey::fromSecretUnchecked("your_secret_key", JwsAlgorithm::HS256).value();
        const QByteArray foreign
            = JwsSigner::sign(weak, {},
                              QJsonObject {{QStringLiteral("sub"), QStringLiteral("x")},
                                           {QStringLiteral("exp"), m_fixture->clock().nowSeconds() + 60}})
                  .value();
        // No kid: the server tries its active key, which did not sign it.
        QCOMPARE(verifier().inspectWithServerKeys(foreign).outcome, VerificationOutcome::BadSignature);
        const InspectionReport checked
            = verifier().inspect(foreign, VerificationSource::secretText(QStringLiteral("your_secret_key")));
        QCOMPARE(checked.outcome, VerificationOutcome::Valid);
        QVERIFY(!checked.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessTokenVerifier)
#include "tst_accesstokenverifier.moc"
