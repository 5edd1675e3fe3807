#include "RfcVectors.h"
#include "TestKeys.h"
#include "jose/Base64Url.h"
#include "jose/SigningKey.h"

#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

Q_DECLARE_METATYPE(JwsAlgorithm)

namespace {
// Test-only keys made with the openssl command line for this file.
constexpr char Rsa1024PublicPem[] = "-----BEGIN PUBLIC KEY-----\n"
                                    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDBLr2tdC5AX5nQWp2rk9ou6ExG\n"
                                    "+ENrhpMskYCMbjju5jIDbEugIGJ+2Od7/RFdMQu4Fkd12MOz8kG3QpUMkSL2XTom\n"
                                    "yatHZth6pexyz4yUr2EoHx8c9FM7nshBal9xrKvT6EFY0Tdg6gPQBc/IXL0Pm68Y\n"
                                    "vl+MOmdMjYmfX9YWxwIDAQAB\n"
                                    "-----END PUBLIC KEY-----\n";
constexpr char EncryptedEcPem[] = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                                  "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhrR7ARVaNhQAICCAAw\n"
                                  "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEIPHeeRwhxp4WmrakbBqOlcEgZCF\n"
                                  "VlgJcBDRcdeOb44pK8FkauxXScEuhkW+vOSCV99LTAeFWL8UzHpA3WKvP4eVao/e\n"
                                  "xIo2mZrlYYNJee8xfz+IYJZN1N0PmttUGWy/zprYaRELj0bs8BKFo3pVXYrDDmr6\n"
                                  "481Vlm/J7+iZlSRPdR8jJXPnriBgHBuaNtMsv0GlwZFwVf9/+85omKkaHbWxLRk=\n"
                                  "-----END ENCRYPTED PRIVATE KEY-----\n";
constexpr char EcPrivatePem[] = "-----BEGIN PRIVATE KEY-----\n"
                                "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+TS55GG1OjwfpUqm\n"
                                "Q53l9ooV72AO2Wwpz46DWM/cSNShRANCAAR7LcV42O8KLfK/x3Ykx8SczujJK+6v\n"
                                "UKdrFSxpJ9Wbv/AXwb4ShKhgITMfZeStefyytkjHG7PvY7K4cyvG/W4I\n"
                                "-----END PRIVATE KEY-----\n";
constexpr char EcCertificatePem[] = "-----BEGIN CERTIFICATE-----\n"
                                    "MIIBijCCATGgAwIBAgIUKr+lgenxUbaCt81ts3H/FcYuobEwCgYIKoZIzj0EAwIw\n"
                                    "GjEYMBYGA1UEAwwPYm9va3dhcmRlbi10ZXN0MCAXDTI2MTEyMzE4NDYxMloYDzIx\n"
                                    "MjYxMDMwMTg0NjEyWjAaMRgwFgYDVQQDDA9ib29rd2FyZGVuLXRlc3QwWTATBgcq\n"
                                    "hkjOPQIBBggqhkjOPQMBBwNCAAR7LcV42O8KLfK/x3Ykx8SczujJK+6vUKdrFSxp\n"
                                    "J9Wbv/AXwb4ShKhgITMfZeStefyytkjHG7PvY7K4cyvG/W4Io1MwUTAdBgNVHQ4E\n"
                                    "FgQU6YUBSSWH3iRShMKdZInZMAyf90wwHwYDVR0jBBgwFoAU6YUBSSWH3iRShMKd\n"
                                    "ZInZMAyf90wwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAD6YTd\n"
                                    "lo3IPIDRMScUxzboAp5hPGT5q7xTokYp3iwV+AIgYIr/WvlxEQh9Dgn9sbfTP0yu\n"
                                    "fqn/RNBYpWyVFefXas4=\n"
                                    "-----END CERTIFICATE-----\n";

const QByteArray Message = QByteArrayLiteral("eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJhbGljZSJ9");

// A key's signature of Message verifies with `verifier`.
bool crossVerifies(const SigningKey &signer, const SigningKey &verifier)
{
    const Result<QByteArray> signature = signer.sign(Message);
    return signature && verifier.verify(Message, *signature);
}

void addAlgorithmRows()
{
    QTest::addColumn<JwsAlgorithm>("algorithm");
    for (const JwsAlgorithm algorithm : JwsAlgorithms::all())
        QTest::newRow(qPrintable(JwsAlgorithms::name(algorithm))) << algorithm;
}

const QStringList PrivateMembers
    = {QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"), QStringLiteral("dp"),
       QStringLiteral("dq"), QStringLiteral("qi"), QStringLiteral("k"), QStringLiteral("oth")};
} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT

