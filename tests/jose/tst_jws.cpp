#include "FakeClock.h"
#include "RfcVectors.h"
#include "TestKeys.h"
#include "jose/Base64Url.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsSigner.h"
#include "jose/JwsVerifier.h"
#include "jose/TokenFailure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(JwsAlgorithm)

namespace {
const QString Issuer = QStringLiteral("https://bookwarden.example");
const QString Audience = QStringLiteral("bookwarden-api");

QString describe(const Error &error)
{
    return error.codeName() + QStringLiteral(": ") + error.message();
}

SigningKey rfcKey(const char *jwk, JwsAlgorithm algorithm)
{
    Result<SigningKey> key = SigningKey::fromJwk(TestKeys::object(jwk), algorithm);
    if (!key)
        qFatal("RFC key refused: %s", qPrintable(explain(key)));
    return key.value();
}

// JSON written with single quotes for readability (raw string literals trip moc 6.4 in this file).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// RFC 6750 §3: error_description is %x20-21 / %x23-5B / %x5D-7E, so no quote, no backslash, no control.
bool fitsInWwwAuthenticate(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock; // 2026-01-01T00:00:00Z
    qint64 now() const { return m_clock.nowSeconds(); }

    // A payload that passes the standard policy below, with `changes` merged in (null removes a claim).
    QByteArray payload(const QJsonObject &changes = {}) const
    {
        QJsonObject claims {{QStringLiteral("iss"), Issuer},
                            {QStringLiteral("aud"), Audience},
                            {QStringLiteral("sub"), QStringLiteral("alice")},
                            {QStringLiteral("iat"), now() - 60},
                            {QStringLiteral("nbf"), now() - 60},
                            {QStringLiteral("exp"), now() + 600},
                            {QStringLiteral("jti"), QStringLiteral("j-1")}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                claims.remove(it.key());
            else
                claims.insert(it.key(), it.value());
        }
        return QJsonDocument(claims).toJson(QJsonDocument::Compact);
    }

    static QByteArray header(JwsAlgorithm algorithm, const QString &kid = {})
    {
        QByteArray json = "{\"alg\":\"" + JwsAlgorithms::name(algorithm).toLatin1() + "\",\"typ\":\"JWT\"";
        const QString keyId = kid.isNull() ? TestKeys::key(algorithm).kid() : kid;
        if (!keyId.isEmpty())
            json += ",\"kid\":\"" + keyId.toLatin1() + '"';
        return json + '}';
    }

    QByteArray validToken(JwsAlgorithm algorithm) const
    {
        return TestKeys::signedCompact(TestKeys::key(algorithm), header(algorithm), payload());
    }

    static JwsVerifier standardVerifier()
    {
        QList<SigningKey> keys;
        for (const JwsAlgorithm algorithm : JwsAlgorithms::all())
            keys.append(TestKeys::key(algorithm).publicKey());
        return JwsVerifier(JwsVerifier::keySet(keys));
    }

    ClaimsValidator standardClaims() const
    {
        ClaimsPolicy policy;
        policy.issuer = Issuer;
        policy.audience = Audience;
        return ClaimsValidator(policy, m_clock);
    }

private slots:
    void rfc7515A1Hs256()
    {
        const SigningKey key = rfcKey(RfcVectors::Hs256Jwk, JwsAlgorithm::HS256);
        const QByteArray token = RfcVectors::Hs256Token;
        const Result<VerifiedJws> verified = JwsVerifier(JwsVerifier::singleKey(key)).verify(token);
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
        QCOMPARE(verified->token.payloadJson, QByteArray(RfcVectors::PayloadJson));
        QCOMPARE(verified->token.header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(verified->token.payload.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
        QCOMPARE(verified->token.payload.value(QLatin1String("exp")).toInteger(), RfcVectors::PayloadExp);
        QVERIFY(verified->token.payload.value(QLatin1String("http://example.com/is_root")).toBool());
        // HMAC is deterministic: the exact published signature comes out again.
        QCOMPARE(key.sign(verified->token.signingInput()).value(), verified->token.signature);

        // Its exp is in 2011: valid a minute before, expired a minute after (with the default 30 s leeway).
        FakeClock clock((RfcVectors::PayloadExp - 60) * 1000);
        ClaimsPolicy policy;
        const ClaimsValidator claims(policy, clock);
        const Status early = claims.validate(verified->token.header, verified->token.payload);
        QVERIFY2(early.ok(), qPrintable(explain(early)));
        clock.advanceSeconds(120);
        QCOMPARE(claims.validate(verified->token.header, verified->token.payload).error().codeName(),
                 QStringLiteral("token_expired"));
    }

    void rfc7515A2Rs256()
    {
        const SigningKey key = rfcKey(RfcVectors::Rs256Jwk, JwsAlgorithm::RS256);
        const Result<VerifiedJws> verified
            = JwsVerifier(JwsVerifier::singleKey(key.publicKey())).verify(RfcVectors::Rs256Token);
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
        QCOMPARE(verified->token.payloadJson, QByteArray(RfcVectors::PayloadJson));
        // RSASSA-PKCS1-v1_5 is deterministic too.
        QCOMPARE(key.sign(verified->token.signingInput()).value(), verified->token.signature);
        QCOMPARE(verified->token.signature.size(), 256);
    }

    void rfc7515A3Es256()
    {
        const SigningKey key = rfcKey(RfcVectors::Es256Jwk, JwsAlgorithm::ES256);
        const Result<VerifiedJws> verified
            = JwsVerifier(JwsVerifier::singleKey(key.publicKey())).verify(RfcVectors::Es256Token);
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
        QCOMPARE(verified->token.payloadJson, QByteArray(RfcVectors::PayloadJson));
        // ECDSA is randomized: a fresh signature differs but verifies.
        const QByteArray fresh = key.sign(verified->token.signingInput()).value();
        QCOMPARE(fresh.size(), 64);
        QVERIFY(key.publicKey().verify(verified->token.signingInput(), fresh));
    }

    void rfc8037A4Ed25519()
    {
        const SigningKey key = rfcKey(RfcVectors::Ed25519Jwk, JwsAlgorithm::EdDSA);
        const QByteArray token = RfcVectors::Ed25519Token;
        const QByteArrayView signingInput = QByteArrayView(token).first(token.lastIndexOf('.'));
        const QByteArray signature
            = *Base64Url::decode(QByteArrayView(token).sliced(token.lastIndexOf('.') + 1));
        QCOMPARE(key.sign(signingInput).value(), signature); // Ed25519 is deterministic
        QVERIFY(key.publicKey().verify(signingInput, signature));
        // Its payload is plain text, which is a valid JWS but not a JWT: the token decoder wants an object.
        const Result<DecodedJws> decoded = JwsDecoder::decode(token);
        QCOMPARE(decoded.error().codeName(), QStringLiteral("token_malformed"));
        QVERIFY2(decoded.error().message().contains(QLatin1String("Segment 2 (payload)")),
                 qPrintable(decoded.error().message()));
    }

    void signsAndVerifiesEveryAlgorithm_data()
    {
        QTest::addColumn<JwsAlgorithm>("algorithm");
        for (const JwsAlgorithm algorithm : JwsAlgorithms::all())
            QTest::newRow(qPrintable(JwsAlgorithms::name(algorithm))) << algorithm;
    }
    void signsAndVerifiesEveryAlgorithm()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        const QJsonObject claims = QJsonDocument::fromJson(payload()).object();
        const Result<QByteArray> token
            = JwsSigner::sign(key, {{QStringLiteral("typ"), QStringLiteral("at+jwt")}}, claims);
        QVERIFY2(token.ok(), qPrintable(explain(token)));

        // Header member order: alg, typ, kid.
        const QByteArray headerJson = *Base64Url::decode(token->left(token->indexOf('.')));
        QCOMPARE(headerJson,
                 "{\"alg\":\"" + JwsAlgorithms::name(algorithm).toLatin1()
                     + "\",\"typ\":\"at+jwt\",\"kid\":\"" + key.kid().toLatin1() + "\"}");

        ClaimsPolicy policy;
        policy.issuer = Issuer;
        policy.audience = Audience;
        policy.requiredType = QStringLiteral("application/AT+JWT");
        const Result<VerifiedJws> verified
            = standardVerifier().verify(*token, ClaimsValidator(policy, m_clock));
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
        QCOMPARE(verified->token.payload, claims);
        QCOMPARE(verified->key.kid(), key.kid());
        QCOMPARE(verified->key.algorithm(), algorithm);
    }

    void signerRefusesContradictoryHeaders()
    {
        const SigningKey key = TestKeys::key(JwsAlgorithm::HS256);
        const QJsonObject claims {{QStringLiteral("sub"), QStringLiteral("alice")}};
        auto codeFor = [&](const QJsonObject &header) {
            return JwsSigner::sign(key, header, claims).error().codeName();
        };
        QCOMPARE(codeFor({{QStringLiteral("alg"), QStringLiteral("none")}}),
                 QStringLiteral("jws_header_invalid"));
        QCOMPARE(codeFor({{QStringLiteral("alg"), QStringLiteral("RS256")}}),
                 QStringLiteral("jws_header_invalid"));
        QCOMPARE(codeFor({{QStringLiteral("kid"), QStringLiteral("other")}}),
                 QStringLiteral("jws_header_invalid"));
        QCOMPARE(codeFor({{QStringLiteral("crit"), QJsonArray {QStringLiteral("exp")}}}),
                 QStringLiteral("jws_header_invalid"));
        QCOMPARE(codeFor({{QStringLiteral("typ"), 1}}), QStringLiteral("jws_header_invalid"));
        QVERIFY(JwsSigner::sign(key, {{QStringLiteral("alg"), QStringLiteral("HS256")}}, claims).ok());
        QCOMPARE(
            JwsSigner::sign(TestKeys::key(JwsAlgorithm::ES256).publicKey(), {}, claims).error().codeName(),
            QStringLiteral("key_not_private"));
        QCOMPARE(JwsSigner::sign(SigningKey(), {}, claims).error().codeName(), QStringLiteral("key_invalid"));

        // Extra members follow alg, typ and kid; a key without kid leaves kid out.
        SigningKey anonymous = key;
        anonymous.setKid(QString());
        const QByteArray token
            = *JwsSigner::sign(anonymous, {{QStringLiteral("cty"), QStringLiteral("x")}}, claims);
        QCOMPARE(*Base64Url::decode(token.left(token.indexOf('.'))),
                 QByteArray(json("{'alg':'HS256','typ':'JWT','cty':'x'}")));
    }

    void keySetFindsKeysByKid()
    {
        const SigningKey a = TestKeys::key(JwsAlgorithm::HS256);
        SigningKey b = *SigningKey::generate(JwsAlgorithm::HS256);
        b.setKid(QStringLiteral("second"));
        const JwsKeyResolver both = JwsVerifier::keySet({a, b});
        QCOMPARE(both(a.kid())->kid(), a.kid());
        QCOMPARE(both(QStringLiteral("second"))->kid(), QStringLiteral("second"));
        QCOMPARE(both(QStringLiteral("SECOND")).error().codeName(), QStringLiteral("token_unknown_kid"));
        QCOMPARE(both(QString()).error().codeName(), QStringLiteral("token_unknown_kid")); // no kid, two keys
        QCOMPARE(JwsVerifier::keySet({b})(QString())->kid(), QStringLiteral("second")); // no kid, one key

        // A token without kid verifies against the single active key.
        const QByteArray token = TestKeys::signedCompact(b, json("{'alg':'HS256'}"), payload());
        const Result<VerifiedJws> verified
            = JwsVerifier(JwsVerifier::keySet({b})).verify(token, standardClaims());
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
    }

    void resolverErrorsPassThrough()
    {
        const JwsVerifier verifier([](const QString &) -> Result<SigningKey> {
            return Error::unavailable(ErrorCode::StorageError, QStringLiteral("Try later."));
        });
        QCOMPARE(verifier.verify(validToken(JwsAlgorithm::HS256)).error().codeName(),
                 QStringLiteral("storage_error"));
    }

    void understoodCriticalHeadersAreAccepted()
    {
        const SigningKey key = TestKeys::key(JwsAlgorithm::HS256);
        const QByteArray token = TestKeys::signedCompact(
            key, json("{'alg':'HS256','kid':'HS256-test','crit':['x-bookwarden'],'x-bookwarden':1}"),
            payload());
        JwsVerifier verifier(JwsVerifier::singleKey(key));
        QCOMPARE(verifier.verify(token).error().codeName(), QStringLiteral("token_unsupported_crit"));
        verifier.setUnderstoodCriticalHeaders({QStringLiteral("x-bookwarden"), QStringLiteral("b64")});
        QVERIFY(verifier.verify(token).ok());
        // b64 is never understood, even when a caller lists it.
        const QByteArray unencoded
            = TestKeys::signedCompact(key, json("{'alg':'HS256','crit':['b64'],'b64':false}"), payload());
        QCOMPARE(verifier.verify(unencoded).error().codeName(), QStringLiteral("token_unsupported_crit"));
    }

    void limitsAreConfigurable()
    {
        const QByteArray token = validToken(JwsAlgorithm::HS256);
        JwsLimits small;
        small.maxTokenBytes = token.size() - 1;
        QCOMPARE(JwsDecoder::decode(token, small).error().codeName(), QStringLiteral("token_too_large"));
        small.maxTokenBytes = token.size();
        QVERIFY(JwsDecoder::decode(token, small).ok());
    }

    void attacksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("code");

        const SigningKey hs = TestKeys::key(JwsAlgorithm::HS256);
        const SigningKey rs = TestKeys::key(JwsAlgorithm::RS256);
        const QByteArray good = validToken(JwsAlgorithm::HS256);
        const QByteArray hsHeader = header(JwsAlgorithm::HS256);
        auto signedHs = [&](QByteArrayView headerJson, QByteArrayView payloadJson) {
            return TestKeys::signedCompact(hs, headerJson, payloadJson);
        };
        auto unsignedToken = [&](const char *alg) {
            return TestKeys::compact(QByteArray("{\"alg\":\"" + QByteArray(alg) + "\",\"typ\":\"JWT\"}"),
                                     payload(), {});
        };
        const QString malformed = QStringLiteral("token_malformed");

        QTest::newRow("alg none") << unsignedToken("none") << QStringLiteral("token_alg_none");
        QTest::newRow("alg None") << unsignedToken("None") << QStringLiteral("token_alg_none");
        QTest::newRow("alg NONE") << unsignedToken("NONE") << QStringLiteral("token_alg_none");
        QTest::newRow("alg nOnE with a signature")
            << TestKeys::compact(json("{'alg':'nOnE','kid':'HS256-test'}"), payload(), "x")
            << QStringLiteral("token_alg_none");
        QTest::newRow("empty signature")
            << good.left(good.lastIndexOf('.') + 1) << QStringLiteral("token_bad_signature");
        const QByteArray goodSignature = *Base64Url::decode(good.split('.').at(2));
        QTest::newRow("truncated signature")
            << TestKeys::withSegment(good, 2, Base64Url::encode(goodSignature.left(16)))
            << QStringLiteral("token_bad_signature");
        QTest::newRow("signature with a byte more")
            << TestKeys::withSegment(good, 2, Base64Url::encode(QByteArray(goodSignature + '\0')))
            << QStringLiteral("token_bad_signature");
        QTest::newRow("tampered payload") << TestKeys::withSegment(
            good, 1, Base64Url::encode(payload({{QStringLiteral("sub"), QStringLiteral("admin")}})))
                                          << QStringLiteral("token_bad_signature");
        const QByteArray other
            = signedHs(hsHeader, payload({{QStringLiteral("jti"), QStringLiteral("j-2")}}));
        QTest::newRow("signature of another token") << TestKeys::withSegment(good, 2, other.split('.').at(2))
                                                    << QStringLiteral("token_bad_signature");
        const QByteArray emptySecretInput = Base64Url::encode(hsHeader) + '.' + Base64Url::encode(payload());
        QTest::newRow("HS256 with an empty secret")
            << emptySecretInput + '.' + Base64Url::encode(TestKeys::hs256({}, emptySecretInput))
            << QStringLiteral("token_bad_signature");

        // Algorithm substitution: the kid names a key whose algorithm is not the token's.
        QTest::newRow("RS384 for an RS256 kid")
            << TestKeys::signedCompact(*SigningKey::fromPrivatePem(*rs.exportMaterial(), JwsAlgorithm::RS384),
                                       json("{'alg':'RS384','kid':'RS256-test'}"), payload())
            << QStringLiteral("token_algorithm_not_allowed");
        QTest::newRow("PS256 for an RS256 kid")
            << TestKeys::signedCompact(*SigningKey::fromPrivatePem(*rs.exportMaterial(), JwsAlgorithm::PS256),
                                       json("{'alg':'PS256','kid':'RS256-test'}"), payload())
            << QStringLiteral("token_algorithm_not_allowed");
        QTest::newRow("ES256 for an EdDSA kid") << TestKeys::signedCompact(
            TestKeys::key(JwsAlgorithm::ES256), json("{'alg':'ES256','kid':'EdDSA-test'}"), payload())
                                                << QStringLiteral("token_algorithm_not_allowed");
        // Algorithm confusion: HS256 "signed" with the RSA public key's PEM as the HMAC secret.
        const QByteArray confusedInput = Base64Url::encode(json("{'alg':'HS256','kid':'RS256-test'}")) + '.'
            + Base64Url::encode(payload());
        QTest::newRow("HS256 with the RSA public PEM as secret")
            << confusedInput + '.' + Base64Url::encode(TestKeys::hs256(rs.publicPem(), confusedInput))
            << QStringLiteral("token_algorithm_not_allowed");
        QTest::newRow("unknown alg") << signedHs(json("{'alg':'HS1','kid':'HS256-test'}"), payload())
                                     << QStringLiteral("token_algorithm_not_allowed");
        QTest::newRow("lower-case alg") << signedHs(json("{'alg':'hs256','kid':'HS256-test'}"), payload())
                                        << QStringLiteral("token_algorithm_not_allowed");
        QTest::newRow("ES512") << signedHs(json("{'alg':'ES512','kid':'HS256-test'}"), payload())
                               << QStringLiteral("token_algorithm_not_allowed");

        // Psychic signatures (CVE-2022-21449) and other impossible ECDSA values.
        const QByteArray esInput
            = Base64Url::encode(header(JwsAlgorithm::ES256)) + '.' + Base64Url::encode(payload());
        QTest::newRow("ES256 r = s = 0") << esInput + '.' + Base64Url::encode(QByteArray(64, '\0'))
                                         << QStringLiteral("token_bad_signature");
        const QByteArray order
            = QByteArray::fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
        QTest::newRow("ES256 r = s = n") << esInput + '.' + Base64Url::encode(QByteArray(order + order))
                                         << QStringLiteral("token_bad_signature");
        QTest::newRow("ES256 r = 0, s = 1")
            << esInput + '.' + Base64Url::encode(QByteArray(QByteArray(63, '\0') + '\x01'))
            << QStringLiteral("token_bad_signature");
        const QByteArray esGood = validToken(JwsAlgorithm::ES256);
        const QByteArray esSignature = *Base64Url::decode(esGood.split('.').at(2));
        QTest::newRow("ES256 signature with a byte missing")
            << TestKeys::withSegment(esGood, 2, Base64Url::encode(esSignature.left(63)))
            << QStringLiteral("token_bad_signature");
        QTest::newRow("ES256 signature in DER")
            << TestKeys::withSegment(esGood, 2, Base64Url::encode(QByteArray::fromHex("3006020101020101")))
            << QStringLiteral("token_bad_signature");

        QTest::newRow("unknown crit")
            << signedHs(json("{'alg':'HS256','kid':'HS256-test','crit':['exp'],'exp':1}"), payload())
            << QStringLiteral("token_unsupported_crit");
        QTest::newRow("crit b64") << signedHs(
            json("{'alg':'HS256','kid':'HS256-test','crit':['b64'],'b64':false}"), payload())
                                  << QStringLiteral("token_unsupported_crit");
        QTest::newRow("b64 false without crit")
            << signedHs(json("{'alg':'HS256','kid':'HS256-test','b64':false}"), payload())
            << QStringLiteral("token_unsupported_crit");
        QTest::newRow("empty crit") << signedHs(json("{'alg':'HS256','kid':'HS256-test','crit':[]}"),
                                                payload())
                                    << malformed;
        QTest::newRow("crit not an array")
            << signedHs(json("{'alg':'HS256','kid':'HS256-test','crit':'exp'}"), payload()) << malformed;

        // Structure.
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("two segments") << good.left(good.lastIndexOf('.')) << malformed;
        QTest::newRow("four segments") << good + ".e30" << malformed;
        QTest::newRow("one dot") << QByteArray(".") << malformed;
        QTest::newRow("leading space") << ' ' + good << malformed;
        QTest::newRow("trailing newline") << good + '\n' << malformed;
        QTest::newRow("padding") << TestKeys::withSegment(good, 0, Base64Url::encode(hsHeader) + "==")
                                 << malformed;
        QTest::newRow("standard base64 alphabet") << TestKeys::withSegment(
            good, 2, QByteArray(good.split('.').at(2)).replace('-', '+').replace('_', '/') + "+")
                                                  << malformed;
        // 35 header bytes encode to 47 characters; the last one carries 2 unused bits, here set to 1.
        QByteArray nonCanonical = Base64Url::encode(json("{'alg':'HS256','kid':'HS256-test'}"));
        const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        nonCanonical.back() = alphabet.at(alphabet.indexOf(nonCanonical.back()) + 1);
        QTest::newRow("non-canonical final bits")
            << TestKeys::withSegment(good, 0, nonCanonical) << malformed;
        QTest::newRow("header is an array")
            << TestKeys::compact(json("['HS256']"), payload(), "x") << malformed;
        QTest::newRow("header is a string")
            << TestKeys::compact(json("'HS256'"), payload(), "x") << malformed;
        QTest::newRow("payload is an array") << signedHs(hsHeader, "[1,2]") << malformed;
        QTest::newRow("header without alg") << signedHs(json("{'kid':'HS256-test'}"), payload()) << malformed;
        QTest::newRow("alg not a string")
            << signedHs(json("{'alg':256,'kid':'HS256-test'}"), payload()) << malformed;
        QTest::newRow("duplicate alg")
            << signedHs(json("{'alg':'HS256','alg':'none','kid':'HS256-test'}"), payload()) << malformed;
        QTest::newRow("duplicate claim")
            << signedHs(hsHeader, json("{'sub':'alice','sub':'admin','exp':9999999999}")) << malformed;
        QTest::newRow("duplicate nested claim")
            << signedHs(hsHeader, json("{'exp':9999999999,'cnf':{'jkt':'a','jkt':'b'}}")) << malformed;
        QTest::newRow("duplicate by escape")
            << signedHs(hsHeader, "{\"exp\":9999999999,\"sub\":\"a\",\"\\u0073ub\":\"b\"}") << malformed;
        QTest::newRow("invalid UTF-8 in payload")
            << signedHs(hsHeader, "{\"sub\":\"\xc3\x28\",\"exp\":9999999999}") << malformed;
        QTest::newRow("deep nesting")
            << signedHs(hsHeader, QByteArray("{\"a\":" + QByteArray(200, '[') + QByteArray(200, ']') + '}'))
            << malformed;
        QTest::newRow("oversized token")
            << signedHs(hsHeader, payload({{QStringLiteral("pad"), QString(9000, QLatin1Char('x'))}}))
            << QStringLiteral("token_too_large");

        // kid.
        QTest::newRow("unknown kid") << signedHs(json("{'alg':'HS256','kid':'nobody'}"), payload())
                                     << QStringLiteral("token_unknown_kid");
        QTest::newRow("kid path traversal")
            << signedHs(json("{'alg':'HS256','kid':'../../etc/passwd'}"), payload())
            << QStringLiteral("token_unknown_kid");
        QTest::newRow("kid SQL") << signedHs("{\"alg\":\"HS256\",\"kid\":\"x' OR '1'='1\"}", payload())
                                 << QStringLiteral("token_unknown_kid");
        QTest::newRow("no kid with several keys")
            << signedHs(json("{'alg':'HS256'}"), payload()) << QStringLiteral("token_unknown_kid");
        QTest::newRow("kid not a string")
            << signedHs(json("{'alg':'HS256','kid':7}"), payload()) << malformed;
        QTest::newRow("empty kid") << signedHs(json("{'alg':'HS256','kid':''}"), payload()) << malformed;
        QTest::newRow("kid with NUL")
            << signedHs("{\"alg\":\"HS256\",\"kid\":\"HS256-test\\u0000\"}", payload()) << malformed;
        QTest::newRow("kid too long")
            << signedHs(QByteArray("{\"alg\":\"HS256\",\"kid\":\"" + QByteArray(257, 'k') + "\"}"), payload())
            << malformed;

        // Claims (signed correctly, so only the claims are wrong).
        auto withClaims = [&](const QJsonObject &changes) { return signedHs(hsHeader, payload(changes)); };
        QTest::newRow("exp missing") << withClaims({{QStringLiteral("exp"), QJsonValue::Null}})
                                     << QStringLiteral("token_missing_claim");
        QTest::newRow("exp past") << withClaims({{QStringLiteral("exp"), now() - 31}})
                                  << QStringLiteral("token_expired");
        QTest::newRow("exp now") << withClaims({{QStringLiteral("exp"), now() - 30}})
                                 << QStringLiteral("token_expired");
        QTest::newRow("exp as string") << withClaims({{QStringLiteral("exp"), QString::number(now() + 600)}})
                                       << QStringLiteral("token_invalid_claim");
        QTest::newRow("exp as bool") << withClaims({{QStringLiteral("exp"), true}})
                                     << QStringLiteral("token_invalid_claim");
        QTest::newRow("nbf future") << withClaims({{QStringLiteral("nbf"), now() + 31}})
                                    << QStringLiteral("token_not_yet_valid");
        QTest::newRow("nbf as string") << withClaims({{QStringLiteral("nbf"), QStringLiteral("0")}})
                                       << QStringLiteral("token_invalid_claim");
        QTest::newRow("iat future") << withClaims({{QStringLiteral("iat"), now() + 3600}})
                                    << QStringLiteral("token_issued_in_future");
        QTest::newRow("iss missing") << withClaims({{QStringLiteral("iss"), QJsonValue::Null}})
                                     << QStringLiteral("token_missing_claim");
        QTest::newRow("iss wrong") << withClaims(
            {{QStringLiteral("iss"), QStringLiteral("https://evil.example")}})
                                   << QStringLiteral("token_wrong_issuer");
        QTest::newRow("iss with suffix")
            << withClaims({{QStringLiteral("iss"), QString(Issuer + QStringLiteral(".evil"))}})
            << QStringLiteral("token_wrong_issuer");
        QTest::newRow("iss prefix") << withClaims({{QStringLiteral("iss"), Issuer.left(Issuer.size() - 1)}})
                                    << QStringLiteral("token_wrong_issuer");
        QTest::newRow("iss other case") << withClaims({{QStringLiteral("iss"), Issuer.toUpper()}})
                                        << QStringLiteral("token_wrong_issuer");
        QTest::newRow("iss as array") << withClaims({{QStringLiteral("iss"), QJsonArray {Issuer}}})
                                      << QStringLiteral("token_invalid_claim");
        QTest::newRow("aud missing") << withClaims({{QStringLiteral("aud"), QJsonValue::Null}})
                                     << QStringLiteral("token_missing_claim");
        QTest::newRow("aud wrong") << withClaims({{QStringLiteral("aud"), QStringLiteral("other-api")}})
                                   << QStringLiteral("token_wrong_audience");
        QTest::newRow("aud substring") << withClaims({{QStringLiteral("aud"), QStringLiteral("bookwarden")}})
                                       << QStringLiteral("token_wrong_audience");
        QTest::newRow("aud superstring")
            << withClaims({{QStringLiteral("aud"), QString(Audience + QStringLiteral("-admin"))}})
            << QStringLiteral("token_wrong_audience");
        QTest::newRow("aud joined in one string")
            << withClaims({{QStringLiteral("aud"), QString(QStringLiteral("other-api ") + Audience)}})
            << QStringLiteral("token_wrong_audience");
        QTest::newRow("aud array without it") << withClaims(
            {{QStringLiteral("aud"), QJsonArray {QStringLiteral("a"), QStringLiteral("bookwarden-api2")}}})
                                              << QStringLiteral("token_wrong_audience");
        QTest::newRow("aud array with a number")
            << withClaims({{QStringLiteral("aud"), QJsonArray {Audience, 1}}})
            << QStringLiteral("token_invalid_claim");
        QTest::newRow("aud object") << withClaims({{QStringLiteral("aud"), QJsonObject {{Audience, true}}}})
                                    << QStringLiteral("token_invalid_claim");
        QTest::newRow("sub as number")
            << withClaims({{QStringLiteral("sub"), 42}}) << QStringLiteral("token_invalid_claim");
    }
    void attacksAreRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        const Result<VerifiedJws> verified = standardVerifier().verify(token, standardClaims());
        QVERIFY2(!verified.ok(), "the token was accepted");
        const Error &error = verified.error();
        QVERIFY2(error.codeName() == code, qPrintable(describe(error)));
        QCOMPARE(error.kind(), ErrorKind::Unauthorized);
        QVERIFY(TokenFailures::of(error).has_value());
        QVERIFY2(fitsInWwwAuthenticate(error.message()), qPrintable(error.message()));
    }

