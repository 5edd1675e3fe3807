#include "common/TextChecks.h"

#include <QTest>

// The one reader of hex digits that JSON's \u escapes, HTTP chunk sizes and percent-encodings share.
class TestTextChecks : public QObject
{
    Q_OBJECT

private slots:
    void hexDigitValueReadsEitherCase_data()
    {
        QTest::addColumn<char>("digit");
        QTest::addColumn<int>("value");
        QTest::newRow("0") << '0' << 0;
        QTest::newRow("9") << '9' << 9;
        QTest::newRow("a") << 'a' << 10;
        QTest::newRow("A") << 'A' << 10;
        QTest::newRow("f") << 'f' << 15;
        QTest::newRow("F") << 'F' << 15;
        QTest::newRow("c") << 'c' << 12;
        QTest::newRow("D") << 'D' << 13;
    }
    void hexDigitValueReadsEitherCase()
    {
        QFETCH(char, digit);
        QFETCH(int, value);
        QCOMPARE(TextChecks::hexDigitValue(digit), value);
    }

    void everyOtherByteIsNoHexDigit()
    {
        const QByteArray digits = "0123456789abcdef";
        for (int byte = 0; byte < 256; ++byte) {
            const char c = char(byte);
            const qsizetype expected = digits.indexOf(char(byte >= 'A' && byte <= 'F' ? byte + 32 : byte));
            QVERIFY2(TextChecks::hexDigitValue(c) == int(expected),
                     qPrintable(QStringLiteral("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextChecks)
#include "tst_textchecks.moc"
