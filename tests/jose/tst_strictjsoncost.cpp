// How much parsing costs for every shape of JSON text, near the 1 MiB of a request body: linear, and
// within a small factor of a plain array of numbers. The figures are printed with qInfo. The bounds are
// generous (the machine is shared, the sanitizers slow some shapes more than others): what they guard
// against is superlinear, like the 1 MiB object of descending names that once took 600 times as long.
#include "JsonShapes.h"
#include "jose/StrictJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace JsonShapes;

// No raw string literals in this file: moc 6.4 misreads some of them and then finds no class here.
namespace {
constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

constexpr double maximumRatio = underAddressSanitizer() ? 40 : 10;
constexpr double maximumGrowth = underAddressSanitizer() ? 2.4 : 2.0; // per byte, for four times the bytes

StrictJson::Limits unlimited()
{
    return {StrictJson::MaxSupportedDepth, 1 << 30, 1 << 30, 1 << 30, 1 << 30};
}

// The least CPU time of this thread over a few runs of parsing the text; *accepted: whether every run did.
double parseSeconds(const QByteArray &json, const StrictJson::Limits &limits, bool *accepted)
{
    double best = 1e9;
    *accepted = true;
    for (int run = 0; run < 5; ++run) {
        timespec start {}, end {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        const bool parsed = StrictJson::parseObject(json, nullptr, limits).has_value();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        *accepted = *accepted && parsed;
        best = std::min(best, double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9);
    }
    return std::max(best, 1e-6);
}
} // namespace

class TestStrictJsonCost : public QObject
{
    Q_OBJECT

private slots:
    // Near 1 MiB each (a request body's limit): no shape may cost more per byte than ten times a plain
    // array of numbers, whether it is within the default budget (and parsed) or past it (and refused as
    // soon as it goes over). Without the budget and the sorting, the 1 MiB object of descending names
    // took 5.5 s, 600 times as long as the numbers. Under AddressSanitizer every allocation costs several
    // times more, numbers need none and strings two, so the bound there is looser.
    void costPerByteIsBoundedForEveryShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");
        const QList<QByteArray> names = numberedNames(1000);
        QList<QByteArray> shuffled = names;
        std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(20260101));
        // (About 95 objects of 1000 members: just under the 100,000 values of the budget.)
        const qsizetype objectsSize = MiB * 9 / 10;
        QTest::newRow("descending names") << objectsOf(descending(names), objectsSize) << true;
        QTest::newRow("ascending names") << objectsOf(names, objectsSize) << true;
        QTest::newRow("random names") << objectsOf(shuffled, objectsSize) << true;
        QTest::newRow("descending non-ASCII names")
            << objectsOf(descending(nonAsciiNames(1000)), objectsSize) << true;
        QTest::newRow("descending escaped names") << objectsOf(escaped(descending(names)), MiB) << true;
        QTest::newRow("descending escaped non-ASCII names")
            << objectsOf(escaped(descending(nonAsciiNames(1000))), MiB) << true;
        QTest::newRow("short strings") << stringsOf("x", MiB, 10) << true;
        QTest::newRow("plain strings") << stringsOf("x", MiB) << true;
        QTest::newRow("strings of \\u escapes") << stringsOf("\\u00e9", MiB) << true;
        QTest::newRow("strings of surrogate pairs") << stringsOf("\\ud83d\\ude00", MiB) << true;
        QTest::newRow("strings of short escapes") << stringsOf("\\n", MiB) << true;
        QTest::newRow("non-ASCII strings") << stringsOf("\xe2\x82\xac\xf0\x9f\x98\x80", MiB) << true;
        QTest::newRow("arrays nested 64 deep") << nestedArrays(62, 150, MiB) << true;
        QTest::newRow("many small objects") << smallObjects(9000, 10) << true;
        QTest::newRow("long fractions") << arrayOf("0." + QByteArray(1000, '1'), MiB) << true;
        QTest::newRow("long integers") << arrayOf(QByteArray(300, '9'), MiB) << true;

