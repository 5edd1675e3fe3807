#include "ResultAssertions.h"
#include "TokenTestCase.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"
#include "users/UserService.h"

#include <QTest>

class TestSignInService : public TokenTestCase
{
    Q_OBJECT

private slots:
    void wrongCredentialsGiveNoTokens()
    {
        const Result<TokenPair> refused
            = m_fixture->backend()
                  .signIn()
                  .login(QStringLiteral("ann"), QStringLiteral("nope nope nope"), {})
                  .result();
        QCOMPARE(refused.error().codeName(), QStringLiteral("invalid_credentials"));
    }

    void refreshRotatesAndReuseKillsTheSession()
    {
        const TokenPair first = m_fixture->signIn();
        m_fixture->clock().advanceSeconds(5);
        const Result<TokenPair> second
            = m_fixture->backend().signIn().refresh(first.refreshToken, {}).result();
        VERIFY_OK(second);
        QVERIFY(second->refreshToken != first.refreshToken);
        QCOMPARE(second->session.publicId, first.session.publicId);
        QCOMPARE(m_fixture->verdictOn(second->accessToken), QStringLiteral("valid"));

        QCOMPARE(m_fixture->backend().signIn().refresh(first.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("refresh_token_reused"));
        QCOMPARE(m_fixture->verdictOn(second->accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(m_fixture->verdictOn(first.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(m_fixture->backend().signIn().refresh(second->refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));
    }

    void logoutRevokesTheTokenAndItsSession()
    {
        const TokenPair pair = m_fixture->signIn();
        const TokenPair other = m_fixture->signIn();
        const Result<AuthenticatedToken> verified = verifier().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        VERIFY_OK(m_fixture->backend().signIn().logout(verified->claims).result());
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(m_fixture->backend().signIn().refresh(pair.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));
        QCOMPARE(m_fixture->verdictOn(other.accessToken),
                 QStringLiteral("valid")); // other devices stay signed in
    }

    void accountChangesRevokeEarlierTokensAtOnce_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("disable") << QStringLiteral("disable");
        QTest::newRow("role") << QStringLiteral("role");
        QTest::newRow("password reset") << QStringLiteral("reset");
        QTest::newRow("sign out everywhere") << QStringLiteral("everywhere");
        QTest::newRow("delete") << QStringLiteral("delete");
    }

    void accountChangesRevokeEarlierTokensAtOnce()
    {
        QFETCH(QString, change);
        const TokenPair pair = m_fixture->signIn();
        m_fixture->clock().advanceMs(300); // the same second: revocation must still take effect
        UserService &users = m_fixture->backend().users();
        const Actor admin = Actor::desktopAdministrator();
        if (change == QLatin1String("disable"))
            VERIFY_OK(users.update(admin, m_ann.publicId, UserChanges {std::nullopt, true}).result());
        else if (change == QLatin1String("role"))
            VERIFY_OK(users.update(admin, m_ann.publicId, UserChanges {Role::Admin, std::nullopt}).result());
        else if (change == QLatin1String("reset"))
            VERIFY_OK(
                users.resetPassword(admin, m_ann.publicId, QStringLiteral("another password")).result());
        else if (change == QLatin1String("everywhere"))
            VERIFY_OK(users.signOutEverywhere(admin, m_ann.publicId).result());
        else
            VERIFY_OK(users.remove(admin, m_ann.publicId).result());
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(m_fixture->backend().signIn().refresh(pair.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));

        if (change == QLatin1String("role") || change == QLatin1String("everywhere")) {
            // A sign-in in the same second as the revocation gives a token that works.
            m_fixture->clock().advanceMs(100);
            const TokenPair fresh = m_fixture->signIn();
            QCOMPARE(m_fixture->verdictOn(fresh.accessToken), QStringLiteral("valid"));
        }
        QVERIFY(m_fixture->reopen());
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("token_revoked"));
    }

    void settingsAreCheckedAndApplied()
    {
        TokenSettings settings = m_fixture->backend().tokenSettings();
        settings.accessLifetimeSeconds = 10;
        QVERIFY(m_fixture->backend().setTokenSettings(settings).error().fields().contains(
            QStringLiteral("access_lifetime")));
        settings.accessLifetimeSeconds = 3600;
        settings.issuer = QStringLiteral("https://books.example");
        VERIFY_OK(m_fixture->backend().setTokenSettings(settings));
        const TokenPair pair = m_fixture->signIn();
        QCOMPARE(pair.expiresIn, 3600);
        QCOMPARE(TokenFixture::payloadOf(pair.accessToken).value(QStringLiteral("iss")).toString(),
                 QStringLiteral("https://books.example"));
        QCOMPARE(m_fixture->verdictOn(pair.accessToken), QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