    // The standard token passes, so every refusal above is caused by what its row changed.
    void theUnchangedTokensAreAccepted()
    {
        for (const JwsAlgorithm algorithm : JwsAlgorithms::all()) {
            const Result<VerifiedJws> verified
                = standardVerifier().verify(validToken(algorithm), standardClaims());
            QVERIFY2(verified.ok(),
                     qPrintable(JwsAlgorithms::name(algorithm) + QLatin1Char(' ') + explain(verified)));
        }
        // Boundaries inside the 30 s leeway are accepted.
        const SigningKey hs = TestKeys::key(JwsAlgorithm::HS256);
        for (const QJsonObject &changes :
             {QJsonObject {{QStringLiteral("exp"), now() - 29}},
              QJsonObject {{QStringLiteral("nbf"), now() + 30}},
              QJsonObject {{QStringLiteral("iat"), now() + 30}},
              QJsonObject {{QStringLiteral("aud"), QJsonArray {QStringLiteral("other"), Audience}}},
              QJsonObject {{QStringLiteral("exp"), double(now()) + 0.5}}}) {
            const QByteArray token
                = TestKeys::signedCompact(hs, header(JwsAlgorithm::HS256), payload(changes));
            const Result<VerifiedJws> verified = standardVerifier().verify(token, standardClaims());
            QVERIFY2(verified.ok(),
                     qPrintable(explain(verified) + QLatin1Char(' ') + QString::fromUtf8(payload(changes))));
        }
    }

