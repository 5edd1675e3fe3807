#include "FakeClock.h"
#include "TestKeys.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsSigner.h"
#include "jose/JwsVerifier.h"

#include <QTest>

Q_DECLARE_METATYPE(JwsAlgorithm)

// How long verifying one access token takes, per algorithm: decoding, signature and claims together.
// Figures only, never a pass/fail threshold (the machine is shared and noisy); the checks below only make
// sure that what is measured is a successful verification.
//
//   build/tests/jose/tst_jwsbenchmark            (walltime; -iterations N for a fixed count)
class TestJwsBenchmark : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

    QByteArray accessToken(const SigningKey &key) const
    {
        const qint64 now = m_clock.nowSeconds();
        const QJsonObject claims {
            {QStringLiteral("iss"), QStringLiteral("https://bookwarden.example")},
            {QStringLiteral("aud"), QStringLiteral("bookwarden-api")},
            {QStringLiteral("sub"), QStringLiteral("user-1042")},
            {QStringLiteral("client_id"), QStringLiteral("bookwarden-gui")},
            {QStringLiteral("scope"), QStringLiteral("books:read books:write")},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + 900},
            {QStringLiteral("jti"), QStringLiteral("6f1c2a9e-52b1-4b8e-9d0c-3f1e2a7b8c9d")}};
        return JwsSigner::sign(key, {{QStringLiteral("typ"), QStringLiteral("at+jwt")}}, claims).value();
    }

    ClaimsValidator claims() const
    {
        ClaimsPolicy policy;
        policy.issuer = QStringLiteral("https://bookwarden.example");
        policy.audience = QStringLiteral("bookwarden-api");
        policy.requiredType = QStringLiteral("at+jwt");
        return ClaimsValidator(policy, m_clock);
    }

private slots:
    void verify_data()
    {
        QTest::addColumn<JwsAlgorithm>("algorithm");
        for (const JwsAlgorithm algorithm : {JwsAlgorithm::HS256, JwsAlgorithm::RS256, JwsAlgorithm::PS256,
                                             JwsAlgorithm::ES256, JwsAlgorithm::EdDSA})
            QTest::newRow(qPrintable(JwsAlgorithms::name(algorithm))) << algorithm;
    }
    void verify()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        const JwsVerifier verifier(JwsVerifier::keySet({key.publicKey()}));
        const ClaimsValidator validator = claims();
        const QByteArray token = accessToken(key);
        const Result<VerifiedJws> first = verifier.verify(token, validator);
        QVERIFY2(first.ok(), qPrintable(explain(first)));
        bool ok = true;
        QBENCHMARK
        {
            ok = verifier.verify(token, validator).ok() && ok;
        }
        QVERIFY(ok);
    }

    void decodeOnly()
    {
        const QByteArray token = accessToken(TestKeys::key(JwsAlgorithm::HS256));
        bool ok = true;
        QBENCHMARK
        {
            ok = JwsDecoder::decode(token).ok() && ok;
        }
        QVERIFY(ok);
    }

    void signHs256()
    {
        const SigningKey key = TestKeys::key(JwsAlgorithm::HS256);
        bool ok = true;
        QBENCHMARK
        {
            ok = !accessToken(key).isEmpty() && ok;
        }
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestJwsBenchmark)
#include "tst_jwsbenchmark.moc"
