#include "PythonInterpreter.h"
#include "TestKeys.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsSigner.h"
#include "jose/JwsVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(JwsAlgorithm)

// Interoperability with an independent implementation, both ways, for every algorithm: tokens signed here
// verify in PyJWT 2.6 (Debian's python3-jwt on python3-cryptography), and tokens PyJWT signs verify here.
// The Python half is tests/jose/pyjwt_interop.py; it runs once, in initTestCase(), with the keys in a
// temporary directory. A missing Python or PyJWT fails the test: tools/dependencies.sh installs both.
class TestPyJwtInterop : public QObject
{
    Q_OBJECT

private:
    const QString m_issuer = QStringLiteral("https://bookwarden.example");
    const QString m_audience = QStringLiteral("bookwarden-api");
    QTemporaryDir m_directory;
    QHash<int, QJsonObject> m_payloads; // what each algorithm's tokens carry
    QHash<int, QJsonObject> m_results; // PyJWT's answer per algorithm

    QJsonObject payloadFor(JwsAlgorithm algorithm) const
    {
        const qint64 now = Clock::system().nowSeconds();
        return {
            {QStringLiteral("iss"), m_issuer},
            {QStringLiteral("aud"), m_audience},
            {QStringLiteral("sub"), QString(QStringLiteral("user-") + JwsAlgorithms::name(algorithm))},
            {QStringLiteral("name"), QStringLiteral("J\u00fcrgen \u20ac \U0001F600")},
            {QStringLiteral("scope"), QStringLiteral("books:read books:write")},
            {QStringLiteral("iat"), now},
            {QStringLiteral("nbf"), now - 5},
            {QStringLiteral("exp"), now + 600},
            {QStringLiteral("jti"), QString(QStringLiteral("interop-") + JwsAlgorithms::name(algorithm))}};
    }

    bool writeFile(const QString &name, const QByteArray &contents, QString *path)
    {
        *path = m_directory.filePath(name);
        QFile file(*path);
        return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
    }

    static void addAlgorithmRows()
    {
        QTest::addColumn<JwsAlgorithm>("algorithm");
        for (const JwsAlgorithm algorithm : JwsAlgorithms::all())
            QTest::newRow(qPrintable(JwsAlgorithms::name(algorithm))) << algorithm;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        const QString script
            = qEnvironmentVariable("BOOKWARDEN_SOURCE_DIR") + QStringLiteral("/tests/jose/pyjwt_interop.py");
        QVERIFY2(QFile::exists(script),
                 qPrintable(QStringLiteral("missing %1 (is BOOKWARDEN_SOURCE_DIR set?)").arg(script)));
        QStringList tried;
        const QString python
            = PythonInterpreter::find({QStringLiteral("jwt"), QStringLiteral("cryptography")}, &tried);
        QVERIFY2(
            !python.isEmpty(),
            qPrintable(QStringLiteral("no python3 with PyJWT found (tried: %1); install the Debian packages "
                                      "python3 python3-jwt python3-cryptography (tools/dependencies.sh does)")
                           .arg(tried.join(QStringLiteral(", ")))));

        QJsonArray jobs;
        for (const JwsAlgorithm algorithm : JwsAlgorithms::all()) {
            const SigningKey key = TestKeys::key(algorithm);
            const QString name = JwsAlgorithms::name(algorithm);
            QJsonObject job {{QStringLiteral("alg"), name}, {QStringLiteral("kid"), key.kid()}};
            QString path;
            if (key.isSymmetric()) {
                QVERIFY(writeFile(name + QStringLiteral(".secret"), key.exportMaterial().value(), &path));
                job.insert(QStringLiteral("secret_file"), path);
            } else {
                QVERIFY(
                    writeFile(name + QStringLiteral(".private.pem"), key.exportMaterial().value(), &path));
                job.insert(QStringLiteral("private_pem_file"), path);
                QVERIFY(writeFile(name + QStringLiteral(".public.pem"), key.publicPem(), &path));
                job.insert(QStringLiteral("public_pem_file"), path);
            }
            const QJsonObject payload = payloadFor(algorithm);
            m_payloads.insert(int(algorithm), payload);
            const Result<QByteArray> token
                = JwsSigner::sign(key, {{QStringLiteral("typ"), QStringLiteral("at+jwt")}}, payload);
            QVERIFY2(token.ok(), qPrintable(explain(token)));
            job.insert(QStringLiteral("token"), QString::fromLatin1(*token));
            job.insert(QStringLiteral("payload"), payload);
            jobs.append(job);
        }
        QString jobsPath;
        const QJsonObject document {{QStringLiteral("issuer"), m_issuer},
                                    {QStringLiteral("audience"), m_audience},
                                    {QStringLiteral("jobs"), jobs}};
        QVERIFY(writeFile(QStringLiteral("jobs.json"), QJsonDocument(document).toJson(), &jobsPath));

        const QString resultsPath = m_directory.filePath(QStringLiteral("results.json"));
        QString error;
        const std::optional<QJsonObject> answer = PythonInterpreter::runForJson(
            python, script, {jobsPath, resultsPath}, resultsPath, 120000, &error);
        QVERIFY2(answer, qPrintable(error));
        qInfo("PyJWT %s via %s", qPrintable(answer->value(QLatin1String("pyjwt")).toString()),
              qPrintable(python));
        for (const QJsonValue result : answer->value(QLatin1String("results")).toArray()) {
            const QJsonObject object = result.toObject();
            const auto algorithm = JwsAlgorithms::fromName(object.value(QLatin1String("alg")).toString());
            QVERIFY(algorithm.has_value());
            m_results.insert(int(*algorithm), object);
        }
        QCOMPARE(m_results.size(), JwsAlgorithms::all().size());
    }

