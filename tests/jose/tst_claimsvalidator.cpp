#include "FakeClock.h"
#include "jose/ClaimsValidator.h"

#include <QJsonArray>
#include <QTest>

namespace {
QString codeOf(const Status &status)
{
    return status.ok() ? QStringLiteral("ok") : status.error().codeName();
}
} // namespace

class TestClaimsValidator : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    qint64 now() const { return m_clock.nowSeconds(); }
    QJsonObject fresh() const { return {{QStringLiteral("exp"), now() + 60}}; }

private slots:
    void typeIsComparedAsRfc8725Says_data()
    {
        QTest::addColumn<QJsonValue>("typ");
        QTest::addColumn<QString>("code");
        QTest::newRow("exact") << QJsonValue(QStringLiteral("at+jwt")) << QStringLiteral("ok");
        QTest::newRow("upper case") << QJsonValue(QStringLiteral("AT+JWT")) << QStringLiteral("ok");
        QTest::newRow("media type") << QJsonValue(QStringLiteral("application/at+jwt"))
                                    << QStringLiteral("ok");
        QTest::newRow("media type, mixed case")
            << QJsonValue(QStringLiteral("Application/At+Jwt")) << QStringLiteral("ok");
        QTest::newRow("plain JWT") << QJsonValue(QStringLiteral("JWT")) << QStringLiteral("token_wrong_type");
        QTest::newRow("prefix") << QJsonValue(QStringLiteral("at+jwt2"))
                                << QStringLiteral("token_wrong_type");
        QTest::newRow("other media type")
            << QJsonValue(QStringLiteral("text/at+jwt")) << QStringLiteral("token_wrong_type");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("token_wrong_type");
        QTest::newRow("number") << QJsonValue(1) << QStringLiteral("token_wrong_type");
    }
    void typeIsComparedAsRfc8725Says()
    {
        QFETCH(QJsonValue, typ);
        QFETCH(QString, code);
        ClaimsPolicy policy;
        policy.requiredType = QStringLiteral("at+jwt");
        QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")}};
        if (!typ.isUndefined())
            header.insert(QStringLiteral("typ"), typ);
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate(header, fresh())), code);
    }

    void typeIsNotCheckedUnlessRequired()
    {
        QCOMPARE(codeOf(ClaimsValidator({}, m_clock).validate({{QStringLiteral("typ"), 5}}, fresh())),
                 QStringLiteral("ok"));
    }

    void leewayIsConfigurable()
    {
        ClaimsPolicy policy;
        policy.leewaySeconds = 0;
        const QJsonObject justExpired {{QStringLiteral("exp"), now()}};
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, justExpired)),
                 QStringLiteral("token_expired"));
        policy.leewaySeconds = -100; // counts as 0, never widens the window the wrong way
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, {{QStringLiteral("exp"), now() + 1}})),
                 QStringLiteral("ok"));
        policy.leewaySeconds = 300;
        QCOMPARE(
            codeOf(ClaimsValidator(policy, m_clock).validate({}, {{QStringLiteral("exp"), now() - 299}})),
            QStringLiteral("ok"));
        QCOMPARE(
            codeOf(ClaimsValidator(policy, m_clock).validate({}, {{QStringLiteral("exp"), now() - 300}})),
            QStringLiteral("token_expired"));
        QCOMPARE(ClaimsPolicy().leewaySeconds, 30);
    }

    void followsTheClock()
    {
        const ClaimsValidator validator({}, m_clock);
        const QJsonObject claims = fresh();
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("ok"));
        m_clock.advanceSeconds(89);
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("ok"));
        m_clock.advanceSeconds(1);
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_expired"));
        m_clock.advanceSeconds(-90);
    }

    void expiryCanBeOptional()
    {
        ClaimsPolicy policy;
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, {})),
                 QStringLiteral("token_missing_claim"));
        policy.requireExpiry = false;
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, {})), QStringLiteral("ok"));
    }

    void requiredClaims()
    {
        ClaimsPolicy policy;
        policy.requireIssuedAt = true;
        policy.requiredClaims = {QStringLiteral("sub"), QStringLiteral("jti")};
        const ClaimsValidator validator(policy, m_clock);
        QJsonObject claims = fresh();
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_missing_claim"));
        claims.insert(QStringLiteral("iat"), now());
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_missing_claim"));
        claims.insert(QStringLiteral("sub"), QStringLiteral("alice"));
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_missing_claim"));
        claims.insert(QStringLiteral("jti"), QStringLiteral("j"));
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("ok"));
    }

    // RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the token.
    void audienceWithoutConfiguredAudience()
    {
        QJsonObject claims = fresh();
        claims.insert(QStringLiteral("aud"), QStringLiteral("someone"));
        ClaimsPolicy policy;
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, claims)),
                 QStringLiteral("token_wrong_audience"));
        policy.acceptAnyAudience = true;
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, claims)), QStringLiteral("ok"));
        claims.insert(QStringLiteral("aud"), 5); // the type is still checked
        QCOMPARE(codeOf(ClaimsValidator(policy, m_clock).validate({}, claims)),
                 QStringLiteral("token_invalid_claim"));
    }

    void audienceArrays()
    {
        ClaimsPolicy policy;
        policy.audience = QStringLiteral("api");
        const ClaimsValidator validator(policy, m_clock);
        QJsonObject claims = fresh();
        claims.insert(QStringLiteral("aud"), QJsonArray {QStringLiteral("web"), QStringLiteral("api")});
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("ok"));
        claims.insert(QStringLiteral("aud"), QJsonArray {});
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_wrong_audience"));
        // Not QJsonArray{QJsonArray{...}}: clang reads that as a copy, not as nesting.
        QJsonArray nested;
        nested.append(QJsonArray {QStringLiteral("api")});
        QCOMPARE(nested.first().isArray(), true);
        claims.insert(QStringLiteral("aud"), nested);
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_invalid_claim"));
        claims.insert(QStringLiteral("aud"), QJsonValue::Null);
        QCOMPARE(codeOf(validator.validate({}, claims)), QStringLiteral("token_invalid_claim"));
    }

    void fractionalAndHugeTimes()
    {
        const ClaimsValidator validator({}, m_clock);
        QCOMPARE(codeOf(validator.validate({}, {{QStringLiteral("exp"), double(now()) - 29.5}})),
                 QStringLiteral("ok"));
        QCOMPARE(codeOf(validator.validate({}, {{QStringLiteral("exp"), double(now()) - 30.5}})),
                 QStringLiteral("token_expired"));
        QCOMPARE(codeOf(validator.validate({}, {{QStringLiteral("exp"), 1e300}})), QStringLiteral("ok"));
        QCOMPARE(codeOf(validator.validate({}, {{QStringLiteral("exp"), -1e300}})),
                 QStringLiteral("token_expired"));
        QCOMPARE(codeOf(validator.validate(
                     {}, {{QStringLiteral("exp"), now() + 60}, {QStringLiteral("nbf"), 1e300}})),
                 QStringLiteral("token_not_yet_valid"));
    }

    void normalizesTypes()
    {
        QCOMPARE(ClaimsValidator::normalizedType(QStringLiteral("Application/AT+JWT")),
                 QStringLiteral("at+jwt"));
        QCOMPARE(ClaimsValidator::normalizedType(QStringLiteral("JWT")), QStringLiteral("jwt"));
        QCOMPARE(ClaimsValidator::normalizedType(QStringLiteral("applicationat+jwt")),
                 QStringLiteral("applicationat+jwt"));
    }
};

QTEST_GUILESS_MAIN(TestClaimsValidator)
#include "tst_claimsvalidator.moc"