        QTest::newRow("one object of descending names, past the budget")
            << objectOf(descending(numberedNames(95'000, "m", 5))) << false;
        QTest::newRow("one long string, past the budget") << stringsOf("x", MiB, MiB) << false;
        QTest::newRow("empty arrays, past the budget") << arrayOf("[]", MiB) << false;
        QTest::newRow("one-letter strings, past the budget") << stringsOf("x", MiB, 1) << false;
        QTest::newRow("numbers, past the budget") << numbers(MiB) << false;
    }
    void costPerByteIsBoundedForEveryShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        const QByteArray benign = numbers(json.size());
        bool parsed = false;
        const double seconds = parseSeconds(json, {}, &parsed);
        QCOMPARE(parsed, accepted);
        const double benignSeconds = parseSeconds(benign, unlimited(), &parsed);
        QVERIFY(parsed);
        const double ratio = (seconds / double(json.size())) / (benignSeconds / double(benign.size()));
        qInfo("%8lld bytes %8.2f ms, numbers %6.2f ms: %5.2f times the cost per byte", qlonglong(json.size()),
              seconds * 1e3, benignSeconds * 1e3, ratio);
        QVERIFY2(ratio <= maximumRatio, qPrintable(QStringLiteral("%1 times").arg(ratio)));

        // What is accepted is what QJsonDocument reads. (Compared as maps: QJsonDocument puts names above
        // U+FFFF after those in U+E000..U+FFFF, QJsonObject::insert before them; lookups work in both.)
        if (accepted) {
            const std::optional<QJsonObject> object = StrictJson::parseObject(json);
            QVERIFY(object.has_value());
            QCOMPARE(object->toVariantMap(), QJsonDocument::fromJson(json).object().toVariantMap());
        }
    }

    // The algorithm itself, past the budget: four times the input may cost about four times the time, at
    // most eight times (ten under AddressSanitizer; caches and a busy machine cost some), never sixteen, as
    // a quadratic parser does (one object of descending names did: 50,000 names in 1.0 s, 100,000 in 4.4 s).
    // A quarter against the whole, not a half, keeps linear (1) and quadratic (4) far apart per byte.
    void costGrowsLinearly_data()
    {
        QTest::addColumn<QByteArray>("quarter");
        QTest::addColumn<QByteArray>("whole");
        QTest::newRow("one object, descending names")
            << objectOf(descending(numberedNames(25'000))) << objectOf(descending(numberedNames(100'000)));
        QTest::newRow("one object, descending non-ASCII names")
            << objectOf(descending(nonAsciiNames(20'000))) << objectOf(descending(nonAsciiNames(80'000)));
        QTest::newRow("one object, descending escaped names")
            << objectOf(escaped(descending(numberedNames(7'500))))
            << objectOf(escaped(descending(numberedNames(30'000))));
        QTest::newRow("one string of escapes")
            << stringsOf("\\u00e9", MiB / 4, MiB / 4) << stringsOf("\\u00e9", MiB, MiB);
        QTest::newRow("small objects") << smallObjects(20'000, 3) << smallObjects(80'000, 3);
        QTest::newRow("arrays nested 500 deep")
            << nestedArrays(500, 250, MiB / 4) << nestedArrays(500, 1000, MiB);
    }
    void costGrowsLinearly()
    {
        QFETCH(QByteArray, quarter);
        QFETCH(QByteArray, whole);
        bool accepted = false;
        const double quarterSeconds = parseSeconds(quarter, unlimited(), &accepted);
        QVERIFY(accepted);
        const double wholeSeconds = parseSeconds(whole, unlimited(), &accepted);
        QVERIFY(accepted);
        const double growth
            = (wholeSeconds / double(whole.size())) / (quarterSeconds / double(quarter.size()));
        qInfo("%8lld bytes %8.2f ms, %8lld bytes %8.2f ms: %4.2f times the cost per byte",
              qlonglong(quarter.size()), quarterSeconds * 1e3, qlonglong(whole.size()), wholeSeconds * 1e3,
              growth);
        QVERIFY2(growth <= maximumGrowth, qPrintable(QStringLiteral("%1 times").arg(growth)));
    }

    // The parser appends members in the order QJsonObject keeps, which must therefore be UTF-16 code
    // unit order (QString's operator<) for every kind of name: if it were not, results stay right but
    // inserting turns quadratic again.
    void qJsonObjectKeepsNamesInUtf16Order()
    {
        QStringList names {QString(),    u"a"_s,          u"A"_s,           u"ab"_s,           u"a b"_s,
                           u"Z"_s,       u"~"_s,          u"\u007f"_s,      QString(QChar(0)), u"\u00e9"_s,
                           u"e\u0301"_s, u"\u00ff"_s,     u"\u0100"_s,      u"\u4e00"_s,       u"\uff21"_s,
                           u"\ue000"_s,  u"\U0001F600"_s, u"\U0001F600a"_s, u"\U00010000"_s,   u"zz"_s};
        std::sort(names.begin(), names.end());
        // Inserted backwards; ASCII names as Latin-1 views (the parser's fast path), others as UTF-16.
        QJsonObject object;
        for (auto name = names.crbegin(); name != names.crend(); ++name) {
            const QByteArray latin1 = name->toLatin1();
            if (QString::fromLatin1(latin1) == *name && !latin1.contains('\x80'))
                object.insert(QLatin1StringView(latin1), 1);
            else
                object.insert(*name, 1);
        }
        QCOMPARE(object.keys(), names);
    }
};

QTEST_GUILESS_MAIN(TestStrictJsonCost)
#include "tst_strictjsoncost.moc"
