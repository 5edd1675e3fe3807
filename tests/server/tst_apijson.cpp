#include "ApiJson.h"
#include "JsonWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

// The hand-written JSON of the hot paths must say exactly what the QJsonObject views say.
class TestApiJson : public QObject
{
    Q_OBJECT

private slots:
    void bookBytesMatchTheJsonView_data()
    {
        QTest::addColumn<Book>("book");
        Book plain;
        plain.id = 7;
        plain.ownerPublicId = QStringLiteral("0e7c3b8e-1111-4a4a-9b9b-222222222222");
        plain.ownerName = QStringLiteral("ann");
        plain.title = QStringLiteral("Dune");
        plain.author = QStringLiteral("Frank Herbert");
        plain.publisher = QStringLiteral("Chilton");
        plain.priceCents = 999;
        plain.createdAtMs = 1'767'225'600'123;
        plain.updatedAtMs = 1'767'225'699'999;
        plain.version = 3;
        QTest::newRow("plain") << plain;
        Book full = plain;
        full.isbn = QStringLiteral("9780306406157");
        full.year = 1965;
        full.priceCents = 2000;
        QTest::newRow("isbn and year") << full;
        Book tricky = plain;
        tricky.title = QStringLiteral(
            "Quotes \" backslash \\ tab\t newline\n bell\x07 \u00e9 \u65e5\u672c \U0001F4DA </script>");
        tricky.priceCents = 1;
        QTest::newRow("characters that need escaping") << tricky;
        Book cheap = plain;
        cheap.priceCents = 10;
        cheap.createdAtMs = 0;
        QTest::newRow("ten cents at the epoch") << cheap;
    }
    void bookBytesMatchTheJsonView()
    {
        QFETCH(Book, book);
        QJsonParseError error {};
        const QJsonDocument written = QJsonDocument::fromJson(ApiJson::bookJson(book), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(written.object(), ApiJson::book(book));
    }

    void pageBytesMatchTheJsonView()
    {
        BookPage page;
        for (int i = 0; i < 3; ++i) {
            Book book;
            book.id = i + 1;
            book.title = QStringLiteral("Book %1").arg(i);
            book.priceCents = 150 * i;
            page.items << book;
        }
        page.total = 42;
        QCOMPARE(QJsonDocument::fromJson(ApiJson::bookPageJson(page)).object(), ApiJson::bookPage(page));
        page.nextCursor = QStringLiteral("WyJ0aXRsZSIsImIiLDJd");
        QCOMPARE(QJsonDocument::fromJson(ApiJson::bookPageJson(page)).object(), ApiJson::bookPage(page));
        page.items.clear();
        QCOMPARE(QJsonDocument::fromJson(ApiJson::bookPageJson(page)).object(), ApiJson::bookPage(page));
        QCOMPARE(ApiJson::bookPage(page).value(QStringLiteral("total_exact")), QJsonValue(true));
        page.totalExact = false;
        QCOMPARE(QJsonDocument::fromJson(ApiJson::bookPageJson(page)).object(), ApiJson::bookPage(page));
        QCOMPARE(ApiJson::bookPage(page).value(QStringLiteral("total_exact")), QJsonValue(false));
    }

    void pricesAreTheShortestExactDecimal_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("0") << qint64(0) << QByteArray("0");
        QTest::newRow("1 cent") << qint64(1) << QByteArray("0.01");
        QTest::newRow("10 cents") << qint64(10) << QByteArray("0.1");
        QTest::newRow("19.99") << qint64(1999) << QByteArray("19.99");
        QTest::newRow("19.90") << qint64(1990) << QByteArray("19.9");
        QTest::newRow("20") << qint64(2000) << QByteArray("20");
        QTest::newRow("large") << qint64(9999999999) << QByteArray("99999999.99");
    }
    void pricesAreTheShortestExactDecimal()
    {
        QFETCH(qint64, cents);
        QFETCH(QByteArray, text);
        QCOMPARE(ApiJson::priceNumber(cents), text);
    }

    void timesMatchQDateTime()
    {
        QRandomGenerator random(20261123);
        QList<qint64> samples {0,
                               1,
                               999,
                               86'399'999,
                               951'782'400'000 /* 2000-02-29 */,
                               4'107'542'399'999,
                               -1,
                               -86'400'001,
                               253'402'300'799'999 /* 9999-12-31 */};
        for (int i = 0; i < 2000; ++i)
            samples << qint64(random.bounded(0x7fffffff)) * 100'000 + random.bounded(100'000);
        for (qint64 ms : samples)
            QCOMPARE(ApiJson::isoTime(ms),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
    }

    void writerSeparatesAndEscapes()
    {
        JsonWriter json;
        json.beginObject()
            .member("a", qint64(1))
            .key(QLatin1StringView("b"))
            .beginArray()
            .value(true)
            .null()
            .value(QStringLiteral("x:"))
            .endArray()
            .member("c", QStringLiteral("\u0001"))
            .endObject();
        QCOMPARE(json.take(), QByteArray(R"({"a":1,"b":[true,null,"x:"],"c":"\u0001"})"));
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