private slots:
    void algorithmNamesRoundTrip_data() { addAlgorithmRows(); }
    void algorithmNamesRoundTrip()
    {
        QFETCH(JwsAlgorithm, algorithm);
        QCOMPARE(JwsAlgorithms::fromName(JwsAlgorithms::name(algorithm)), algorithm);
        QVERIFY(!JwsAlgorithms::fromName(JwsAlgorithms::name(algorithm).toLower()).has_value()
                || JwsAlgorithms::name(algorithm) == JwsAlgorithms::name(algorithm).toLower());
    }

    void noneIsNeverAnAlgorithm()
    {
        for (const char *name : {"none", "None", "NONE", "nOnE"}) {
            QVERIFY(!JwsAlgorithms::fromName(QString::fromLatin1(name)).has_value());
            QVERIFY(JwsAlgorithms::isNone(QString::fromLatin1(name)));
        }
        QVERIFY(!JwsAlgorithms::isNone(QStringLiteral("HS256")));
        QVERIFY(!JwsAlgorithms::fromName(QStringLiteral("hs256")).has_value());
        QVERIFY(!JwsAlgorithms::fromName(QStringLiteral("ES512")).has_value());
    }

    void generatesSignsAndVerifies_data() { addAlgorithmRows(); }
    void generatesSignsAndVerifies()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        QVERIFY(!key.isNull());
        QCOMPARE(key.algorithm(), algorithm);
        QVERIFY(key.hasPrivateKey());
        QCOMPARE(key.isSymmetric(), JwsAlgorithms::isHmac(algorithm));
        const Result<QByteArray> signature = key.sign(Message);
        QVERIFY2(signature.ok(), qPrintable(explain(signature)));
        QVERIFY(key.verify(Message, *signature));
        QVERIFY(!key.verify(QByteArray(Message + "x"), *signature));
        QByteArray flipped = *signature;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        QVERIFY(!key.verify(Message, flipped));
        QVERIFY(!key.verify(Message, signature->left(signature->size() - 1)));
        QVERIFY(!key.verify(Message, QByteArray()));
        if (JwsAlgorithms::isHmac(algorithm))
            QCOMPARE(key.sizeInBits(), JwsAlgorithms::hashSize(algorithm) * 8);
        if (algorithm == JwsAlgorithm::ES256 || algorithm == JwsAlgorithm::ES384)
            QCOMPARE(signature->size(), 2 * JwsAlgorithms::hashSize(algorithm));
    }

    void materialRoundTrips_data() { addAlgorithmRows(); }
    void materialRoundTrips()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        const Result<QByteArray> material = key.exportMaterial();
        QVERIFY2(material.ok(), qPrintable(explain(material)));
        if (!key.isSymmetric())
            QVERIFY(material->startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
        const Result<SigningKey> restored = SigningKey::fromMaterial(algorithm, *material);
        QVERIFY2(restored.ok(), qPrintable(explain(restored)));
        QVERIFY(restored->hasPrivateKey());
        QCOMPARE(restored->thumbprint(), key.thumbprint());
        QVERIFY(crossVerifies(key, *restored));
        QVERIFY(crossVerifies(*restored, key));

        const SigningKey publicOnly = key.publicKey();
        QCOMPARE(publicOnly.kid(), key.kid());
        if (!key.isSymmetric()) {
            QVERIFY(!publicOnly.hasPrivateKey());
            QCOMPARE(publicOnly.sign(Message).error().codeName(), QStringLiteral("key_not_private"));
            const Result<QByteArray> publicMaterial = publicOnly.exportMaterial();
            QVERIFY(publicMaterial.ok());
            QVERIFY(publicMaterial->startsWith("-----BEGIN PUBLIC KEY-----"));
            const Result<SigningKey> restoredPublic = SigningKey::fromMaterial(algorithm, *publicMaterial);
            QVERIFY2(restoredPublic.ok(), qPrintable(explain(restoredPublic)));
            QVERIFY(!restoredPublic->hasPrivateKey());
            QVERIFY(crossVerifies(key, *restoredPublic));
        }
    }

    void pemRoundTrips_data() { addAlgorithmRows(); }
    void pemRoundTrips()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        if (key.isSymmetric()) {
            QVERIFY(key.publicPem().isEmpty());
            QCOMPARE(SigningKey::fromPublicPem(key.publicPem(), algorithm).error().codeName(),
                     QStringLiteral("key_algorithm_mismatch"));
            return;
        }
        const Result<SigningKey> fromPublic = SigningKey::fromPublicPem(key.publicPem(), algorithm);
        QVERIFY2(fromPublic.ok(), qPrintable(explain(fromPublic)));
        QVERIFY(crossVerifies(key, *fromPublic));
        const Result<SigningKey> fromPrivate = SigningKey::fromPrivatePem(*key.exportMaterial(), algorithm);
        QVERIFY2(fromPrivate.ok(), qPrintable(explain(fromPrivate)));
        QVERIFY(crossVerifies(*fromPrivate, key));
        // The two PEM kinds are not interchangeable.
        QCOMPARE(SigningKey::fromPublicPem(*key.exportMaterial(), algorithm).error().codeName(),
                 QStringLiteral("key_invalid"));
        QCOMPARE(SigningKey::fromPrivatePem(key.publicPem(), algorithm).error().codeName(),
                 QStringLiteral("key_invalid"));
    }

    void jwkRoundTrips_data() { addAlgorithmRows(); }
    void jwkRoundTrips()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const SigningKey key = TestKeys::key(algorithm);
        const QJsonObject jwk = key.publicJwk();
        if (key.isSymmetric()) {
            QVERIFY(jwk.isEmpty()); // a secret has no public half to publish
            return;
        }
        for (const QString &member : PrivateMembers)
            QVERIFY2(!jwk.contains(member), qPrintable(member));
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), JwsAlgorithms::name(algorithm));
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key.kid());
        const QString kty = jwk.value(QLatin1String("kty")).toString();
        QVERIFY(kty == QLatin1String("RSA") || kty == QLatin1String("EC") || kty == QLatin1String("OKP"));

        const Result<SigningKey> imported = SigningKey::fromJwk(jwk);
        QVERIFY2(imported.ok(), qPrintable(explain(imported)));
        QCOMPARE(imported->algorithm(), algorithm);
        QCOMPARE(imported->kid(), key.kid());
        QVERIFY(!imported->hasPrivateKey());
        QCOMPARE(imported->thumbprint(), key.thumbprint());
        QCOMPARE(imported->publicJwk(), jwk);
        QVERIFY(crossVerifies(key, *imported));
    }

    void importsRfcPrivateJwks_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<JwsAlgorithm>("algorithm");
        QTest::newRow("A.2 RSA") << QByteArray(RfcVectors::Rs256Jwk) << JwsAlgorithm::RS256;
        QTest::newRow("A.3 EC") << QByteArray(RfcVectors::Es256Jwk) << JwsAlgorithm::ES256;
        QTest::newRow("8037 OKP") << QByteArray(RfcVectors::Ed25519Jwk) << JwsAlgorithm::EdDSA;
        QTest::newRow("A.1 oct") << QByteArray(RfcVectors::Hs256Jwk) << JwsAlgorithm::HS256;
    }
    void importsRfcPrivateJwks()
    {
        QFETCH(QByteArray, jwk);
        QFETCH(JwsAlgorithm, algorithm);
        const Result<SigningKey> key = SigningKey::fromJwk(QJsonDocument::fromJson(jwk).object(), algorithm);
        QVERIFY2(key.ok(), qPrintable(explain(key)));
        QVERIFY(key->hasPrivateKey());
        QVERIFY(crossVerifies(*key, key->publicKey()));
        for (const QString &member : PrivateMembers)
            QVERIFY2(!key->publicJwk().contains(member), qPrintable(member));
    }

    void thumbprintsMatchTheRfcs()
    {
        const Result<SigningKey> rsa = SigningKey::fromJwk(TestKeys::object(RfcVectors::ThumbprintJwk));
        QVERIFY2(rsa.ok(), qPrintable(explain(rsa)));
        QCOMPARE(rsa->thumbprint(), QString::fromLatin1(RfcVectors::Thumbprint));
        QCOMPARE(rsa->kid(), QStringLiteral("2011-04-29"));
        QCOMPARE(rsa->algorithm(), JwsAlgorithm::RS256);

        const Result<SigningKey> ed = SigningKey::fromJwk(TestKeys::object(RfcVectors::Ed25519Jwk));
        QVERIFY2(ed.ok(), qPrintable(explain(ed)));
        QCOMPARE(ed->thumbprint(), QString::fromLatin1(RfcVectors::Ed25519Thumbprint));
        QCOMPARE(ed->publicKey().thumbprint(), QString::fromLatin1(RfcVectors::Ed25519Thumbprint));
    }

    void fromSecretRefusesShortSecrets_data()
    {
        QTest::addColumn<JwsAlgorithm>("algorithm");
        QTest::addColumn<int>("minimum");
        QTest::newRow("HS256") << JwsAlgorithm::HS256 << 32;
        QTest::newRow("HS384") << JwsAlgorithm::HS384 << 48;
        QTest::newRow("HS512") << JwsAlgorithm::HS512 << 64;
    }
    void fromSecretRefusesShortSecrets()
    {
        QFETCH(JwsAlgorithm, algorithm);
        QFETCH(int, minimum);
        const QByteArray shortSecret(minimum - 1, 'k');
        const Result<SigningKey> refused = SigningKey::fromSecret(shortSecret, algorithm);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().codeName(), QStringLiteral("key_too_weak"));
        QCOMPARE(refused.error().kind(), ErrorKind::Invalid);
        QVERIFY(SigningKey::fromSecret(QByteArray(minimum, 'k'), algorithm).ok());

        const Result<SigningKey> weak = SigningKey::fromSecretUnchecked("secret", algorithm);
        QVERIFY2(weak.ok(), qPrintable(explain(weak)));
        QCOMPARE(weak->sizeInBits(), 48);
        QVERIFY(crossVerifies(*weak, *weak));
        QCOMPARE(SigningKey::fromSecretUnchecked(QByteArray(), algorithm).error().codeName(),
                 QStringLiteral("key_too_weak"));
        QCOMPARE(SigningKey::fromSecret(QByteArray(), algorithm).error().codeName(),
                 QStringLiteral("key_too_weak"));
    }

    // Using a public key's text as an HMAC secret is how algorithm-confusion tokens are forged.
    void asymmetricKeyTextIsNeverASecret()
    {
        const QByteArray pem = TestKeys::key(JwsAlgorithm::RS256).publicPem();
        QVERIFY(pem.size() > 64);
        QCOMPARE(SigningKey::fromSecret(pem, JwsAlgorithm::HS256).error().codeName(),
                 QStringLiteral("key_invalid"));
        QCOMPARE(SigningKey::fromSecretUnchecked(pem, JwsAlgorithm::HS256).error().codeName(),
                 QStringLiteral("key_invalid"));
        const QByteArray jwk = QJsonDocument(TestKeys::key(JwsAlgorithm::ES256).publicJwk()).toJson();
        QCOMPARE(SigningKey::fromSecretUnchecked(jwk, JwsAlgorithm::HS256).error().codeName(),
                 QStringLiteral("key_invalid"));
        QCOMPARE(
            SigningKey::fromSecret(QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP2vbQR4V8s1jSHXkMZ1jC4"),
                                   JwsAlgorithm::HS256)
                .error()
                .codeName(),
            QStringLiteral("key_invalid"));
    }

    void keyAlgorithmIsFixed()
    {
        // The same RSA key pair, once for each RSA algorithm: none verifies another's signatures.
        const QByteArray pem = *TestKeys::key(JwsAlgorithm::RS256).exportMaterial();
        QList<SigningKey> keys;
        for (const JwsAlgorithm algorithm :
             {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256}) {
            const Result<SigningKey> key = SigningKey::fromPrivatePem(pem, algorithm);
            QVERIFY2(key.ok(), qPrintable(explain(key)));
            keys.append(*key);
        }
        for (const SigningKey &signer : keys) {
            for (const SigningKey &verifier : keys)
                QCOMPARE(crossVerifies(signer, verifier), signer.algorithm() == verifier.algorithm());
        }
    }

    void refusesKeysThatDoNotFitTheAlgorithm_data()
    {
        QTest::addColumn<JwsAlgorithm>("keyAlgorithm");
        QTest::addColumn<JwsAlgorithm>("requested");
        QTest::newRow("RSA for ES256") << JwsAlgorithm::RS256 << JwsAlgorithm::ES256;
        QTest::newRow("P-256 for ES384") << JwsAlgorithm::ES256 << JwsAlgorithm::ES384;
        QTest::newRow("P-384 for ES256") << JwsAlgorithm::ES384 << JwsAlgorithm::ES256;
        QTest::newRow("Ed25519 for RS256") << JwsAlgorithm::EdDSA << JwsAlgorithm::RS256;
        QTest::newRow("P-256 for EdDSA") << JwsAlgorithm::ES256 << JwsAlgorithm::EdDSA;
        QTest::newRow("RSA for HS256") << JwsAlgorithm::RS256 << JwsAlgorithm::HS256;
    }
    void refusesKeysThatDoNotFitTheAlgorithm()
    {
        QFETCH(JwsAlgorithm, keyAlgorithm);
        QFETCH(JwsAlgorithm, requested);
        const SigningKey key = TestKeys::key(keyAlgorithm);
        QCOMPARE(SigningKey::fromPublicPem(key.publicPem(), requested).error().codeName(),
                 QStringLiteral("key_algorithm_mismatch"));
        QCOMPARE(SigningKey::fromPrivatePem(*key.exportMaterial(), requested).error().codeName(),
                 QStringLiteral("key_algorithm_mismatch"));
        QCOMPARE(SigningKey::fromJwk(key.publicJwk(), requested).error().codeName(),
                 QStringLiteral("key_algorithm_mismatch"));
    }

    void refusesWeakAndBrokenKeys()
    {
        QCOMPARE(SigningKey::fromPublicPem(Rsa1024PublicPem, JwsAlgorithm::RS256).error().codeName(),
                 QStringLiteral("key_too_weak"));
        QCOMPARE(SigningKey::generate(JwsAlgorithm::RS256, 1024).error().codeName(),
                 QStringLiteral("key_unsupported"));
        // Encrypted PEM is refused without prompting for a passphrase.
        QCOMPARE(SigningKey::fromPrivatePem(EncryptedEcPem, JwsAlgorithm::ES256).error().codeName(),
                 QStringLiteral("key_invalid"));
        QCOMPARE(SigningKey::fromPrivatePem("not a key", JwsAlgorithm::ES256).error().codeName(),
                 QStringLiteral("key_invalid"));
        QCOMPARE(SigningKey::fromPublicPem(QByteArray(), JwsAlgorithm::ES256).error().codeName(),
                 QStringLiteral("key_invalid"));
    }

    void readsCertificates()
    {
        const Result<SigningKey> privateKey = SigningKey::fromPrivatePem(EcPrivatePem, JwsAlgorithm::ES256);
        QVERIFY2(privateKey.ok(), qPrintable(explain(privateKey)));
        const Result<SigningKey> fromCertificate
            = SigningKey::fromPublicPem(EcCertificatePem, JwsAlgorithm::ES256);
        QVERIFY2(fromCertificate.ok(), qPrintable(explain(fromCertificate)));
        QVERIFY(crossVerifies(*privateKey, *fromCertificate));
    }

    void refusesBrokenJwks_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<QString>("code");
        const QJsonObject ec = TestKeys::key(JwsAlgorithm::ES256).publicJwk();
        const QString x = ec.value(QLatin1String("x")).toString();
        const QString y = ec.value(QLatin1String("y")).toString();
        auto json = [](QJsonObject object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
        QJsonObject offCurve = ec;
        offCurve.insert(QLatin1String("y"), x); // (x, x) is not on P-256
        QTest::newRow("point not on the curve") << json(offCurve) << QStringLiteral("key_invalid");
        QJsonObject shortX = ec;
        shortX.insert(QLatin1String("x"), x.left(40));
        QTest::newRow("coordinate too short") << json(shortX) << QStringLiteral("key_invalid");
        QJsonObject padded = ec;
        padded.insert(QLatin1String("y"), QString(y + QLatin1String("=")));
        QTest::newRow("padded base64url") << json(padded) << QStringLiteral("key_invalid");
        QJsonObject encryption = ec;
        encryption.insert(QLatin1String("use"), QLatin1String("enc"));
        QTest::newRow("use enc") << json(encryption) << QStringLiteral("key_invalid");
        QJsonObject numberX = ec;
        numberX.insert(QLatin1String("x"), 42);
        QTest::newRow("x not a string") << json(numberX) << QStringLiteral("key_invalid");
        QJsonObject noneAlg = ec;
        noneAlg.insert(QLatin1String("alg"), QLatin1String("none"));
        QTest::newRow("alg none") << json(noneAlg) << QStringLiteral("key_unsupported");

        QJsonObject mismatched = TestKeys::object(RfcVectors::Es256Jwk);
        mismatched.insert(QLatin1String("x"), x);
        mismatched.insert(QLatin1String("y"), y);
        QTest::newRow("private key of another public key")
            << json(mismatched) << QStringLiteral("key_invalid");
        QJsonObject edMismatch = TestKeys::object(RfcVectors::Ed25519Jwk);
        edMismatch.insert(QLatin1String("x"),
                          TestKeys::key(JwsAlgorithm::EdDSA).publicJwk().value(QLatin1String("x")));
        QTest::newRow("Ed25519 d of another x") << json(edMismatch) << QStringLiteral("key_invalid");

        QTest::newRow("no kty") << QByteArray("{\"n\":\"AQAB\",\"e\":\"AQAB\"}")
                                << QStringLiteral("key_invalid");
        QTest::newRow("unknown kty") << QByteArray("{\"kty\":\"DSA\"}") << QStringLiteral("key_unsupported");
        QTest::newRow("P-521") << QByteArray("{\"kty\":\"EC\",\"crv\":\"P-521\",\"x\":\"AA\",\"y\":\"AA\"}")
                               << QStringLiteral("key_unsupported");
        QTest::newRow("X25519") << QByteArray("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"AA\"}")
                                << QStringLiteral("key_unsupported");
        QTest::newRow("RSA without alg")
            << QByteArray(RfcVectors::ThumbprintJwk).replace("\"alg\":\"RS256\",", "")
            << QStringLiteral("key_invalid");
        // With e = 1 a "signature" is the padded hash itself: anyone could forge one.
        QTest::newRow("RSA e = 1")
            << QByteArray(RfcVectors::ThumbprintJwk).replace("\"e\":\"AQAB\"", "\"e\":\"AQ\"")
            << QStringLiteral("key_invalid");
        QTest::newRow("RSA e = 2")
            << QByteArray(RfcVectors::ThumbprintJwk).replace("\"e\":\"AQAB\"", "\"e\":\"Ag\"")
            << QStringLiteral("key_invalid");
        QTest::newRow("oct too short") << QByteArray("{\"kty\":\"oct\",\"alg\":\"HS256\",\"k\":\"c2VjcmV0\"}")
                                       << QStringLiteral("key_too_weak");
        QTest::newRow("oct for RS256") << QByteArray("{\"kty\":\"oct\",\"alg\":\"RS256\",\"k\":\"c2VjcmV0\"}")
                                       << QStringLiteral("key_algorithm_mismatch");
        QTest::newRow("RSA partial CRT") << QByteArray(
            "{\"kty\":\"RSA\",\"alg\":\"RS256\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"d\":\"AQAB\",\"p\":\"AQAB\"}")
                                         << QStringLiteral("key_invalid");
    }
    void refusesBrokenJwks()
    {
        QFETCH(QByteArray, jwk);
        QFETCH(QString, code);
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(jwk, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const Result<SigningKey> key = SigningKey::fromJwk(object);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().codeName() == code, qPrintable(explain(key)));
    }

    void weakOctJwksAreAllowedForInspection()
    {
        const QJsonObject jwk
            = TestKeys::object("{\"kty\":\"oct\",\"alg\":\"HS256\",\"k\":\"c2VjcmV0\",\"kid\":\"weak\"}");
        const Result<SigningKey> key
            = SigningKey::fromJwk(jwk, {}, SigningKey::SecretPolicy::AllowWeakForInspection);
        QVERIFY2(key.ok(), qPrintable(explain(key)));
        QCOMPARE(key->kid(), QStringLiteral("weak"));
        QCOMPARE(key->sizeInBits(), 48);
    }

    // One key, used by several threads at once (HTTP workers share the active keys).
    void usableFromSeveralThreadsAtOnce()
    {
        for (const JwsAlgorithm algorithm : {JwsAlgorithm::HS256, JwsAlgorithm::ES256, JwsAlgorithm::EdDSA}) {
            const SigningKey key = TestKeys::key(algorithm);
            const QByteArray signature = key.sign(Message).value();
            std::atomic<int> failures = 0;
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = 0; i < 100; ++i) {
                        const SigningKey copy = key; // copies share the data
                        if (!copy.verify(Message, signature)
                            || copy.verify(Message, QByteArray(signature).append(char(t))))
                            ++failures;
                        if (!crossVerifies(copy, key))
                            ++failures;
                    }
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(failures.load(), 0);
        }
    }

    // Copies share the key; setKid on a copy detaches it and leaves both usable.
    void copiesAreIndependentValues()
    {
        for (const JwsAlgorithm algorithm : {JwsAlgorithm::HS256, JwsAlgorithm::ES256}) {
            SigningKey original = TestKeys::key(algorithm);
            SigningKey copy = original;
            copy.setKid(QStringLiteral("renamed"));
            QCOMPARE(copy.kid(), QStringLiteral("renamed"));
            QCOMPARE(original.kid(), JwsAlgorithms::name(algorithm) + QStringLiteral("-test"));
            QVERIFY(crossVerifies(original, copy));
            QVERIFY(crossVerifies(copy, original));
            {
                const SigningKey scoped = copy;
                Q_UNUSED(scoped);
            }
            QVERIFY(crossVerifies(copy, copy));
        }
        const SigningKey null;
        QVERIFY(null.isNull());
        QVERIFY(!null.verify(Message, QByteArray(32, 0)));
        QVERIFY(!null.sign(Message).ok());
        QVERIFY(null.publicJwk().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
