#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "inspector/InspectionReport.h"
#include "jose/Base64Url.h"
#include "jose/JwsDecoder.h"
#include "jose/JwsSigner.h"
#include "jose/TokenFailure.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionStore.h"
#include "tokens/SigningKeyStore.h"
#include "tokens/TokenService.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QString password = QStringLiteral("correct horse battery");

QJsonObject payloadOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().payload;
}

QJsonObject headerOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().header;
}
} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    User m_ann;

    TokenService &tokens() { return m_fixture->backend().tokens(); }
    SigningKeyStore &keys() { return m_fixture->backend().keys(); }

    TokenPair login(const QString &username = QStringLiteral("ann"))
    {
        const Result<TokenPair> pair
            = tokens().login(username, password, ClientInfo {QStringLiteral("10.1.1.1"), {}}).result();
        if (!pair) {
            QTest::qFail(qPrintable(describeError(pair.error())), __FILE__, __LINE__);
            return {};
        }
        return pair.value();
    }

    QString failureCode(const QString &token)
    {
        const Result<AuthenticatedToken> verified = tokens().verifyAccessToken(token.toLatin1());
        return verified ? QStringLiteral("valid") : verified.error().codeName();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        m_ann = m_fixture->createUser(QStringLiteral("ann"));
    }
    void cleanup() { m_fixture.reset(); }

    void firstStartCreatesAnHs256KeyThatSurvivesRestarts()
    {
        const QList<StoredSigningKey> first = keys().keys();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().algorithm, JwsAlgorithm::HS256);
        QCOMPARE(first.first().status, KeyStatus::Active);
        QCOMPARE(first.first().key.sizeInBits(), 256);
        const TokenPair pair = login();
        QVERIFY(m_fixture->reopen());
        QCOMPARE(keys().keys().size(), 1);
        QCOMPARE(keys().keys().first().kid, first.first().kid);
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("valid"));
    }

    void accessTokensCarryTheAgreedClaims()
    {
        const TokenPair pair = login();
        QCOMPARE(pair.expiresIn, 900);
        QCOMPARE(pair.user.id, m_ann.id);
        const QJsonObject header = headerOf(pair.accessToken);
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), keys().activeKey().kid());
        const QJsonObject claims = payloadOf(pair.accessToken);
        const qint64 now = m_fixture->clock().nowSeconds();
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("bookwarden"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("bookwarden-api"));
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), m_ann.publicId);
        QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("ann"));
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), now);
        QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), now);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), now + 900);
        QCOMPARE(claims.value(QStringLiteral("sid")).toString(), pair.session.publicId);
        QCOMPARE(Base64Url::decode(claims.value(QStringLiteral("jti")).toString().toLatin1())->size(), 16);

        const Result<AuthenticatedToken> verified = tokens().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        QCOMPARE(verified->actor.userId, m_ann.id);
        QCOMPARE(verified->actor.role, Role::User);
        QCOMPARE(verified->claims.sessionId, pair.session.publicId);
        QCOMPARE(tokens().lastIssuedToken(), pair.accessToken);
    }

    void wrongCredentialsGiveNoTokens()
    {
        const Result<TokenPair> refused
            = tokens().login(QStringLiteral("ann"), QStringLiteral("nope nope nope"), {}).result();
        QCOMPARE(refused.error().codeName(), QStringLiteral("invalid_credentials"));
    }

    void tokensExpireAfterTheirLifetimeAndLeeway()
    {
        const TokenPair pair = login();
        m_fixture->clock().advanceSeconds(900 + 29);
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("valid"));
        m_fixture->clock().advanceSeconds(1);
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("token_expired"));
    }

    void refreshRotatesAndReuseKillsTheSession()
    {
        const TokenPair first = login();
        m_fixture->clock().advanceSeconds(5);
        const Result<TokenPair> second = tokens().refresh(first.refreshToken, {}).result();
        VERIFY_OK(second);
        QVERIFY(second->refreshToken != first.refreshToken);
        QCOMPARE(second->session.publicId, first.session.publicId);
        QCOMPARE(failureCode(second->accessToken), QStringLiteral("valid"));

        QCOMPARE(tokens().refresh(first.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("refresh_token_reused"));
        QCOMPARE(failureCode(second->accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(failureCode(first.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(tokens().refresh(second->refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));
    }

    void logoutRevokesTheTokenAndItsSession()
    {
        const TokenPair pair = login();
        const TokenPair other = login();
        const Result<AuthenticatedToken> verified = tokens().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        VERIFY_OK(tokens().logout(verified->claims).result());
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(tokens().refresh(pair.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));
        QCOMPARE(failureCode(other.accessToken), QStringLiteral("valid")); // other devices stay signed in
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
        const TokenPair pair = login();
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
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("token_revoked"));
        QCOMPARE(tokens().refresh(pair.refreshToken, {}).result().error().codeName(),
                 QStringLiteral("invalid_refresh_token"));

        if (change == QLatin1String("role") || change == QLatin1String("everywhere")) {
            // A sign-in in the same second as the revocation gives a token that works.
            m_fixture->clock().advanceMs(100);
            const TokenPair fresh = login();
            QCOMPARE(failureCode(fresh.accessToken), QStringLiteral("valid"));
        }
        QVERIFY(m_fixture->reopen());
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("token_revoked"));
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
        const TokenPair pair = login();
        if (kind == QLatin1String("refresh")) {
            QCOMPARE(failureCode(pair.refreshToken), code);
            return;
        }
        // Re-sign the genuine claims with the server's own key, changed in one respect.
        QJsonObject header {{QStringLiteral("typ"), QStringLiteral("at+jwt")}};
        QJsonObject claims = payloadOf(pair.accessToken);
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
        QCOMPARE(failureCode(QString::fromLatin1(forged.value())), code);
    }

    void rotationKeepsOldTokensValidUntilTheKeyIsRetired()
    {
        const TokenPair before = login();
        const QString oldKid = keys().activeKey().kid();
        const Result<StoredSigningKey> rotated
            = keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::ES256).result();
        VERIFY_OK(rotated);
        QCOMPARE(keys().activeKey().kid(), rotated->kid);

        const TokenPair after = login();
        QCOMPARE(headerOf(after.accessToken).value(QStringLiteral("kid")).toString(), rotated->kid);
        QCOMPARE(headerOf(after.accessToken).value(QStringLiteral("alg")).toString(),
                 QStringLiteral("ES256"));
        QCOMPARE(failureCode(after.accessToken), QStringLiteral("valid"));
        QCOMPARE(failureCode(before.accessToken), QStringLiteral("valid")); // the passive key still verifies

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
        QCOMPARE(failureCode(before.accessToken), QStringLiteral("token_unknown_kid"));
        QCOMPARE(failureCode(after.accessToken), QStringLiteral("valid"));
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
        const TokenPair pair = login();
        QCOMPARE(headerOf(pair.accessToken).value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("valid"));
        QCOMPARE(keys()
                     .importPrivatePem(Actor::desktopAdministrator(), "not a key", JwsAlgorithm::RS256)
                     .result()
                     .error()
                     .kind(),
                 ErrorKind::Invalid);
    }

    void administratorsMintTestTokens()
    {
        const Actor admin = Actor::desktopAdministrator();
        const Result<QString> minted
            = tokens().mint(admin, m_ann.publicId, 120,
                            QJsonObject {{QStringLiteral("scope"), QStringLiteral("books:read")}});
        VERIFY_OK(minted);
        const QJsonObject claims = payloadOf(minted.value());
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                     - claims.value(QStringLiteral("nbf")).toInteger(),
                 120);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("books:read"));
        QVERIFY(!claims.contains(QStringLiteral("sid")));
        QCOMPARE(failureCode(minted.value()), QStringLiteral("valid"));

        QCOMPARE(tokens().mint(Actor::forUser(m_ann), m_ann.publicId, 120, {}).error().kind(),
                 ErrorKind::Forbidden);
        QVERIFY(tokens()
                    .mint(admin, m_ann.publicId, 120,
                          QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}})
                    .error()
                    .fields()
                    .contains(QStringLiteral("claims")));
        QVERIFY(tokens()
                    .mint(admin, m_ann.publicId, 25 * 3600, {})
                    .error()
                    .fields()
                    .contains(QStringLiteral("lifetime")));
        QCOMPARE(
            tokens()
                .mint(admin, m_ann.publicId, 120, QJsonObject {{QStringLiteral("sub"), QStringLiteral("x")}})
                .error()
                .fields()
                .value(QStringLiteral("claims")),
            QStringLiteral("The claim sub is set by Bookwarden; remove it from the extra claims."));
        VERIFY_OK(m_fixture->backend()
                      .users()
                      .update(admin, m_ann.publicId, UserChanges {std::nullopt, true})
                      .result());
        QVERIFY(
            tokens().mint(admin, m_ann.publicId, 120, {}).error().fields().contains(QStringLiteral("user")));
    }

    void introspectionFollowsRfc7662()
    {
        const User bob = m_fixture->createUser(QStringLiteral("bob"));
        const TokenPair annPair = login();
        const QJsonObject mine = tokens().introspect(Actor::forUser(m_ann), annPair.accessToken.toLatin1());
        QCOMPARE(mine.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(mine.value(QStringLiteral("username")).toString(), QStringLiteral("ann"));
        QCOMPARE(mine.value(QStringLiteral("token_type")).toString(), QStringLiteral("access_token"));
        QCOMPARE(tokens().introspect(Actor::forUser(bob), annPair.accessToken.toLatin1()),
                 QJsonObject({{QStringLiteral("active"), false}}));
        QCOMPARE(tokens()
                     .introspect(Actor::desktopAdministrator(), annPair.accessToken.toLatin1())
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        QCOMPARE(tokens().introspect(Actor::desktopAdministrator(), "garbage"),
                 QJsonObject({{QStringLiteral("active"), false}}));
    }

    void theInspectorJudgesLikeTheServer()
    {
        const TokenPair pair = login();
        QCOMPARE(tokens().inspectWithServerKeys(pair.accessToken.toLatin1()).outcome,
                 VerificationOutcome::Valid);

        const Result<AuthenticatedToken> verified = tokens().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        VERIFY_OK(m_fixture->backend()
                      .sessions()
                      .revoke(Actor::desktopAdministrator(), pair.session.publicId)
                      .result());
        const InspectionReport revoked = tokens().inspectWithServerKeys(pair.accessToken.toLatin1());
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
        QCOMPARE(tokens().inspectWithServerKeys(foreign).outcome, VerificationOutcome::BadSignature);
        const InspectionReport checked
            = tokens().inspect(foreign, VerificationSource::secretText(QStringLiteral("your_secret_key")));
        QCOMPARE(checked.outcome, VerificationOutcome::Valid);
        QVERIFY(!checked.warnings.isEmpty());
    }

    void settingsAreCheckedAndApplied()
    {
        TokenSettings settings = tokens().settings();
        settings.accessLifetimeSeconds = 10;
        QVERIFY(tokens().setSettings(settings).error().fields().contains(QStringLiteral("access_lifetime")));
        settings.accessLifetimeSeconds = 3600;
        settings.issuer = QStringLiteral("https://books.example");
        VERIFY_OK(tokens().setSettings(settings));
        const TokenPair pair = login();
        QCOMPARE(pair.expiresIn, 3600);
        QCOMPARE(payloadOf(pair.accessToken).value(QStringLiteral("iss")).toString(),
                 QStringLiteral("https://books.example"));
        QCOMPARE(failureCode(pair.accessToken), QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
