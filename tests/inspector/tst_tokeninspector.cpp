#include "FakeClock.h"
#include "TestKeys.h"
#include "inspector/ClaimCatalog.h"
#include "inspector/PlaceholderSecrets.h"
#include "inspector/TokenInspector.h"
#include "jose/Base64Url.h"
#include "jose/JwsSigner.h"
#include "jose/TokenFailure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(VerificationOutcome)
Q_DECLARE_METATYPE(InspectionWarning::Kind)

namespace {
using Warning = InspectionWarning::Kind;

// JSON written with single quotes for readability (raw string literals trip moc 6.4).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QString warningCodes(const InspectionReport &report)
{
    QStringList codes;
    for (const InspectionWarning &warning : report.warnings)
        codes.append(QString::number(int(warning.kind)) + QLatin1Char('(') + warning.subject
                     + QLatin1Char(')'));
    return codes.join(QLatin1Char(' '));
}

QString describe(const InspectionReport &report)
{
    return QStringLiteral("outcome %1: %2 [%3] warnings: %4")
        .arg(int(report.outcome))
        .arg(report.outcomeText.english(),
             report.verificationError ? report.verificationError->message() : QString(),
             warningCodes(report));
}

const ClaimExplanation *findClaim(const InspectionReport &report, const QString &name)
{
    for (const ClaimExplanation &claim : report.claims) {
        if (claim.name == name)
            return &claim;
    }
    return nullptr;
}

// Answers one source text, standing in for a compiled .qm file.
class GermanInspector : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "TokenInspector")
            return {};
        if (QByteArrayView(source) == "expires in %1")
            return QStringLiteral("l\u00e4uft in %1 ab");
        if (QByteArrayView(source) == "%1 min")
            return QStringLiteral("%1 Min.");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock; // 2026-01-01T00:00:00Z
    qint64 now() const { return m_clock.nowSeconds(); }

    QJsonObject claims(const QJsonObject &changes = {}) const
    {
        QJsonObject result {{QStringLiteral("iss"), QStringLiteral("https://bookwarden.example")},
                            {QStringLiteral("aud"), QStringLiteral("bookwarden-api")},
                            {QStringLiteral("sub"), QStringLiteral("alice")},
                            {QStringLiteral("iat"), now() - 60},
                            {QStringLiteral("exp"), now() + 600},
                            {QStringLiteral("jti"), QStringLiteral("jti-1")}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                result.remove(it.key());
            else
                result.insert(it.key(), it.value());
        }
        return result;
    }

    static QByteArray sign(const SigningKey &key, const QJsonObject &payload, const QJsonObject &header = {})
    {
        return JwsSigner::sign(key, header, payload).value();
    }

    static QByteArray withSecret(QByteArrayView secret, const QByteArray &headerJson,
                                 const QJsonObject &payload)
    {
        const QByteArray input = Base64Url::encode(headerJson) + '.'
            + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        return input + '.' + Base64Url::encode(TestKeys::hs256(secret, input));
    }

    InspectionReport inspect(const QByteArray &token, const VerificationSource &source = {}) const
    {
        return TokenInspector(m_clock).inspect(token, source);
    }

