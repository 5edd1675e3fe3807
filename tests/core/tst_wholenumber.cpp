#include "common/WholeNumber.h"

#include <QJsonValue>
#include <QTest>

#include <limits>

class TestWholeNumber : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumbersInRangeAreKept_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("negative zero") << -0.0 << qint64(0);
        QTest::newRow("a year") << 2026.0 << qint64(2026);
        QTest::newRow("negative") << -42.0 << qint64(-42);
        QTest::newRow("2^53") << 9007199254740992.0 << qint64(9007199254740992);
        QTest::newRow("-2^63, the smallest qint64")
            << -9223372036854775808.0 << std::numeric_limits<qint64>::min();
    }
    void wholeNumbersInRangeAreKept()
    {
        QFETCH(double, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> plain = WholeNumber::from(value);
        QVERIFY(plain);
        QCOMPARE(*plain, expected);
        const std::optional<qint64> json = WholeNumber::from(QJsonValue(value));
        QVERIFY(json);
        QCOMPARE(*json, expected);
    }

    void everythingElseIsNothing_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("a fraction") << 1.5;
        QTest::newRow("a tiny fraction") << 1e-300;
        QTest::newRow("2^63, one past the largest qint64") << 9223372036854775808.0;
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("-1e300") << -1e300;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity();
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    }
    void everythingElseIsNothing()
    {
        QFETCH(double, value);
        QVERIFY(!WholeNumber::from(value));
    }

    void jsonValuesThatAreNotNumbersAreNothing()
    {
        QVERIFY(!WholeNumber::from(QJsonValue(QStringLiteral("12"))));
        QVERIFY(!WholeNumber::from(QJsonValue(true)));
        QVERIFY(!WholeNumber::from(QJsonValue(QJsonValue::Null)));
        QVERIFY(!WholeNumber::from(QJsonValue(QJsonValue::Undefined)));
    }
};

QTEST_GUILESS_MAIN(TestWholeNumber)
#include "tst_wholenumber.moc"
