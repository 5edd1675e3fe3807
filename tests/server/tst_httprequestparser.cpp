#include "HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
struct Outcome
{
    QList<HttpRequest> requests;
    HttpRequestParser::Failure failure;
    bool failed = false;
    int continues = 0;
};

// Feeds `input` in pieces of `step` bytes (0 = all at once) and collects what comes out.
Outcome parse(const QByteArray &input, qsizetype step = 0, const HttpLimits &limits = {})
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    qsizetype offset = 0;
    do {
        const qsizetype size = step == 0 ? input.size() : qMin(step, input.size() - offset);
        parser.append(QByteArrayView(input).sliced(offset, size));
        offset += size;
        for (bool more = true; more;) {
            switch (parser.next()) {
            case HttpRequestParser::Event::NeedMoreData:
                more = false;
                break;
            case HttpRequestParser::Event::ContinueExpected:
                ++outcome.continues;
                break;
            case HttpRequestParser::Event::RequestReady:
                outcome.requests.append(parser.takeRequest());
                break;
            case HttpRequestParser::Event::Failed:
                outcome.failure = parser.failure();
                outcome.failed = true;
                return outcome;
            }
        }
    } while (offset < input.size());
    return outcome;
}
} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWellFormedRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("simple GET") << QByteArray("GET /books HTTP/1.1\r\nHost: x\r\n\r\n")
                                    << QByteArray("GET") << QStringLiteral("/books") << QByteArray()
                                    << QByteArray() << true;
        QTest::newRow("root") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
                              << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("query kept encoded")
            << QByteArray("GET /a?q=x%20y&b HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/a") << QByteArray("q=x%20y&b") << QByteArray() << true;
        QTest::newRow("percent-decoded UTF-8")
            << QByteArray("GET /b%C3%BCcher/%41 HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/b\u00fccher/A") << QByteArray() << QByteArray() << true;
        // A second spelling of a path is framed like any request; the router answers it 404.
        QTest::newRow("an alias keeps its segments")
            << QByteArray("GET //a/./b// HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("//a/./b//") << QByteArray() << QByteArray() << true;
        QTest::newRow("sub-delimiters, colon and at-sign in the path")
            << QByteArray("GET /a;b=c,d!$&'()*+:@ HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/a;b=c,d!$&'()*+:@") << QByteArray() << QByteArray() << true;
        QTest::newRow("brackets, slash and question mark in the query")
            << QByteArray("GET /s?ids[]=1&next=/a?b HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/s") << QByteArray("ids[]=1&next=/a?b") << QByteArray() << true;
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << QByteArray("GET")
                                    << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("Host as an IPv6 literal with a port")
            << QByteArray("GET / HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("Host as an IPv4 address")
            << QByteArray("GET / HTTP/1.1\r\nHost: 192.0.2.1:80\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("absolute-form")
            << QByteArray("GET http://example.org:80/x/y?z HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/x/y") << QByteArray("z") << QByteArray() << true;
        QTest::newRow("body by Content-Length")
            << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray() << QByteArray("hello") << true;
        QTest::newRow("Content-Length with leading zeros")
            << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 002\r\n\r\nab")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray() << QByteArray("ab") << true;
        QTest::newRow("chunked with extension and trailer")
            << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray() << QByteArray("hello world")
            << true;
        QTest::newRow("chunked with quoted extensions, capital letters and leading zeros")
            << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
                          "0001;a=\"b c\\\"\";d;e=f\r\na\r\n000\r\n\r\n")
            << QByteArray("POST") << QStringLiteral("/p") << QByteArray() << QByteArray("a") << true;
        QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/") << QByteArray() << QByteArray() << false;
        QTest::newRow("HTTP/1.0 closes by default")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QStringLiteral("/")
            << QByteArray() << QByteArray() << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("leading empty line")
            << QByteArray("\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET") << QStringLiteral("/")
            << QByteArray() << QByteArray() << true;
        QTest::newRow("h2c upgrade ignored")
            << QByteArray(
                   "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                   "HTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n")
            << QByteArray("GET") << QStringLiteral("/") << QByteArray() << QByteArray() << true;
        QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")
                                   << QByteArray("OPTIONS") << QStringLiteral("/") << QByteArray()
                                   << QByteArray() << true;
    }
    void acceptsWellFormedRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        // All at once, and byte by byte: the result must not depend on how TCP cut the stream.
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const Outcome outcome = parse(input, step);
            QVERIFY2(!outcome.failed, qPrintable(outcome.failure.message));
            QCOMPARE(outcome.requests.size(), 1);
            const HttpRequest &request = outcome.requests.constFirst();
            QCOMPARE(request.method(), method);
            QCOMPARE(request.path(), path);
            QCOMPARE(request.rawQuery(), query);
            QCOMPARE(request.body(), body);
            QCOMPARE(request.keepAlive(), keepAlive);
        }
    }

    void headersAreCaseInsensitiveAndKeepRepeats()
    {
        const Outcome outcome
            = parse("GET / HTTP/1.1\r\nHost: x\r\nAccept: a\r\nX-Token:  t1 \r\naccept: b\r\n\r\n");
        QCOMPARE(outcome.requests.size(), 1);
        const HttpRequest &request = outcome.requests.constFirst();
        QCOMPARE(request.header("ACCEPT"), QByteArray("a"));
        QCOMPARE(request.headerValues("Accept"), (QList<QByteArray> {"a", "b"}));
        QCOMPARE(request.headers().combinedValue("accept"), QByteArray("a, b"));
        QCOMPARE(request.header("x-token"), QByteArray("t1")); // surrounding whitespace trimmed
        QVERIFY(request.header("missing").isEmpty());
    }

    void pipelinedRequestsComeOutInOrder()
    {
        const QByteArray input = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                                 "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                                 "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n";
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(10)}) {
            const Outcome outcome = parse(input, step);
            QCOMPARE(outcome.requests.size(), 3);
            QCOMPARE(outcome.requests[0].path(), QStringLiteral("/1"));
            QCOMPARE(outcome.requests[1].body(), QByteArray("abc"));
            QCOMPARE(outcome.requests[2].path(), QStringLiteral("/3"));
        }
    }

    void refusesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const auto bad = QStringLiteral("bad_request");
        QTest::newRow("TLS handshake on the plain port")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9) << 400 << bad;
        QTest::newRow("binary noise") << QByteArray("\x00\x01\x02garbage\r\n\r\n", 14) << 400 << bad;
        // The first byte that makes the input wrong decides the answer, however the stream is cut: noise
        // longer than the head budget is noise from its first byte, not a request line too long.
        QTest::newRow("binary noise longer than the head budget") << QByteArray(20000, '\x16') << 400 << bad;
        QTest::newRow("no target") << QByteArray("GET\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("lowercase version") << QByteArray("GET / http/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("version 2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                                     << QStringLiteral("http_version_not_supported");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400 << bad;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("non-ASCII target")
            << QByteArray("GET /\xc3\xa4 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("relative target") << QByteArray("GET books HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("broken escape") << QByteArray("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("escape cut short") << QByteArray("GET /a%4 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("escape cut short in the query")
            << QByteArray("GET /a?b=%4 HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        // RFC 3986 leaves these out of every part of a URI: they must be percent-encoded.
        for (const char *c : {"\\", "\"", "{", "}", "|", "^", "`", "<", ">"}) {
            QTest::addRow("'%s' in the path", c)
                << QByteArray("GET /a" + QByteArray(c) + "b HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
            QTest::addRow("'%s' in the query", c)
                << QByteArray("GET /a?q=" + QByteArray(c) + " HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        }
        QTest::newRow("brackets in the path")
            << QByteArray("GET /a[1] HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("absolute-form with userinfo")
            << QByteArray("GET http://user@h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << bad;
        QTest::newRow("absolute-form without a host")
            << QByteArray("GET http:///a HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << bad;
        QTest::newRow("Host with a space, slash and at-sign")
            << QByteArray("GET / HTTP/1.1\r\nHost: a b/c@d\r\n\r\n") << 400 << bad;
        QTest::newRow("Host with a path") << QByteArray("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n") << 400 << bad;
        QTest::newRow("Host with userinfo")
            << QByteArray("GET / HTTP/1.1\r\nHost: u@h\r\n\r\n") << 400 << bad;
        QTest::newRow("Host with a bad port")
            << QByteArray("GET / HTTP/1.1\r\nHost: h:8o\r\n\r\n") << 400 << bad;
        QTest::newRow("Host with a broken IPv6 literal")
            << QByteArray("GET / HTTP/1.1\r\nHost: [2001:db8::g]\r\n\r\n") << 400 << bad;
        QTest::newRow("two Authorization headers") << QByteArray(
            "GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n")
                                                   << 400 << bad;
        QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("asterisk with GET") << QByteArray("GET * HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << bad;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n") << 400 << bad;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << bad;
        QTest::newRow("empty header name")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n") << 400 << bad;
        QTest::newRow("line folding")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 400 << bad;
        QTest::newRow("NUL in header value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 37) << 400 << bad;
        QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << bad;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                                   << bad;
        QTest::newRow("negative Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400 << bad;
        QTest::newRow("conflicting Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400 << bad;
        QTest::newRow("huge Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 413 << QStringLiteral("payload_too_large");
        QTest::newRow("Content-Length listed twice in one field")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\nhello") << 400 << bad;
        QTest::newRow("Content-Length after an empty list element")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ,5\r\n\r\nhello") << 400 << bad;
        QTest::newRow("Content-Length before an empty list element")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5,\r\n\r\nhello") << 400 << bad;
        QTest::newRow("Content-Length repeated with the same value")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
            << 400 << bad;
        QTest::newRow("Content-Length with a plus sign")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello") << 400 << bad;
        QTest::newRow("Content-Length in hex")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x5\r\n\r\nhello") << 400 << bad;
        QTest::newRow("empty Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n") << 400 << bad;
        QTest::newRow("Content-Length and chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                                    << 400 << bad;
        // RFC 9112 §6.3: chunked must be the final coding, or the length is unknown: 400. Other codings
        // before it are not decoded here: 501.
        QTest::newRow("gzip alone") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
                                    << 400 << bad;
        QTest::newRow("identity alone")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n") << 400 << bad;
        QTest::newRow("chunked, identity")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n") << 400
            << bad;
        QTest::newRow("empty Transfer-Encoding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n\r\n") << 400 << bad;
        QTest::newRow("empty Transfer-Encoding beside Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\nContent-Length: 1\r\n\r\na")
            << 400 << bad;
        QTest::newRow("an empty Transfer-Encoding field before chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\nTransfer-Encoding: chunked\r\n\r\n"
            "0\r\n\r\n") << 400 << bad;
        QTest::newRow("Transfer-Encoding with an empty element")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: , chunked\r\n\r\n") << 400 << bad;
        QTest::newRow("Transfer-Encoding with a parameter")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked;q=1\r\n\r\n") << 400
            << bad;
        QTest::newRow("gzip then chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
            << QStringLiteral("not_implemented");
        QTest::newRow("identity then chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity, chunked\r\n\r\n") << 501
            << QStringLiteral("not_implemented");
        QTest::newRow("chunked twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n") << 400
            << bad;
        QTest::newRow("chunked in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << bad;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
            << bad;
        QTest::newRow("space after the chunk size") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1 \r\na\r\n0\r\n\r\n")
                                                    << 400 << bad;
        QTest::newRow("tab after the chunk size") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\t\r\na\r\n0\r\n\r\n")
                                                  << 400 << bad;
        QTest::newRow("space before a chunk extension") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1 ;a\r\na\r\n0\r\n\r\n")
                                                        << 400 << bad;
        QTest::newRow("empty chunk extension") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;\r\na\r\n0\r\n\r\n")
                                               << 400 << bad;
        QTest::newRow("chunk extension without a name") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;=v\r\na\r\n0\r\n\r\n")
                                                        << 400 << bad;
        QTest::newRow("chunk extension with an empty value") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;a=\r\na\r\n0\r\n\r\n")
                                                             << 400 << bad;
        QTest::newRow("chunk extension with an open quote") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1;a=\"b\r\na\r\n0\r\n\r\n")
                                                            << 400 << bad;
        QTest::newRow("chunk size with a sign") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n+1\r\na\r\n0\r\n\r\n")
                                                << 400 << bad;
        QTest::newRow("chunk size in 0x form") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n0\r\n\r\n")
                                               << 400 << bad;
        QTest::newRow("chunk size overflowing 64 bits") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000001\r\na\r\n")
                                                        << 413 << QStringLiteral("payload_too_large");
        // RFC 9110 §6.5.1: a trailer must not frame the message, even one that is dropped.
        QTest::newRow("Content-Length in the trailer") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nContent-Length: 5\r\n\r\n")
                                                       << 400 << bad;
        QTest::newRow("Transfer-Encoding in the trailer")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n0\r\ntransfer-encoding: gzip\r\n\r\n")
            << 400 << bad;
        QTest::newRow("chunk size past the limit on a line that ends badly")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffa\rf\n")
            << 413 << QStringLiteral("payload_too_large");
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n")
            << 400 << bad;
        QTest::newRow("unknown Expect")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\nContent-Length: 1\r\n\r\n") << 417
            << QStringLiteral("expectation_failed");
        QTest::newRow("websocket upgrade")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
            << 501 << QStringLiteral("upgrade_not_supported");
    }
    void refusesHostileInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, code);
        for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
            const Outcome outcome = parse(input, step);
            QVERIFY2(outcome.failed, qPrintable(QStringLiteral("accepted with step %1").arg(step)));
            QCOMPARE(outcome.failure.status, status);
            QCOMPARE(outcome.failure.code, code);
            QVERIFY(outcome.requests.isEmpty());
        }
    }

    void refusesGarbageBeforeALineEnds()
    {
        HttpRequestParser parser;
        parser.append("\x16\x03\x01");
        QCOMPARE(parser.next(), HttpRequestParser::Event::Failed);
        QCOMPARE(parser.failure().status, 400);

        HttpRequestParser patient; // a method still arriving is fine
        patient.append("GE");
        QCOMPARE(patient.next(), HttpRequestParser::Event::NeedMoreData);
        QVERIFY(patient.hasPartialRequest());
    }

    void enforcesTheHeadLimit()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 1024;
        const QByteArray header = "X-Filler: " + QByteArray(600, 'a') + "\r\n";
        // Complete head over the limit, and one that never ends: both refused once the limit is passed.
        Outcome outcome = parse("GET / HTTP/1.1\r\nHost: x\r\n" + header + header + "\r\n", 0, limits);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.status, 431);
        outcome = parse("GET / HTTP/1.1\r\nHost: x\r\nX-Endless: " + QByteArray(2000, 'b'), 0, limits);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.status, 431);
        outcome = parse("GET /" + QByteArray(2000, 'c') + " HTTP/1.1\r\nHost: x\r\n\r\n", 0, limits);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.status, 414);
        // Just under the limit is fine.
        outcome = parse("GET / HTTP/1.1\r\nHost: x\r\n" + header + "\r\n", 0, limits);
        QVERIFY(!outcome.failed);
        QCOMPARE(outcome.requests.size(), 1);
    }

    void enforcesTheHeaderCount()
    {
        HttpLimits limits;
        limits.maxHeaderFields = 5;
        QByteArray input = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 5; ++i)
            input += "X-" + QByteArray::number(i) + ": v\r\n";
        const Outcome outcome = parse(input + "\r\n", 0, limits);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.status, 431);
    }

    void refusesAnOversizedBodyBeforeReadingIt()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 100;
        HttpRequestParser parser(limits);
        parser.append("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n"); // no body byte sent
        QCOMPARE(parser.next(), HttpRequestParser::Event::Failed);
        QCOMPARE(parser.failure().status, 413);

        const Outcome chunked = parse("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                      "40\r\n"
                                          + QByteArray(64, 'a') + "\r\n40\r\n",
                                      0, limits);
        QVERIFY(chunked.failed);
        QCOMPARE(chunked.failure.status, 413);
    }

    void announcesExpectContinueOnlyBeforeTheBody()
    {
        const QByteArray head
            = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        HttpRequestParser parser;
        parser.append(head);
        QCOMPARE(parser.next(), HttpRequestParser::Event::ContinueExpected);
        QCOMPARE(parser.next(), HttpRequestParser::Event::NeedMoreData);
        parser.append("abc");
        QCOMPARE(parser.next(), HttpRequestParser::Event::RequestReady);
        QCOMPARE(parser.takeRequest().body(), QByteArray("abc"));

        QCOMPARE(parse(head + "abc").continues, 0); // the body came along: no interim answer needed
        QCOMPARE(parse("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n").continues, 0); // no body
    }

    // The interim answer is useful only while the client waits: once body bytes arrive without it, or the
    // request is complete, a late "100 Continue" would be read as the answer to the next request.
    void awaitsContinueOnlyUntilTheBodyArrives()
    {
        const QByteArray head
            = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        HttpRequestParser parser;
        parser.append(head);
        QCOMPARE(parser.next(), HttpRequestParser::Event::ContinueExpected);
        QVERIFY(parser.awaitsContinue());
        QCOMPARE(parser.next(), HttpRequestParser::Event::NeedMoreData);
        QVERIFY(parser.awaitsContinue());
        parser.append("a"); // the client did not wait
        QVERIFY(!parser.awaitsContinue());
        QCOMPARE(parser.next(), HttpRequestParser::Event::NeedMoreData);
        parser.append("bc");
        QCOMPARE(parser.next(), HttpRequestParser::Event::RequestReady);
        QVERIFY(!parser.awaitsContinue());
        parser.takeRequest();

        parser.append(
            "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
        QCOMPARE(parser.next(), HttpRequestParser::Event::ContinueExpected);
        QVERIFY(parser.awaitsContinue());
        parser.append("0\r\n\r\n");
        QVERIFY(!parser.awaitsContinue());
        QCOMPARE(parser.next(), HttpRequestParser::Event::RequestReady);
    }

    // Chunk extensions are ignored, but all of one request's together may take 16 KiB, no more.
    void chunkExtensionsHaveABudget()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        const auto chunks = [](qsizetype extensionBytes) -> QByteArray {
            QByteArray body;
            while (extensionBytes > 0) {
                const qsizetype size = qMin<qsizetype>(extensionBytes, 1000);
                body += "1;" + QByteArray(size - 1, 'e') + "\r\nx\r\n";
                extensionBytes -= size;
            }
            return body + "0\r\n\r\n";
        };
        const qsizetype budget = HttpRequestParser::maxChunkExtensionBytes;
        Outcome outcome;
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(100)}) {
            // Exactly the budget, however the stream is cut: a CR still waiting for its LF ends the line,
            // it is not one more byte of extension.
            outcome = parse(head + chunks(budget), step);
            QVERIFY2(!outcome.failed, qPrintable(outcome.failure.message));
            QCOMPARE(outcome.requests.size(), 1);
            QCOMPARE(outcome.requests.first().body(), QByteArray((budget + 999) / 1000, 'x'));
        }
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(100)}) {
            outcome = parse(head + chunks(budget + 1), step);
            QVERIFY(outcome.failed);
            QCOMPARE(outcome.failure.status, 413);
        }
        // The budget is per request: the next request on the connection starts again.
        outcome = parse(head + chunks(budget) + head + chunks(budget), 0);
        QCOMPARE(outcome.requests.size(), 2);
    }

    // Mutated requests, cut at random places: whatever comes out, the parser never loops, never buffers
    // past its limits, and never lets a forbidden path through. (The same checks ran for 5 million
    // libFuzzer inputs under ASan/UBSan while this parser was written.)
    void survivesMutatedInput()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 512;
        limits.maxBodyBytes = 256;
        limits.maxHeaderFields = 8;
        const QList<QByteArray> seeds {
            "GET /a/b?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
            "POST /c/%41 HTTP/1.1\r\nHost: y\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n"
            "3\r\nabc\r\n0\r\nT: v\r\n\r\n",
            "OPTIONS * HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET http://h/x HTTP/1.1\r\nHost: h\r\n\r\n"};
        QRandomGenerator random(20260101); // fixed: a failure is reproducible
        int requests = 0;
        int failures = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = seeds[random.bounded(seeds.size())];
            for (int edits = random.bounded(1, 6); edits > 0; --edits) {
                const qsizetype at = random.bounded(input.size() + 1);
                switch (random.bounded(4)) {
                case 0:
                    input.insert(at, char(random.bounded(256)));
                    break;
                case 1:
                    input.remove(at, random.bounded(1, 8));
                    break;
                case 2:
                    input.insert(at, input.mid(random.bounded(input.size() + 1), random.bounded(64)));
                    break;
                default:
                    if (at < input.size())
                        input[at] = char(random.bounded(256));
                }
            }
            HttpRequestParser parser(limits);
            for (qsizetype offset = 0; offset < input.size();) {
                const qsizetype size = qMin<qsizetype>(random.bounded(1, 40), input.size() - offset);
                parser.append(QByteArrayView(input).sliced(offset, size));
                offset += size;
                int steps = 0;
                for (bool more = true; more; ++steps) {
                    QVERIFY2(steps < 1000, input.toHex().constData());
                    switch (parser.next()) {
                    case HttpRequestParser::Event::NeedMoreData:
                        more = false;
                        break;
                    case HttpRequestParser::Event::ContinueExpected:
                        break;
                    case HttpRequestParser::Event::RequestReady: {
                        const HttpRequest request = parser.takeRequest();
                        ++requests;
                        QVERIFY(request.body().size() <= limits.maxBodyBytes);
                        // Only a canonical path is routed; the others must say why they are not.
                        if (request.pathForm() != HttpRequestTarget::Form::Canonical) {
                            QVERIFY(!request.pathProblem().isEmpty());
                            break;
                        }
                        for (const QString &segment : request.pathSegments()) {
                            QVERIFY2(!segment.isEmpty() && segment != QLatin1String("..")
                                         && segment != QLatin1String(".")
                                         && !segment.contains(QLatin1Char('/'))
                                         && !segment.contains(QChar(0)),
                                     input.toHex().constData());
                        }
                        break;
                    }
                    case HttpRequestParser::Event::Failed:
                        QVERIFY(parser.failure().status >= 400 && parser.failure().status < 600);
                        ++failures;
                        offset = input.size();
                        more = false;
                        break;
                    }
                }
                QVERIFY(parser.bufferedBytes() <= 1024 + limits.maxBodyBytes + 64);
            }
        }
        QVERIFY(requests > 1000); // the mutations left enough valid requests to mean something
        QVERIFY(failures > 1000);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