private slots:
    void explainsSegmentsAndClaims()
    {
        const SigningKey key = TestKeys::key(JwsAlgorithm::HS256);
        const QByteArray token = sign(key,
                                      claims({{QStringLiteral("client_id"), QStringLiteral("gui")},
                                              {QStringLiteral("scope"), QStringLiteral("books:read")},
                                              {QStringLiteral("email"), QStringLiteral("alice@example.org")},
                                              {QStringLiteral("tenant"), 7}}),
                                      {{QStringLiteral("typ"), QStringLiteral("at+jwt")}});
        const InspectionReport report = inspect(token);
        QVERIFY(report.wellFormed);
        QVERIFY(!report.malformedReason);
        QCOMPARE(report.outcome, VerificationOutcome::NotChecked);
        QCOMPARE(report.segmentCount, 3);
        QCOMPARE(report.segments.size(), 3);
        const QList<QByteArray> parts = token.split('.');
        for (int i = 0; i < 3; ++i)
            QCOMPARE(report.segments[i].raw, parts[i]);
        QVERIFY(report.segments[0].prettyJson.contains(QLatin1String("\"alg\": \"HS256\"")));
        QVERIFY(report.segments[1].prettyJson.contains(QLatin1String("\"sub\": \"alice\"")));
        QCOMPARE(report.segments[2].bytes->size(), 32);
        QCOMPARE(report.algorithm, QStringLiteral("HS256"));
        QCOMPARE(report.kid, key.kid());
        QCOMPARE(report.type, QStringLiteral("at+jwt"));
        QCOMPARE(report.claims.size(), 10);

        for (const char *name : {"iss", "sub", "aud", "exp", "iat", "jti"})
            QCOMPARE(QByteArray(findClaim(report, QLatin1String(name))->specification),
                     QByteArray("RFC 7519"));
        QCOMPARE(QByteArray(findClaim(report, QStringLiteral("client_id"))->specification),
                 QByteArray("RFC 9068"));
        QCOMPARE(QByteArray(findClaim(report, QStringLiteral("scope"))->specification),
                 QByteArray("RFC 9068"));
        QCOMPARE(QByteArray(findClaim(report, QStringLiteral("email"))->specification),
                 QByteArray("OpenID Connect Core 1.0"));
        QVERIFY(findClaim(report, QStringLiteral("iss"))
                    ->explanation.english()
                    .startsWith(QLatin1String("Issuer")));
        const ClaimExplanation *tenant = findClaim(report, QStringLiteral("tenant"));
        QVERIFY(!tenant->known);
        QCOMPARE(tenant->valueJson, QStringLiteral("7"));
        QVERIFY(tenant->explanation.english().startsWith(QLatin1String("Not a registered claim")));
        QCOMPARE(findClaim(report, QStringLiteral("aud"))->valueJson, QStringLiteral("\"bookwarden-api\""));
        for (const ClaimExplanation &parameter : report.headerParameters)
            QVERIFY2(parameter.known, qPrintable(parameter.name));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(warningCodes(report)));
    }

    void describesTimesRelativeToTheClock()
    {
        const QJsonObject payload {{QStringLiteral("exp"), now() + 14 * 60 + 30},
                                   {QStringLiteral("iat"), now() - 3 * 3600 - 300},
                                   {QStringLiteral("nbf"), now() + 2 * 86400 + 5},
                                   {QStringLiteral("auth_time"), now() - 20}};
        const InspectionReport report = inspect(sign(TestKeys::key(JwsAlgorithm::HS256), payload));
        const ClaimExplanation *exp = findClaim(report, QStringLiteral("exp"));
        QVERIFY(exp->isTime);
        QCOMPARE(exp->utcIso, QStringLiteral("2026-01-01T00:14:30Z"));
        QCOMPARE(exp->utc, QDateTime(QDate(2026, 1, 1), QTime(0, 14, 30), Qt::UTC));
        QVERIFY(!exp->localIso.isEmpty());
        QCOMPARE(QDateTime::fromString(exp->localIso, Qt::ISODate).toUTC(), exp->utc);
        QCOMPARE(exp->relative.english(), QStringLiteral("expires in 14 min"));
        QCOMPARE(findClaim(report, QStringLiteral("iat"))->relative.english(),
                 QStringLiteral("issued 3 h ago"));
        QCOMPARE(findClaim(report, QStringLiteral("nbf"))->relative.english(),
                 QStringLiteral("becomes valid in 2 d"));
        QCOMPARE(findClaim(report, QStringLiteral("auth_time"))->relative.english(),
                 QStringLiteral("signed in 20 s ago"));

        m_clock.advanceSeconds(3 * 3600 + 14 * 60 + 40); // exp now lies 3 h 10 s behind
        const InspectionReport later = inspect(sign(TestKeys::key(JwsAlgorithm::HS256), payload));
        QCOMPARE(findClaim(later, QStringLiteral("exp"))->relative.english(),
                 QStringLiteral("expired 3 h ago"));
        QVERIFY(later.hasWarning(Warning::Expired));
        QCOMPARE(later.warning(Warning::Expired)->text.english(),
                 QStringLiteral("The token expired 3 h ago."));
        m_clock.setNowMs(FakeClock().nowMs());
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<Warning>("kind");
        QTest::addColumn<QString>("subject");
        const SigningKey key = TestKeys::key(JwsAlgorithm::HS256);
        auto signedWith = [&](const QJsonObject &changes, const QJsonObject &header = {}) {
            return sign(key, claims(changes), header);
        };
        const QByteArray payload = QJsonDocument(claims()).toJson(QJsonDocument::Compact);
        QTest::newRow("alg none") << TestKeys::compact(json("{'alg':'none'}"), payload, {})
                                  << Warning::AlgNone << QStringLiteral("none");
        QTest::newRow("alg NoNe") << TestKeys::compact(json("{'alg':'NoNe'}"), payload, {})
                                  << Warning::AlgNone << QStringLiteral("NoNe");
        QTest::newRow("unsupported alg") << TestKeys::compact(json("{'alg':'ES512'}"), payload, "x")
                                         << Warning::UnsupportedAlgorithm << QStringLiteral("ES512");
        QTest::newRow("no exp") << signedWith({{QStringLiteral("exp"), QJsonValue::Null}})
                                << Warning::NoExpiry << QStringLiteral("exp");
        QTest::newRow("25 h lifetime")
            << signedWith({{QStringLiteral("iat"), now()}, {QStringLiteral("exp"), now() + 25 * 3600}})
            << Warning::LongLifetime << QStringLiteral("exp");
        QTest::newRow("expired") << signedWith({{QStringLiteral("exp"), now() - 3600}}) << Warning::Expired
                                 << QStringLiteral("exp");
        QTest::newRow("not yet valid") << signedWith({{QStringLiteral("nbf"), now() + 3600}})
                                       << Warning::NotYetValid << QStringLiteral("nbf");
        QTest::newRow("issued in future") << signedWith({{QStringLiteral("iat"), now() + 3600}})
                                          << Warning::IssuedInFuture << QStringLiteral("iat");
        QTest::newRow("exp as string") << signedWith({{QStringLiteral("exp"), QStringLiteral("1767226200")}})
                                       << Warning::InvalidClaimType << QStringLiteral("exp");
        QTest::newRow("placeholder secret")
            << withSecret("your_secret_key", json("{'alg':'HS256','typ':'JWT'}"), claims())
            << Warning::PlaceholderSecret << QStringLiteral("your_secret_key");
        QTest::newRow("password claim")
            << signedWith({{QStringLiteral("password"), QStringLiteral("hunter2")}})
            << Warning::SensitiveClaim << QStringLiteral("password");
        QTest::newRow("api key claim") << signedWith({{QStringLiteral("x-api-key"), QStringLiteral("k")}})
                                       << Warning::SensitiveClaim << QStringLiteral("x-api-key");
        QTest::newRow("nested card number")
            << signedWith({{QStringLiteral("billing"),
                            QJsonObject {{QStringLiteral("cardNumber"), QStringLiteral("4111")}}}})
            << Warning::SensitiveClaim << QStringLiteral("billing.cardNumber");
        QTest::newRow("ssn") << signedWith({{QStringLiteral("SSN"), QStringLiteral("078-05-1120")}})
                             << Warning::SensitiveClaim << QStringLiteral("SSN");
        QTest::newRow("user pin") << signedWith({{QStringLiteral("userPin"), 1234}})
                                  << Warning::SensitiveClaim << QStringLiteral("userPin");
        for (const char *parameter : {"jwk", "jku", "x5u", "x5c"})
            QTest::newRow(parameter) << signedWith(
                {}, {{QLatin1String(parameter), QStringLiteral("https://evil.example/k")}})
                                     << Warning::EmbeddedKey << QString::fromLatin1(parameter);
        QTest::newRow("crit") << TestKeys::signedCompact(key, json("{'alg':'HS256','crit':['exp'],'exp':1}"),
                                                         payload)
                              << Warning::UnsupportedCrit << QStringLiteral("crit");
        QTest::newRow("kid path") << TestKeys::signedCompact(
            key, json("{'alg':'HS256','kid':'../../keys/admin'}"), payload)
                                  << Warning::SuspiciousKid << QStringLiteral("../../keys/admin");
        QTest::newRow("kid sql") << TestKeys::signedCompact(
            key, "{\"alg\":\"HS256\",\"kid\":\"x' UNION SELECT 'k\"}", payload)
                                 << Warning::SuspiciousKid << QStringLiteral("x' UNION SELECT 'k");
    }
    void warnings()
    {
        QFETCH(QByteArray, token);
        QFETCH(Warning, kind);
        QFETCH(QString, subject);
        const InspectionReport report = inspect(token);
        const InspectionWarning *warning = report.warning(kind);
        QVERIFY2(
            warning,
            qPrintable(QStringLiteral("no warning %1; got: %2").arg(int(kind)).arg(warningCodes(report))));
        QCOMPARE(warning->subject, subject);
        QVERIFY(!warning->text.english().isEmpty());
        QVERIFY(!warning->advice.english().isEmpty());
        QVERIFY(warning->text.source() != nullptr); // translatable, not a ready-made string
        QCOMPARE(report.warnings.size(), 1); // each crafted token triggers exactly its own warning
    }

    void aTokenSignedWithAnEmptySecretWarnsOfNothing()
    {
        // Signed with nothing: no placeholder, no crash.
        const InspectionReport report = inspect(withSecret("", json("{'alg':'HS256'}"), claims()));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(warningCodes(report)));
    }

    void placeholderWarningNamesTheSecret()
    {
        const InspectionReport report
            = inspect(withSecret("your_secret_key", json("{'alg':'HS256'}"), claims()));
        const InspectionWarning *warning = report.warning(Warning::PlaceholderSecret);
        QVERIFY(warning);
        QVERIFY2(warning->text.english().contains(QLatin1String("\"your_secret_key\"")),
                 qPrintable(warning->text.english()));
        for (const char *secret : {"secret", "your-256-bit-secret", "changeme", "SECRET_KEY", "shhhhh"}) {
            for (const char *alg : {"HS256", "HS384", "HS512"}) {
                const auto algorithm = *JwsAlgorithms::fromName(QString::fromLatin1(alg));
                const QByteArray token = TestKeys::signedCompact(
                    SigningKey::fromSecretUnchecked(secret, algorithm).value(),
                    QByteArray("{\"alg\":\"" + QByteArray(alg) + "\"}"), QJsonDocument(claims()).toJson());
                const InspectionReport each = inspect(token);
                QVERIFY2(each.hasWarning(Warning::PlaceholderSecret), secret);
                QCOMPARE(each.warning(Warning::PlaceholderSecret)->subject, QString::fromLatin1(secret));
            }
        }
    }

    void placeholderListCoversTheTutorials()
    {
        const QList<QByteArray> &secrets = PlaceholderSecrets::all();
        QVERIFY(secrets.size() >= 30);
        for (const char *secret :
             {"secret", "your_secret_key", "your-256-bit-secret", "changeme", "password", "secretkey",
              "jwt_secret", "supersecret", "mysecret", "thisismysecretkey", "SECRET_KEY"})
            QVERIFY2(secrets.contains(secret), secret);
    }

    void sensitiveNamesAreWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sensitive");
        for (const char *name : {"password", "passwd", "pwd", "user_password", "secret", "client_secret",
                                 "ssn", "card", "creditcard", "card_number", "cvv", "iban", "pin", "apiKey",
                                 "api_key", "private_key", "privateKey", "credentials"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name :
             {"sub", "spinner", "shipping", "opinion", "scope", "email", "name", "password_changed_at_x"})
            QTest::newRow(name) << QString::fromLatin1(name)
                                << (QByteArrayView(name) == "password_changed_at_x");
    }
    void sensitiveNamesAreWords()
    {
        QFETCH(QString, name);
        QFETCH(bool, sensitive);
        QCOMPARE(ClaimCatalog::looksSensitive(name), sensitive);
    }

    void verifiesWithEachSource_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<VerificationSource>("source");
        QTest::addColumn<VerificationOutcome>("outcome");

        const QString unicodeSecret
            = QStringLiteral("Gr\u00fc\u00dfe aus K\u00f6ln \u2014 ein langes Geheimnis! \U0001F511");
        const QByteArray unicodeToken = withSecret(unicodeSecret.toUtf8(), json("{'alg':'HS256'}"), claims());
        QTest::newRow("UTF-8 secret")
            << unicodeToken << VerificationSource::secretText(unicodeSecret) << VerificationOutcome::Valid;
        QTest::newRow("wrong secret")
            << unicodeToken << VerificationSource::secretText(QStringLiteral("Gr\u00fc\u00dfe"))
            << VerificationOutcome::BadSignature;
        const SigningKey hs384 = TestKeys::key(JwsAlgorithm::HS384);
        QTest::newRow("base64url secret") << sign(hs384, claims())
                                          << VerificationSource::secretBase64Url(QString::fromLatin1(
                                                 Base64Url::encode(hs384.exportMaterial().value())))
                                          << VerificationOutcome::Valid;
        QTest::newRow("base64url secret with padding")
            << sign(hs384, claims())
            << VerificationSource::secretBase64Url(
                   QString::fromLatin1(Base64Url::encode(hs384.exportMaterial().value()) + "=="))
            << VerificationOutcome::KeyUnusable;
        QTest::newRow("secret for RS256") << sign(TestKeys::key(JwsAlgorithm::RS256), claims())
                                          << VerificationSource::secretText(QStringLiteral("secret"))
                                          << VerificationOutcome::AlgorithmNotAllowed;

        for (const JwsAlgorithm algorithm : {JwsAlgorithm::RS256, JwsAlgorithm::PS256, JwsAlgorithm::ES256,
                                             JwsAlgorithm::ES384, JwsAlgorithm::EdDSA}) {
            const SigningKey key = TestKeys::key(algorithm);
            const QByteArray token = sign(key, claims());
            const QByteArray name = JwsAlgorithms::name(algorithm).toLatin1();
            QTest::newRow(QByteArray("PEM " + name).constData())
                << token << VerificationSource::publicPem(key.publicPem()) << VerificationOutcome::Valid;
            QTest::newRow(QByteArray("JWK " + name).constData())
                << token << VerificationSource::jwk(QJsonDocument(key.publicJwk()).toJson())
                << VerificationOutcome::Valid;
        }
        const SigningKey rs = TestKeys::key(JwsAlgorithm::RS256);
        const SigningKey es = TestKeys::key(JwsAlgorithm::ES256);
        const QByteArray rsToken = sign(rs, claims());
        QTest::newRow("private PEM") << rsToken << VerificationSource::publicPem(rs.exportMaterial().value())
                                     << VerificationOutcome::Valid;
        QTest::newRow("PEM of another key")
            << rsToken << VerificationSource::publicPem(TestKeys::key(JwsAlgorithm::PS256).publicPem())
            << VerificationOutcome::BadSignature;
        QTest::newRow("EC PEM for RS256") << rsToken << VerificationSource::publicPem(es.publicPem())
                                          << VerificationOutcome::AlgorithmNotAllowed;
        QTest::newRow("PEM for HS256")
            << sign(TestKeys::key(JwsAlgorithm::HS256), claims())
            << VerificationSource::publicPem(rs.publicPem()) << VerificationOutcome::AlgorithmNotAllowed;
        QTest::newRow("garbage PEM") << rsToken
                                     << VerificationSource::publicPem("-----BEGIN PUBLIC KEY-----\nAAAA\n")
                                     << VerificationOutcome::KeyUnusable;

        const QJsonArray set {es.publicJwk(), rs.publicJwk(), TestKeys::key(JwsAlgorithm::EdDSA).publicJwk()};
        const QByteArray setJson = QJsonDocument(QJsonObject {{QStringLiteral("keys"), set}}).toJson();
        QTest::newRow("JWK Set by kid")
            << rsToken << VerificationSource::jwk(setJson) << VerificationOutcome::Valid;
        QTest::newRow("JWK Set without the kid")
            << TestKeys::signedCompact(rs, json("{'alg':'RS256','kid':'gone'}"),
                                       QJsonDocument(claims()).toJson())
            << VerificationSource::jwk(setJson) << VerificationOutcome::UnknownKid;
        QTest::newRow("JWK Set, token without kid")
            << TestKeys::signedCompact(rs, json("{'alg':'RS256'}"), QJsonDocument(claims()).toJson())
            << VerificationSource::jwk(setJson) << VerificationOutcome::UnknownKid;
        QTest::newRow("JWK with duplicate members")
            << rsToken << VerificationSource::jwk(json("{'kty':'RSA','kty':'EC'}"))
            << VerificationOutcome::KeyUnusable;
        QJsonObject octJwk {{QStringLiteral("kty"), QStringLiteral("oct")},
                            {QStringLiteral("k"), QString::fromLatin1(Base64Url::encode("short"))}};
        QTest::newRow("weak oct JWK")
            << withSecret("short", json("{'alg':'HS256'}"), claims())
            << VerificationSource::jwk(QJsonDocument(octJwk).toJson()) << VerificationOutcome::Valid;
        QTest::newRow("RSA JWK for HS256") << withSecret(rs.publicPem(), json("{'alg':'HS256'}"), claims())
                                           << VerificationSource::jwk(QJsonDocument(rs.publicJwk()).toJson())
                                           << VerificationOutcome::AlgorithmNotAllowed;

        QTest::newRow("expired, good signature")
            << sign(TestKeys::key(JwsAlgorithm::HS256), claims({{QStringLiteral("exp"), now() - 100}}))
            << VerificationSource::keyResolver(JwsVerifier::keySet({TestKeys::key(JwsAlgorithm::HS256)}))
            << VerificationOutcome::Expired;
        QTest::newRow("no exp, good signature")
            << sign(TestKeys::key(JwsAlgorithm::HS256), claims({{QStringLiteral("exp"), QJsonValue::Null}}))
            << VerificationSource::keyResolver(JwsVerifier::keySet({TestKeys::key(JwsAlgorithm::HS256)}))
            << VerificationOutcome::MissingClaim;
        QTest::newRow("resolver, unknown kid")
            << rsToken << VerificationSource::keyResolver(JwsVerifier::keySet({es}))
            << VerificationOutcome::UnknownKid;
        QTest::newRow("resolver fails")
            << rsToken << VerificationSource::keyResolver([](const QString &) -> Result<SigningKey> {
                   return Error::unavailable(ErrorCode::StorageError, QStringLiteral("Down."));
               })
            << VerificationOutcome::LookupFailed;
        QTest::newRow("alg none with a key")
            << TestKeys::compact(json("{'alg':'none'}"), QJsonDocument(claims()).toJson(), {})
            << VerificationSource::publicPem(rs.publicPem()) << VerificationOutcome::AlgNone;
        QTest::newRow("crit with a key")
            << TestKeys::signedCompact(rs, json("{'alg':'RS256','crit':['x'],'x':1}"),
                                       QJsonDocument(claims()).toJson())
            << VerificationSource::publicPem(rs.publicPem()) << VerificationOutcome::UnsupportedCrit;
        QTest::newRow("no source") << rsToken << VerificationSource::none()
                                   << VerificationOutcome::NotChecked;
    }
    void verifiesWithEachSource()
    {
        QFETCH(QByteArray, token);
        QFETCH(VerificationSource, source);
        QFETCH(VerificationOutcome, outcome);
        const InspectionReport report = inspect(token, source);
        QVERIFY2(report.outcome == outcome, qPrintable(describe(report)));
        QVERIFY(!report.outcomeText.english().isEmpty());
        QCOMPARE(report.verificationError.has_value(),
                 outcome != VerificationOutcome::Valid && outcome != VerificationOutcome::NotChecked);
        if (outcome == VerificationOutcome::Valid)
            QVERIFY2(!report.keyDescription.isEmpty(), qPrintable(describe(report)));
    }

    void warnsAboutWeakAndPrivateKeys()
    {
        const InspectionReport weak = inspect(
            TestKeys::signedCompact(SigningKey::fromSecretUnchecked("short", JwsAlgorithm::HS512).value(),
                                    json("{'alg':'HS512'}"), QJsonDocument(claims()).toJson()),
            VerificationSource::secretText(QStringLiteral("short")));
        QCOMPARE(weak.outcome, VerificationOutcome::Valid);
        QVERIFY2(weak.hasWarning(Warning::WeakSecret), qPrintable(warningCodes(weak)));
        QCOMPARE(weak.warning(Warning::WeakSecret)->text.english(),
                 QStringLiteral("The secret has 5 bytes; HS512 needs at least 64 random bytes."));
        const SigningKey rs = TestKeys::key(JwsAlgorithm::RS256);
        const InspectionReport pasted
            = inspect(sign(rs, claims()), VerificationSource::publicPem(rs.exportMaterial().value()));
        QVERIFY(pasted.hasWarning(Warning::PrivateKeyGiven));
        const InspectionReport strong
            = inspect(sign(TestKeys::key(JwsAlgorithm::HS256), claims()),
                      VerificationSource::secretBase64Url(QString::fromLatin1(
                          Base64Url::encode(TestKeys::key(JwsAlgorithm::HS256).exportMaterial().value()))));
        QCOMPARE(strong.outcome, VerificationOutcome::Valid);
        QVERIFY2(strong.warnings.isEmpty(), qPrintable(warningCodes(strong)));
    }

    void appliesTheClaimsPolicyAndRevocation()
    {
        const SigningKey key = TestKeys::key(JwsAlgorithm::ES256);
        const QByteArray token = sign(key, claims());
        const VerificationSource source
            = VerificationSource::keyResolver(JwsVerifier::keySet({key.publicKey()}));
        TokenInspector inspector(m_clock);
        ClaimsPolicy policy;
        policy.issuer = QStringLiteral("https://other.example");
        inspector.setClaimsPolicy(policy);
        QCOMPARE(inspector.inspect(token, source).outcome, VerificationOutcome::WrongIssuer);
        policy.issuer = QStringLiteral("https://bookwarden.example");
        policy.audience = QStringLiteral("bookwarden");
        inspector.setClaimsPolicy(policy);
        QCOMPARE(inspector.inspect(token, source).outcome, VerificationOutcome::WrongAudience);
        policy.audience = QStringLiteral("bookwarden-api");
        inspector.setClaimsPolicy(policy);
        const InspectionReport valid = inspector.inspect(token, source);
        QVERIFY2(valid.outcome == VerificationOutcome::Valid, qPrintable(describe(valid)));
        QVERIFY(valid.keyDescription.english().contains(key.kid()));

        QString seenJti;
        QString seenSubject;
        std::optional<qint64> seenIssuedAt;
        inspector.setRevocationCheck([&](const QJsonObject &payload) {
            seenJti = payload.value(QStringLiteral("jti")).toString();
            seenSubject = payload.value(QStringLiteral("sub")).toString();
            const QJsonValue iat = payload.value(QStringLiteral("iat"));
            seenIssuedAt = iat.isDouble() ? std::optional<qint64>(qint64(iat.toDouble())) : std::nullopt;
            return RevocationVerdict {true, QStringLiteral("signed out on all devices")};
        });
        const InspectionReport revoked = inspector.inspect(token, source);
        QCOMPARE(revoked.outcome, VerificationOutcome::Revoked);
        QCOMPARE(revoked.revocationReason, QStringLiteral("signed out on all devices"));
        QCOMPARE(revoked.verificationError->codeName(), QStringLiteral("token_revoked"));
        QCOMPARE(seenJti, QStringLiteral("jti-1"));
        QCOMPARE(seenSubject, QStringLiteral("alice"));
        QCOMPARE(seenIssuedAt, std::optional<qint64>(now() - 60));
    }

    void everyTokenFailureHasItsOwnOutcome()
    {
        // A refusal by the JWS or claims checks is never mistaken for a key store that could not answer.
        for (const TokenFailure failure : TokenFailures::all()) {
            const VerificationOutcome outcome = VerificationOutcomes::of(TokenFailures::error(failure));
            QVERIFY2(outcome != VerificationOutcome::LookupFailed,
                     qPrintable(TokenFailures::error(failure).codeName()));
        }
        QCOMPARE(VerificationOutcomes::of(TokenFailures::error(TokenFailure::TooLarge)),
                 VerificationOutcome::Malformed);
        QCOMPARE(
            VerificationOutcomes::of(Error::unavailable(ErrorCode::ShuttingDown, QStringLiteral("Closing."))),
            VerificationOutcome::LookupFailed);
    }

    void everyOutcomeHasItsOwnSentence()
    {
        QStringList sentences;
        for (int outcome = int(VerificationOutcome::NotChecked); outcome <= int(VerificationOutcome::Revoked);
             ++outcome) {
            const QString sentence = VerificationOutcomes::sentence(VerificationOutcome(outcome)).english();
            QVERIFY2(!sentence.isEmpty() && !sentences.contains(sentence), qPrintable(sentence));
            sentences << sentence;
        }
    }

    void readsWhatItCanOfABrokenToken()
    {
        const QByteArray token = sign(TestKeys::key(JwsAlgorithm::HS256), claims());
        const QByteArray broken = "eyJhbGciOiJIUzI1NiJ9!" + token.mid(token.indexOf('.'));
        const InspectionReport report = inspect(broken);
        QVERIFY(!report.wellFormed);
        QCOMPARE(report.outcome, VerificationOutcome::Malformed);
        QCOMPARE(
            report.malformedReason->message(),
            QStringLiteral("Segment 1 (header), character 21: not base64url (only A-Z, a-z, 0-9, - and _ are "
                           "allowed)."));
        QVERIFY(report.segments[0].problem.has_value());
        QVERIFY(!report.segments[1].prettyJson.isEmpty()); // the payload is still shown
        QVERIFY(findClaim(report, QStringLiteral("sub")));

        const InspectionReport duplicate
            = inspect(TestKeys::compact(json("{'alg':'HS256'}"), json("{'sub':'a','sub':'b'}"), "x"));
        QCOMPARE(duplicate.outcome, VerificationOutcome::Malformed);
        QVERIFY(duplicate.segments[1].prettyJson.isEmpty());
        QCOMPARE(duplicate.segments[1].text, QString::fromLatin1(json("{'sub':'a','sub':'b'}")));
        QVERIFY2(duplicate.malformedReason->message().contains(QLatin1String("duplicate member name")),
                 qPrintable(duplicate.malformedReason->message()));

        const InspectionReport bearer = inspect(
            "  Bearer " + token + "\r\n",
            VerificationSource::keyResolver(JwsVerifier::keySet({TestKeys::key(JwsAlgorithm::HS256)})));
        QCOMPARE(bearer.outcome, VerificationOutcome::Valid);
        QCOMPARE(bearer.token, token);
        QCOMPARE(bearer.notes.size(), 2);
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QRandomGenerator random(42);
        QByteArray binary(4096, Qt::Uninitialized);
        for (char &c : binary)
            c = char(random.bounded(256));
        const QByteArray token = sign(TestKeys::key(JwsAlgorithm::HS256), claims());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \t\r\n ");
        QTest::newRow("one dot") << QByteArray(".");
        QTest::newRow("two dots") << QByteArray("..");
        QTest::newRow("four dots") << QByteArray("....");
        QTest::newRow("100 000 dots") << QByteArray(100'000, '.');
        QTest::newRow("60 000 dots") << QByteArray(60'000, '.');
        QTest::newRow("binary") << binary;
        QTest::newRow("NUL bytes") << QByteArray(64, '\0');
        QTest::newRow("huge") << QByteArray(4 * 1024 * 1024, 'A');
        QTest::newRow("huge, dotted")
            << QByteArray(8 * 1024 * 1024, 'A').replace(1000, 1, ".").replace(5000, 1, ".");
        QTest::newRow("eyJ") << QByteArray("eyJ");
        QTest::newRow("Bearer only") << QByteArray("Bearer ");
        QTest::newRow("two segments") << token.left(token.lastIndexOf('.'));
        QTest::newRow("token twice") << token + '.' + token;
        QTest::newRow("deep header") << TestKeys::compact(
            QByteArray("{\"a\":" + QByteArray(30'000, '[') + '}'), "{}", {});
        QTest::newRow("not json") << TestKeys::compact("alg HS256", "sub alice", "x");
        QTest::newRow("JSON numbers") << TestKeys::compact(json("{'alg':'HS256','exp':1e999}"),
                                                           json("{'exp':-1e308,'iat':1e308}"), "x");
        QTest::newRow("times out of range") << sign(TestKeys::key(JwsAlgorithm::HS256),
                                                    {{QStringLiteral("exp"), 1e300},
                                                     {QStringLiteral("iat"), -1e300},
                                                     {QStringLiteral("nbf"), 9.2e18},
                                                     {QStringLiteral("auth_time"), QStringLiteral("x")}});
        // Found by fuzz_jws: converting such doubles to integers was undefined behaviour.
        QTest::newRow("times beyond 64 bits") << sign(TestKeys::key(JwsAlgorithm::HS256),
                                                      {{QStringLiteral("exp"), -1e300},
                                                       {QStringLiteral("iat"), 1.7e28},
                                                       {QStringLiteral("nbf"), 1e300}});
        QTest::newRow("alg types") << TestKeys::compact(
            json("{'alg':['HS256'],'kid':{},'crit':7,'jwk':null}"), "{}", "x");
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x94\x91.\xf0\x9f\x94\x91.\xf0\x9f\x94\x91");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, input);
        QElapsedTimer timer;
        timer.start();
        for (const VerificationSource &source :
             {VerificationSource::none(), VerificationSource::secretText(QStringLiteral("secret")),
              VerificationSource::publicPem(TestKeys::key(JwsAlgorithm::RS256).publicPem()),
              VerificationSource::jwk(
                  QJsonDocument(TestKeys::key(JwsAlgorithm::ES256).publicJwk()).toJson())}) {
            const InspectionReport report = inspect(input, source);
            QVERIFY2(report.outcome != VerificationOutcome::Valid, qPrintable(describe(report)));
            QVERIFY(!report.outcomeText.english().isEmpty());
            if (report.outcome == VerificationOutcome::Malformed) {
                QVERIFY(report.malformedReason.has_value());
                QVERIFY(!report.malformedReason->message().isEmpty());
            }
        }
        QVERIFY2(timer.elapsed() < 20'000, "inspection of garbage took more than 20 s");
    }

    void explainsWhyGarbageIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The token is empty.");
        QTest::newRow("whitespace") << QByteArray("  \n") << QStringLiteral("The token is empty.");
        QTest::newRow("one dot") << QByteArray(
            ".") << QStringLiteral("The token has 2 dot-separated segments; a signed token has exactly 3.");
        QTest::newRow("100 000 dots")
            << QByteArray(100'000, '.')
            << QStringLiteral("The token has 100000 bytes; at most 65536 are accepted.");
        QTest::newRow("two dots") << QByteArray(
            "..") << QStringLiteral("Segment 1 (header), byte 1 of the decoded JSON: not a JSON object.");
    }
    void explainsWhyGarbageIsMalformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const InspectionReport report = inspect(input);
        QCOMPARE(report.outcome, VerificationOutcome::Malformed);
        QCOMPARE(report.malformedReason->message(), message);
    }

    void textsAreTranslatableAndSafe()
    {
        const ReportSentence expires(
            QT_TRANSLATE_NOOP("TokenInspector", "expires in %1"),
            {ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "%1 min"), {ReportSentence::number(14)})});
        QCOMPARE(expires.english(), QStringLiteral("expires in 14 min"));
        QCOMPARE(expires.localized(), QStringLiteral("expires in 14 min"));
        GermanInspector german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(expires.localized(), QStringLiteral("l\u00e4uft in 14 Min. ab"));
        QCOMPARE(expires.english(), QStringLiteral("expires in 14 min"));
        QCoreApplication::removeTranslator(&german);

        // Token text with placeholders in it is inserted as it is, in one pass.
        const ReportSentence claim(
            QT_TRANSLATE_NOOP("TokenInspector", "%1 and %2"),
            {ReportSentence::literal(QStringLiteral("%2%1")), ReportSentence::literal(QStringLiteral("b"))});
        QCOMPARE(claim.english(), QStringLiteral("%2%1 and b"));
        QCOMPARE(TokenInspector::duration(59).english(), QStringLiteral("59 s"));
        QCOMPARE(TokenInspector::duration(60).english(), QStringLiteral("1 min"));
        QCOMPARE(TokenInspector::duration(47 * 3600 + 3599).english(), QStringLiteral("47 h"));
        QCOMPARE(TokenInspector::duration(48 * 3600).english(), QStringLiteral("2 d"));
        QCOMPARE(TokenInspector::duration(-5).english(), QStringLiteral("0 s"));
    }
};

QTEST_GUILESS_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
