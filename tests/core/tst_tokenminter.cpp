#include "ResultAssertions.h"
#include "TokenTestCase.h"
#include "jose/Base64Url.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SigningKeyService.h"
#include "tokens/TokenMinter.h"
#include "users/UserService.h"

#include <QTest>

class TestTokenMinter : public TokenTestCase
{
    Q_OBJECT

private slots:
    void accessTokensCarryTheAgreedClaims()
    {
        const TokenPair pair = m_fixture->signIn();
        QCOMPARE(pair.expiresIn, 900);
        QCOMPARE(pair.user.id, m_ann.id);
        const QJsonObject header = TokenFixture::headerOf(pair.accessToken);
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), keys().activeKey().kid());
        const QJsonObject claims = TokenFixture::payloadOf(pair.accessToken);
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

        const Result<AuthenticatedToken> verified = verifier().verifyAccessToken(pair.accessToken.toLatin1());
        VERIFY_OK(verified);
        QCOMPARE(verified->actor.userId, m_ann.id);
        QCOMPARE(verified->actor.role, Role::User);
        QCOMPARE(verified->claims.sessionId, pair.session.publicId);
        QCOMPARE(m_fixture->backend().tokenMinter().lastIssuedToken(), pair.accessToken);
    }

    void administratorsMintTestTokens()
    {
        const Actor admin = Actor::desktopAdministrator();
        const Result<QString> minted
            = minter().mint(admin, m_ann.publicId, 120,
                            QJsonObject {{QStringLiteral("scope"), QStringLiteral("books:read")}});
        VERIFY_OK(minted);
        const QJsonObject claims = TokenFixture::payloadOf(minted.value());
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                     - claims.value(QStringLiteral("nbf")).toInteger(),
                 120);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("books:read"));
        QVERIFY(!claims.contains(QStringLiteral("sid")));
        QCOMPARE(m_fixture->verdictOn(minted.value()), QStringLiteral("valid"));

        QCOMPARE(minter().mint(Actor::forUser(m_ann), m_ann.publicId, 120, {}).error().kind(),
                 ErrorKind::Forbidden);
        QVERIFY(minter()
                    .mint(admin, m_ann.publicId, 120,
                          QJsonObject {{QStringLiteral("role"), QStringLiteral("admin")}})
                    .error()
                    .fields()
                    .contains(QStringLiteral("claims")));
        QVERIFY(minter()
                    .mint(admin, m_ann.publicId, 25 * 3600, {})
                    .error()
                    .fields()
                    .contains(QStringLiteral("lifetime")));
        QCOMPARE(
            minter()
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
            minter().mint(admin, m_ann.publicId, 120, {}).error().fields().contains(QStringLiteral("user")));
    }
};

QTEST_GUILESS_MAIN(TestTokenMinter)
#include "tst_tokenminter.moc"
