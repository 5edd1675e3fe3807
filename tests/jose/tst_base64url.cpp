#include "jose/Base64Url.h"

#include <QRandomGenerator>
#include <QTest>

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 §10 test vectors, in the URL-safe alphabet without padding.
    void encodesRfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
        QTest::newRow("rfc 7515 header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                         << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
    }
    void encodesRfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Base64Url::encode(plain), encoded);
        const std::optional<QByteArray> decoded = Base64Url::decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, plain);
    }

    void roundTripsRandomBytes()
    {
        QRandomGenerator random(20260101);
        for (int size = 0; size < 200; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            const QByteArray encoded = Base64Url::encode(bytes);
            QCOMPARE(encoded, bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QCOMPARE(Base64Url::decode(encoded).value_or(QByteArray("decode failed")), bytes);
        }
    }

    void refusesWhatIsNotCanonical_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Base64Url::Problem>("problem");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("padding") << QByteArray("Zg==") << Base64Url::Problem::Padding << qsizetype(2);
        QTest::newRow("padding after a full group")
            << QByteArray("Zm9v=") << Base64Url::Problem::Padding << qsizetype(4);
        QTest::newRow("plus") << QByteArray("Zm+v") << Base64Url::Problem::NotInAlphabet << qsizetype(2);
        QTest::newRow("slash") << QByteArray("/m9v") << Base64Url::Problem::NotInAlphabet << qsizetype(0);
        QTest::newRow("space") << QByteArray("Zm9 v") << Base64Url::Problem::NotInAlphabet << qsizetype(3);
        QTest::newRow("newline") << QByteArray("Zm9v\n") << Base64Url::Problem::NotInAlphabet << qsizetype(4);
        QTest::newRow("dot") << QByteArray("Zm.v") << Base64Url::Problem::NotInAlphabet << qsizetype(2);
        QTest::newRow("nul") << QByteArray("Zm\0v", 4) << Base64Url::Problem::NotInAlphabet << qsizetype(2);
        QTest::newRow("non-ascii") << QByteArray("Zm\xc3\xa9") << Base64Url::Problem::NotInAlphabet
                                   << qsizetype(2);
        QTest::newRow("one character")
            << QByteArray("Z") << Base64Url::Problem::ImpossibleLength << qsizetype(0);
        QTest::newRow("five characters")
            << QByteArray("Zm9vY") << Base64Url::Problem::ImpossibleLength << qsizetype(4);
        // "Zg" is "f"; "Zh" has the same 8 data bits plus a non-zero unused bit.
        QTest::newRow("non-canonical 2")
            << QByteArray("Zh") << Base64Url::Problem::NonCanonical << qsizetype(1);
        QTest::newRow("non-canonical 3")
            << QByteArray("Zm9") << Base64Url::Problem::NonCanonical << qsizetype(2);
        QTest::newRow("non-canonical A.1 signature")
            << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXl") << Base64Url::Problem::NonCanonical
            << qsizetype(42);
    }
    void refusesWhatIsNotCanonical()
    {
        QFETCH(QByteArray, text);
        QFETCH(Base64Url::Problem, problem);
        QFETCH(qsizetype, offset);
        Base64Url::Failure failure;
        QVERIFY(!Base64Url::decode(text, &failure).has_value());
        QCOMPARE(failure.problem, problem);
        QCOMPARE(failure.offset, offset);
        QVERIFY(QByteArrayView(Base64Url::problemText(problem)).size() > 0);
    }

    // Every accepted text is the one encode() produces: decoding is injective on what it accepts.
    void everyAcceptedTextIsCanonical()
    {
        const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        int accepted = 0;
        for (char a : alphabet) {
            for (char b : alphabet) {
                const QByteArray text = QByteArray(1, a) + b;
                const std::optional<QByteArray> decoded = Base64Url::decode(text);
                if (decoded) {
                    ++accepted;
                    QCOMPARE(Base64Url::encode(*decoded), text);
                }
            }
        }
        QCOMPARE(accepted, 256); // one two-character spelling per byte value
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