    void ourTokensVerifyInPyJwt_data() { addAlgorithmRows(); }
    void ourTokensVerifyInPyJwt()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const QJsonObject result = m_results.value(int(algorithm));
        QVERIFY2(result.value(QLatin1String("verified")).toBool(),
                 qPrintable(QStringLiteral("PyJWT refused our token: ")
                            + result.value(QLatin1String("error")).toString()));
        QCOMPARE(result.value(QLatin1String("payload")).toObject(), m_payloads.value(int(algorithm)));
        const QJsonObject header = result.value(QLatin1String("header")).toObject();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), JwsAlgorithms::name(algorithm));
        QCOMPARE(header.value(QLatin1String("kid")).toString(), TestKeys::key(algorithm).kid());
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("at+jwt"));
    }

    void pyJwtTokensVerifyHere_data() { addAlgorithmRows(); }
    void pyJwtTokensVerifyHere()
    {
        QFETCH(JwsAlgorithm, algorithm);
        const QByteArray token
            = m_results.value(int(algorithm)).value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        QList<SigningKey> keys;
        for (const JwsAlgorithm each : JwsAlgorithms::all())
            keys.append(TestKeys::key(each).publicKey());
        ClaimsPolicy policy;
        policy.issuer = m_issuer;
        policy.audience = m_audience;
        policy.requiredType = QStringLiteral("at+jwt");
        const Result<VerifiedJws> verified
            = JwsVerifier(JwsVerifier::keySet(keys)).verify(token, ClaimsValidator(policy));
        QVERIFY2(verified.ok(), qPrintable(explain(verified)));
        QCOMPARE(verified->key.algorithm(), algorithm);
        QCOMPARE(verified->token.payload, m_payloads.value(int(algorithm)));

        // And a PyJWT token is refused by every key of another algorithm (the kid points at the right key).
        for (const JwsAlgorithm other : JwsAlgorithms::all()) {
            if (other == algorithm)
                continue;
            const Result<VerifiedJws> refused
                = JwsVerifier(JwsVerifier::singleKey(TestKeys::key(other).publicKey())).verify(token);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().codeName(), QStringLiteral("token_algorithm_not_allowed"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPyJwtInterop)
#include "tst_pyjwtinterop.moc"