    void errorsSayWhereTheProblemIs_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("message");
        const QByteArray good = validToken(JwsAlgorithm::HS256);
        const QList<QByteArray> parts = good.split('.');
        QTest::newRow("payload character 17")
            << parts[0] + '.' + parts[1].left(16) + '!' + parts[1].mid(17) + '.' + parts[2]
            << QStringLiteral("Segment 2 (payload), character 17: not base64url (only A-Z, "
                              "a-z, 0-9, - and _ are allowed).");
        QTest::newRow("header padding")
            << parts[0] + "=." + parts[1] + '.' + parts[2]
            << QStringLiteral("Segment 1 (header), character %1: padding (=) is not allowed "
                              "in base64url.")
                   .arg(parts[0].size() + 1);
        QTest::newRow("duplicate in header")
            << TestKeys::compact(json("{'alg':'HS256','alg':'HS256'}"), payload(), "x")
            << QStringLiteral("Segment 1 (header), byte 16 of the decoded JSON: duplicate member name.");
        QTest::newRow("segments") << QByteArray(
            "a.b") << QStringLiteral("The token has 2 dot-separated segments; a signed token has exactly 3.");
    }
    void errorsSayWhereTheProblemIs()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, message);
        const Result<DecodedJws> decoded = JwsDecoder::decode(token);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().message(), message);
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
