#include "HttpRequestParser.h"
#include "ThreadCpuTime.h"

#include <QTest>

#include <functional>

// No request costs more than its size. Every adversarial shape below is fed to the parser the way a
// connection feeds it (64 KiB at a time, the socket's read buffer), and two costs are measured with the
// parser's own accounting:
//   - memory: the most bytes the parser retained at any point (HttpRequestParser::retainedBytes) stays
//     within a fixed multiple of the configured head and body limits, however long the stream;
//   - CPU: the thread CPU time, compared as a ratio with a benign stream of the same size, and with the
//     same shape at a quarter of the size (four times the bytes may cost about four times the time,
//     never sixteen).
// The figures are printed, so a regression shows its numbers.
namespace {

constexpr qsizetype pieceBytes = 64 * 1024;

struct Verdict
{
    int requests = 0;
    int failureStatus = 0; // 0: no failure
    qsizetype bodyBytes = 0;
    qsizetype maxRetained = 0;
};

Verdict feed(const QByteArray &stream, const HttpLimits &limits)
{
    HttpRequestParser parser(limits);
    Verdict verdict;
    for (qsizetype offset = 0; offset < stream.size() && verdict.failureStatus == 0;) {
        const qsizetype size = qMin(pieceBytes, stream.size() - offset);
        parser.append(QByteArrayView(stream).sliced(offset, size));
        offset += size;
        for (bool more = true; more;) {
            verdict.maxRetained = qMax(verdict.maxRetained, parser.retainedBytes());
            switch (parser.next()) {
            case HttpRequestParser::Event::NeedMoreData:
                more = false;
                break;
            case HttpRequestParser::Event::ContinueExpected:
                break;
            case HttpRequestParser::Event::RequestReady:
                ++verdict.requests;
                verdict.bodyBytes += parser.takeRequest().body().size();
                break;
            case HttpRequestParser::Event::Failed:
                verdict.failureStatus = parser.failure().status;
                more = false;
                break;
            }
        }
        verdict.maxRetained = qMax(verdict.maxRetained, parser.retainedBytes());
    }
    return verdict;
}

// Repeats `unit` until the stream is `size` bytes long (cut there: the last request may be incomplete).
QByteArray repeated(const QByteArray &unit, qsizetype size)
{
    QByteArray stream;
    stream.reserve(size + unit.size());
    while (stream.size() < size)
        stream += unit;
    stream.truncate(size);
    return stream;
}

const QByteArray chunkedHead = "POST /api/v1/books HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n";

// A stream of ordinary pipelined requests: a GET with the headers browsers and HTTP libraries send, and a
// POST with a small JSON body. The CPU reference.
QByteArray benignStream(qsizetype size)
{
    const QByteArray body = "{\"title\":\"" + QByteArray(200, 'x') + "\",\"author\":\"Someone\"}";
    const QByteArray unit
        = "GET /api/v1/books?limit=50&sort=title HTTP/1.1\r\nHost: bookwarden.local:8080\r\n"
          "User-Agent: python-requests/2.28.1\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\n"
          "Connection: keep-alive\r\nAuthorization: Bearer "
        + QByteArray(300, 't')
        + "\r\n\r\n"
          "POST /api/v1/books HTTP/1.1\r\nHost: bookwarden.local:8080\r\nContent-Type: application/json\r\n"
          "Authorization: Bearer "
        + QByteArray(300, 't') + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return repeated(unit, size);
}

struct Shape
{
    const char *name;
    std::function<QByteArray(qsizetype size)> make; // a stream of about `size` bytes
    bool scalable; // its cost at a quarter of the size says something (it is not refused after a prefix)
};

QList<Shape> shapes()
{
    return {
        {"one body by Content-Length, all of it at the body limit",
         [](qsizetype) -> QByteArray {
             const QByteArray body(1024 * 1024, 'b');
             return "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\n\r\n" + body;
         },
         false},
        {"pipelined bodies by Content-Length",
         [](qsizetype size) -> QByteArray {
             return repeated(
                 "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 4096\r\n\r\n" + QByteArray(4096, 'b'), size);
         },
         true},
        {"one-byte chunks",
         [](qsizetype size) -> QByteArray { return chunkedHead + repeated("1\r\nx\r\n", size); }, true},
        {"one-byte chunks up to the body limit, then the end",
         [](qsizetype) -> QByteArray {
             return chunkedHead + repeated("1\r\nx\r\n", 6 * 1024 * 1024) + "0\r\n\r\n";
         },
         false},
        {"chunk sizes with a thousand leading zeros",
         [](qsizetype size) -> QByteArray {
             return chunkedHead + repeated(QByteArray(1000, '0') + "1\r\nx\r\n", size);
         },
         true},
        {"1 KiB chunk extensions around one data byte",
         [](qsizetype size) -> QByteArray {
             return chunkedHead + repeated("1;e=" + QByteArray(1000, 'v') + "\r\nx\r\n", size);
         },
         false},
        {"one chunk extension that never ends",
         [](qsizetype size) -> QByteArray { return chunkedHead + "1;e=" + QByteArray(size, 'v'); }, false},
        {"chunked bodies with trailers at the limit",
         [](qsizetype size) -> QByteArray {
             QByteArray trailers;
             while (trailers.size() < 15 * 1024)
                 trailers += "X-Trailer-" + QByteArray::number(trailers.size()) + ": " + QByteArray(100, 't')
                     + "\r\n";
             return repeated(chunkedHead + "5\r\nhello\r\n0\r\n" + trailers + "\r\n", size);
         },
         true},
        {"header floods at the field limit",
         [](qsizetype size) -> QByteArray {
             QByteArray request = "GET /h HTTP/1.1\r\nHost: h\r\n";
             for (int i = 0; i < 99; ++i)
                 request += "X-Flood-" + QByteArray::number(i) + ": " + QByteArray(140, 'f') + "\r\n";
             return repeated(request + "\r\n", size);
         },
         true},
        {"one header that never ends",
         [](qsizetype size) -> QByteArray {
             return "GET / HTTP/1.1\r\nHost: h\r\nX-Long: " + QByteArray(size, 'a');
         },
         false},
        {"empty lines that never end", [](qsizetype size) -> QByteArray { return repeated("\r\n", size); },
         false},
        {"request lines at the head limit",
         [](qsizetype size) -> QByteArray {
             return repeated("GET /" + QByteArray(16 * 1024 - 40, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n",
                             size);
         },
         true},
        {"made-up methods",
         [](qsizetype size) -> QByteArray {
             return repeated("XYZZY-PLUGH /m HTTP/1.1\r\nHost: h\r\n\r\n", size);
         },
         true},
        {"tiny pipelined requests",
         [](qsizetype size) -> QByteArray { return repeated("GET / HTTP/1.1\r\nHost: h\r\n\r\n", size); },
         true},
    };
}

} // namespace

class TestHttpParserCost : public QObject
{
    Q_OBJECT

private slots:
    void retainedBytesStayWithinAFixedMultipleOfTheLimits_data()
    {
        QTest::addColumn<int>("shape");
        const QList<Shape> all = shapes();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void retainedBytesStayWithinAFixedMultipleOfTheLimits()
    {
        QFETCH(int, shape);
        const HttpLimits limits;
        const QByteArray stream = shapes()[shape].make(4 * 1024 * 1024);
        const Verdict verdict = feed(stream, limits);
        // The budget: two of each limit (a buffer grows by doubling), plus what one read brings in.
        const qsizetype budget = 2 * (limits.maxHeadBytes + limits.maxBodyBytes) + 2 * pieceBytes;
        qInfo("%-55s %9lld bytes in, at most %8lld retained (budget %lld), %d requests, status %d",
              shapes()[shape].name, qint64(stream.size()), qint64(verdict.maxRetained), qint64(budget),
              verdict.requests, verdict.failureStatus);
        QVERIFY2(verdict.maxRetained <= budget, qPrintable(QString::number(verdict.maxRetained)));
        // And a request never costs much more than its own bytes: what is retained beyond one read is
        // body (kept for the handler) or head (at most the head limit).
        QVERIFY(verdict.maxRetained <= 2 * qMin<qsizetype>(stream.size(), limits.maxBodyBytes)
                    + 2 * pieceBytes + limits.maxHeadBytes);
    }

    void refusesWhatExceedsABudgetAtOnce_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::addColumn<qsizetype>("consumedAtMost"); // refused before reading much further than this
        QTest::newRow("chunk extensions over 16 KiB")
            << chunkedHead + repeated("1;e=" + QByteArray(1000, 'v') + "\r\nx\r\n", 1024 * 1024) << 413
            << qsizetype(HttpRequestParser::maxChunkExtensionBytes + 2 * pieceBytes);
        QTest::newRow("a chunk extension that never ends")
            << chunkedHead + "1;e=" + QByteArray(1024 * 1024, 'v') << 400 << qsizetype(2 * pieceBytes);
        QTest::newRow("a chunk size beyond the body limit")
            << chunkedHead + "100001\r\n" + QByteArray(1024 * 1024, 'x') << 413 << qsizetype(pieceBytes);
        QTest::newRow("one-byte chunks past the body limit")
            << chunkedHead + repeated("1\r\nx\r\n", 8 * 1024 * 1024) << 413 << qsizetype(7 * 1024 * 1024);
        QTest::newRow("empty lines before a request line")
            << repeated("\r\n", 1024 * 1024) << 414 << qsizetype(2 * pieceBytes);
        QTest::newRow("a header that never ends")
            << "GET / HTTP/1.1\r\nHost: h\r\nX-Long: " + QByteArray(1024 * 1024, 'a') << 431
            << qsizetype(2 * pieceBytes);
        QTest::newRow("trailers that never end")
            << chunkedHead + "0\r\n" + repeated("X-T: " + QByteArray(100, 't') + "\r\n", 1024 * 1024) << 431
            << qsizetype(2 * pieceBytes);
    }
    void refusesWhatExceedsABudgetAtOnce()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        QFETCH(qsizetype, consumedAtMost);
        HttpRequestParser parser;
        qsizetype fed = 0;
        HttpRequestParser::Event event = HttpRequestParser::Event::NeedMoreData;
        while (fed < stream.size() && event != HttpRequestParser::Event::Failed) {
            const qsizetype size = qMin(pieceBytes, stream.size() - fed);
            parser.append(QByteArrayView(stream).sliced(fed, size));
            fed += size;
            do {
                event = parser.next();
            } while (event == HttpRequestParser::Event::ContinueExpected);
        }
        QCOMPARE(event, HttpRequestParser::Event::Failed);
        QCOMPARE(parser.failure().status, status);
        QVERIFY2(fed <= consumedAtMost, qPrintable(QString::number(fed)));
        QCOMPARE(parser.retainedBytes(), 0); // a refused connection keeps nothing while it closes
    }

