#include "books/BookRules.h"
#include "books/Isbn.h"
#include "books/Money.h"
#include "users/UserRules.h"

#include <QTest>

#include <cmath>
#include <limits>

// The validation tables: what the GUI and the REST API accept and refuse, field by field.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void usernames_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short but enough") << QStringLiteral("ann") << true;
        QTest::newRow("punctuation allowed") << QStringLiteral("a.b_c-d") << true;
        QTest::newRow("digits") << QStringLiteral("reader42") << true;
        QTest::newRow("capitals") << QStringLiteral("AnnSmith") << true;
        QTest::newRow("32 characters") << QString(32, QLatin1Char('x')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two characters") << QStringLiteral("ab") << false;
        QTest::newRow("33 characters") << QString(33, QLatin1Char('x')) << false;
        QTest::newRow("space") << QStringLiteral("ann smith") << false;
        QTest::newRow("umlaut") << QStringLiteral("änne") << false;
        QTest::newRow("at sign") << QStringLiteral("ann@example") << false;
        QTest::newRow("newline") << QStringLiteral("ann\n") << false;
        QTest::newRow("NUL") << QStringLiteral("ann") + QChar(0) << false;
        QTest::newRow("SQL") << QStringLiteral("x' OR '1'='1") << false;
        QTest::newRow("fullwidth letters") << QStringLiteral("ａｎｎ") << false;
    }
    void usernames()
    {
        QFETCH(QString, username);
        QFETCH(bool, valid);
        const Status checked = UserRules::checkUsername(username);
        QCOMPARE(checked.ok(), valid);
        if (!valid) {
            QCOMPARE(checked.error().kind(), ErrorKind::Invalid);
            QVERIFY(!checked.error().fields().value(QStringLiteral("username")).isEmpty());
        }
    }

    void usernamesAreUniqueCaseInsensitively()
    {
        QCOMPARE(UserRules::usernameKey(QStringLiteral("Ann.Smith")),
                 UserRules::usernameKey(QStringLiteral("ann.smith")));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("valid");
        QTest::newRow("7 bytes") << QStringLiteral("1234567") << false;
        QTest::newRow("8 bytes") << QStringLiteral("12345678") << true;
        QTest::newRow("4 two-byte characters are 8 bytes") << QStringLiteral("éééé") << true;
        QTest::newRow("3 two-byte characters are 6 bytes") << QStringLiteral("ééé") << false;
        QTest::newRow("1024 bytes") << QString(1024, QLatin1Char('p')) << true;
        QTest::newRow("1025 bytes") << QString(1025, QLatin1Char('p')) << false;
        QTest::newRow("342 three-byte characters are 1026 bytes") << QString(342, QChar(0x65e5)) << false;
        QTest::newRow("equal to the username") << QStringLiteral("annsmith") << false;
        QTest::newRow("username in other case") << QStringLiteral("AnnSmith") << false;
        QTest::newRow("contains the username") << QStringLiteral("annsmith!2026") << true;
        QTest::newRow("spaces are fine") << QStringLiteral("correct horse battery staple") << true;
        QTest::newRow("lone surrogate") << QStringLiteral("password") + QChar(0xd800) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(bool, valid);
        const Status checked = UserRules::checkPassword(QStringLiteral("annsmith"), password);
        QCOMPARE(checked.ok(), valid);
        if (!valid)
            QVERIFY(!checked.error().fields().value(QStringLiteral("password")).isEmpty());
    }

    void onlyAdministratorsAdminister()
    {
        QVERIFY(UserRules::checkAdministrator(Actor::desktopAdministrator()).ok());
        User admin;
        admin.role = Role::Admin;
        QVERIFY(UserRules::checkAdministrator(Actor::forUser(admin)).ok());
        User user;
        user.username = QStringLiteral("ann");
        const Status refused = UserRules::checkAdministrator(Actor::forUser(user));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().kind() == ErrorKind::Forbidden);
        QVERIFY(refused.error().code() == ErrorCode::AdminRequired);
        QCOMPARE(refused.error().message(), QStringLiteral("This needs an administrator."));
    }

    void pricesFromJsonNumbers_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<qint64>("cents"); // -1: refused
        QTest::newRow("two decimals") << 19.99 << qint64(1999);
        QTest::newRow("one decimal") << 19.9 << qint64(1990);
        QTest::newRow("integer") << 20.0 << qint64(2000);
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("one cent") << 0.01 << qint64(1);
        QTest::newRow("binary noise 0.1+0.2") << (0.1 + 0.2) << qint64(30);
        QTest::newRow("large but allowed") << 99999999.99 << qint64(9999999999);
        QTest::newRow("three decimals") << 19.999 << qint64(-1);
        QTest::newRow("half a cent") << 0.005 << qint64(-1);
        QTest::newRow("negative") << -1.0 << qint64(-1);
        QTest::newRow("too large") << 1e12 << qint64(-1);
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64(-1);
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64(-1);
    }
    void pricesFromJsonNumbers()
    {
        QFETCH(double, amount);
        QFETCH(qint64, cents);
        const Result<qint64> parsed = Money::centsFromDecimal(amount);
        if (cents < 0) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error().fields().value(QStringLiteral("price")).isEmpty());
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detailedMessage()));
            QCOMPARE(parsed.value(), cents);
            QCOMPARE(Money::toDecimal(parsed.value()), std::round(amount * 100) / 100);
        }
    }

    void pricesFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("dot") << QStringLiteral("19.99") << qint64(1999);
        QTest::newRow("comma") << QStringLiteral("19,99") << qint64(1999);
        QTest::newRow("one decimal") << QStringLiteral("0.5") << qint64(50);
        QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("spaces") << QStringLiteral(" 7.25 ") << qint64(725);
        QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("cheap") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("thousands separator") << QStringLiteral("1,000.00") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(-1);
    }
    void pricesFromText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const Result<qint64> parsed = Money::centsFromText(text);
        QCOMPARE(parsed.ok(), cents >= 0);
        if (cents >= 0)
            QCOMPARE(parsed.value(), cents);
    }

    void moneyPrintsTwoDecimals()
    {
        QCOMPARE(Money::toText(1999), QStringLiteral("19.99"));
        QCOMPARE(Money::toText(5), QStringLiteral("0.05"));
        QCOMPARE(Money::toText(1200), QStringLiteral("12.00"));
    }

    void isbns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("ISBN-10 with hyphens")
            << QStringLiteral("0-306-40615-2") << QStringLiteral("0306406152");
        QTest::newRow("ISBN-10 with X") << QStringLiteral("080442957X") << QStringLiteral("080442957X");
        QTest::newRow("ISBN-10 with lower-case x")
            << QStringLiteral("0-8044-2957-x") << QStringLiteral("080442957X");
        QTest::newRow("ISBN-13 with hyphens")
            << QStringLiteral("978-3-16-148410-0") << QStringLiteral("9783161484100");
        QTest::newRow("ISBN-13 with spaces")
            << QStringLiteral("978 0 306 40615 7") << QStringLiteral("9780306406157");
        QTest::newRow("ISBN-10 wrong check digit") << QStringLiteral("0-306-40615-3") << QString();
        QTest::newRow("ISBN-13 wrong check digit") << QStringLiteral("978-3-16-148410-1") << QString();
        QTest::newRow("X inside") << QStringLiteral("03064X6152") << QString();
        QTest::newRow("X in ISBN-13") << QStringLiteral("978316148410X") << QString();
        QTest::newRow("too short") << QStringLiteral("12345") << QString();
        QTest::newRow("eleven digits") << QStringLiteral("03064061521") << QString();
        QTest::newRow("letters") << QStringLiteral("ISBN 0306406152") << QString();
        QTest::newRow("arabic-indic digits") << QStringLiteral("٠٣٠٦٤٠٦١٥٢") << QString();
    }
    void isbns()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const Result<QString> parsed = Isbn::normalize(text);
        if (normalized.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error().fields().value(QStringLiteral("isbn")).isEmpty());
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detailedMessage()));
            QCOMPARE(parsed.value(), normalized);
        }
    }

    void bookFields_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<qint64>("priceCents");
        QTest::addColumn<int>("year"); // 0: none
        QTest::addColumn<QStringList>("badFields");
        const QString ok = QStringLiteral("Ok");
        QTest::newRow("all good") << QStringLiteral("Dune") << QStringLiteral("Frank Herbert")
                                  << QStringLiteral("Chilton") << qint64(999) << 1965 << QStringList();
        QTest::newRow("everything missing")
            << QString() << QStringLiteral("  ") << QString() << qint64(-5) << 0
            << QStringList {QStringLiteral("author"), QStringLiteral("price"), QStringLiteral("publisher"),
                            QStringLiteral("title")};
        QTest::newRow("200 characters")
            << QString(200, QChar(0x65e5)) << ok << ok << qint64(0) << 0 << QStringList();
        QTest::newRow("201 characters") << QString(201, QLatin1Char('t')) << ok << ok << qint64(0) << 0
                                        << QStringList {QStringLiteral("title")};
        QTest::newRow("emoji count once")
            << QString::fromUtf8("📚").repeated(200) << ok << ok << qint64(0) << 0 << QStringList();
        QTest::newRow("newline in author") << ok << QStringLiteral("Ann\nSmith") << ok << qint64(0) << 0
                                           << QStringList {QStringLiteral("author")};
        QTest::newRow("lone surrogate") << ok << ok << QStringLiteral("Pub") + QChar(0xdc00) << qint64(0) << 0
                                        << QStringList {QStringLiteral("publisher")};
        QTest::newRow("year zero") << ok << ok << ok << qint64(0) << -1
                                   << QStringList {QStringLiteral("year")};
        QTest::newRow("year far future")
            << ok << ok << ok << qint64(0) << 3000 << QStringList {QStringLiteral("year")};
        QTest::newRow("price too high")
            << ok << ok << ok << Money::maximumCents + 1 << 0 << QStringList {QStringLiteral("price")};
    }
    void bookFields()
    {
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, publisher);
        QFETCH(qint64, priceCents);
        QFETCH(int, year);
        QFETCH(QStringList, badFields);
        BookDraft draft;
        draft.title = title;
        draft.author = author;
        draft.publisher = publisher;
        draft.priceCents = priceCents;
        if (year != 0)
            draft.year = year < 0 ? 0 : year;
        const qint64 nowMs = 1'767'225'600'000; // 2026-01-01
        const Result<BookDraft> checked = BookRules::check(draft, nowMs);
        if (badFields.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().detailedMessage()));
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().fields().keys(), badFields);
        }
    }

    void bookTextIsTrimmedAndNormalized()
    {
        BookDraft draft;
        draft.title = QStringLiteral("  Caf") + QStringLiteral("e\u0301  "); // e + combining acute
        draft.author = QStringLiteral("A");
        draft.publisher = QStringLiteral("P");
        draft.isbn = QStringLiteral("0-306-40615-2");
        const Result<BookDraft> checked = BookRules::check(draft, 0);
        QVERIFY(checked.ok());
        QCOMPARE(checked->title, QStringLiteral("Café"));
        QCOMPARE(checked->isbn, QStringLiteral("0306406152"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