    void cpuTimeGrowsWithTheSizeAndStaysNearABenignStream_data()
    {
        QTest::addColumn<int>("shape");
        const QList<Shape> all = shapes();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void cpuTimeGrowsWithTheSizeAndStaysNearABenignStream()
    {
        QFETCH(int, shape);
        const HttpLimits limits;
        const QList<Shape> all = shapes();
        const Shape &tested = all[shape];
        constexpr qsizetype size = 2 * 1024 * 1024;
        const QByteArray stream = tested.make(size);
        const QByteArray quarter = tested.make(size / 4);
        const QByteArray benign = benignStream(stream.size());
        const qint64 streamNs = leastThreadCpuTimeNs(5, [&] { feed(stream, limits); });
        const qint64 quarterNs = leastThreadCpuTimeNs(5, [&] { feed(quarter, limits); });
        const qint64 benignNs = leastThreadCpuTimeNs(5, [&] { feed(benign, limits); });
        const double perBenign = double(streamNs) / double(qMax<qint64>(benignNs, 1));
        const double perQuarter = double(streamNs) / double(qMax<qint64>(quarterNs, 1));
        qInfo("%-55s %9lld bytes: %8.2f ms, %5.2fx a benign stream, %5.2fx a quarter of it", tested.name,
              qint64(stream.size()), streamNs / 1e6, perBenign, perQuarter);
        if (!cpuRatiosAreMeaningful)
            QSKIP("CPU ratios are asserted in builds without a sanitizer (printed above)");
        // Generous bounds, far from what superlinear work gives: a quadratic step costs ~100x a benign
        // stream, and four times the bytes cost it sixteen times the time, where linear work costs four.
        QVERIFY2(perBenign <= 12.0, qPrintable(QString::number(perBenign)));
        if (tested.scalable)
            QVERIFY2(perQuarter <= 7.0, qPrintable(QString::number(perQuarter)));
    }
};

QTEST_GUILESS_MAIN(TestHttpParserCost)
#include "tst_httpparsercost.moc"
