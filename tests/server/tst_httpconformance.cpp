#include "HttpRequestParser.h"
#include "PythonInterpreter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// Differential conformance (issue 11): HttpRequestParser and h11 0.14, an independent strict HTTP/1.1
// parser (Debian's python3-h11), read the same corpus of byte streams — every RFC 9112 framing rule, the
// server's budgets, and the request-smuggling shapes of public research — and must read each the same way:
// the same requests (method, raw target, fields, body, whether the connection stays open) and the same
// end (between requests, inside one, closed by a request, or refused). Our parser reads every stream whole
// and cut in two at every byte boundary (see split_points in the corpus for the few long streams), and
// must read it the same way each time.
//
// The corpus and h11's half are tests/server/conformance/ (http_corpus.py, h11_oracle.py), run once in
// initTestCase(). A case where the two differ on purpose names the reason and what each side does; the
// test checks that both really do that, so a stale entry fails like a new difference does.
namespace {

struct ReadRequest
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> fields; // names lower-cased, values without OWS
    QByteArray body;
    bool keepAlive = true;
    bool operator==(const ReadRequest &) const = default;
};

// How a stream ends for a parser: between requests, inside one, after a request that closes the connection
// (the rest is not read), or refused.
enum class End { BetweenRequests, InsideARequest, Closed, Refused };

// The oracle's words for each, which the corpus's summaries use too.
const QList<std::pair<End, QString>> &endWords()
{
    static const QList<std::pair<End, QString>> words {{End::BetweenRequests, QStringLiteral("end")},
                                                       {End::InsideARequest, QStringLiteral("incomplete")},
                                                       {End::Closed, QStringLiteral("closed")},
                                                       {End::Refused, QStringLiteral("error")}};
    return words;
}

QString word(End end)
{
    for (const auto &[value, text] : endWords()) {
        if (value == end)
            return text;
    }
    Q_UNREACHABLE();
}

std::optional<End> endFromWord(const QString &text)
{
    for (const auto &[value, word] : endWords()) {
        if (word == text)
            return value;
    }
    return std::nullopt;
}

// How one parser read one stream.
struct Reading
{
    QList<ReadRequest> requests;
    End end = End::BetweenRequests;
    int status = 0; // when refused
    QString message;

    // What the corpus declares for a deliberate disagreement: "2 requests, end", "0 requests, error 400".
    QString summary() const
    {
        return QStringLiteral("%1 requests, %2")
            .arg(requests.size())
            .arg(end == End::Refused ? QStringLiteral("error %1").arg(status) : word(end));
    }
    bool sameAs(const Reading &other) const
    {
        return requests == other.requests && end == other.end && status == other.status;
    }
};

// Our parser on `stream`, whole (cut < 0) or in two pieces cut at `cut`, read the way HttpConnection reads
// a connection: stop after a failure or after a request that closes the connection.
Reading readWithOurParser(QByteArrayView stream, qsizetype cut = -1)
{
    HttpRequestParser parser;
    Reading reading;
    const QList<QByteArrayView> pieces = cut < 0
        ? QList<QByteArrayView> {stream}
        : QList<QByteArrayView> {stream.first(cut), stream.sliced(cut)};
    for (const QByteArrayView piece : pieces) {
        parser.append(piece);
        for (;;) {
            const HttpRequestParser::Event event = parser.next();
            if (event == HttpRequestParser::Event::NeedMoreData)
                break;
            if (event == HttpRequestParser::Event::ContinueExpected)
                continue;
            if (event == HttpRequestParser::Event::Failed) {
                reading.end = End::Refused;
                reading.status = parser.failure().status;
                reading.message = parser.failure().message;
                return reading;
            }
            const HttpRequest request = parser.takeRequest();
            ReadRequest read {request.method(), request.rawTarget(), {}, request.body(), request.keepAlive()};
            for (const HttpHeaders::Field &field : request.headers().fields())
                read.fields.append({field.name, field.value});
            reading.requests.append(read);
            if (!request.keepAlive()) {
                reading.end = End::Closed;
                return reading;
            }
        }
    }
    reading.end = parser.hasPartialRequest() ? End::InsideARequest : End::BetweenRequests;
    return reading;
}

// h11's reading as the oracle wrote it; nullopt when the oracle wrote something this test does not know.
std::optional<Reading> fromOracle(const QJsonObject &outcome)
{
    const auto bytes
        = [](const QJsonValue &value) { return QByteArray::fromBase64(value.toString().toLatin1()); };
    Reading reading;
    for (const QJsonValue value : outcome.value(QLatin1String("requests")).toArray()) {
        const QJsonObject object = value.toObject();
        ReadRequest request {object.value(QLatin1String("method")).toString().toLatin1(),
                             bytes(object.value(QLatin1String("target"))),
                             {},
                             bytes(object.value(QLatin1String("body"))),
                             object.value(QLatin1String("keep_alive")).toBool()};
        for (const QJsonValue field : object.value(QLatin1String("headers")).toArray()) {
            const QJsonArray pair = field.toArray();
            request.fields.append({pair.at(0).toString().toLatin1(), bytes(pair.at(1))});
        }
        reading.requests.append(request);
    }
    const std::optional<End> end = endFromWord(outcome.value(QLatin1String("end")).toString());
    if (!end)
        return std::nullopt;
    reading.end = *end;
    reading.status = outcome.value(QLatin1String("status")).toInt();
    reading.message = outcome.value(QLatin1String("message")).toString();
    return reading;
}

QString printable(const QByteArray &bytes)
{
    constexpr qsizetype shown = 120;
    QString text;
    for (const char c : bytes.first(qMin(bytes.size(), shown))) {
        const auto u = static_cast<unsigned char>(c);
        text += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c))
                                      : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return bytes.size() > shown ? text + QStringLiteral("… (%1 bytes)").arg(bytes.size()) : text;
}

QString describe(const ReadRequest &request)
{
    QStringList fields;
    for (const auto &[name, value] : request.fields)
        fields.append(QString::fromLatin1(name) + QStringLiteral(": ") + printable(value));
    return QStringLiteral("%1 %2 [%3] body '%4'%5")
        .arg(QString::fromLatin1(request.method), printable(request.target),
             fields.join(QStringLiteral(", ")), printable(request.body),
             request.keepAlive ? QString() : QStringLiteral(" (closes)"));
}

QString describe(const Reading &reading)
{
    QString text = reading.summary();
    if (!reading.message.isEmpty())
        text += QStringLiteral(" (%1)").arg(reading.message);
    return text;
}

// Where our reading and h11's differ, in words; empty when they read the stream the same way. The
// status of an error is not compared (h11's is a hint: 400 for most, 501 for Transfer-Encoding), and
// h11 reports Transfer-Encoding's value lower-cased.
QString difference(const Reading &ours, const Reading &theirs)
{
    if (ours.end != theirs.end || ours.requests.size() != theirs.requests.size())
        return QStringLiteral("they read it differently");
    for (qsizetype i = 0; i < ours.requests.size(); ++i) {
        ReadRequest normalized = ours.requests[i];
        for (auto &[name, value] : normalized.fields) {
            if (name == "transfer-encoding")
                value = value.toLower();
        }
        if (normalized != theirs.requests[i])
            return QStringLiteral("request %1 differs: ours %2, h11 %3")
                .arg(i + 1)
                .arg(describe(ours.requests[i]), describe(theirs.requests[i]));
    }
    return {};
}

} // namespace

class TestHttpConformance : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_cases;
    QString m_h11Version;

    static QList<qsizetype> splitPoints(const QJsonObject &testCase, qsizetype size)
    {
        QList<qsizetype> points;
        const QJsonValue listed = testCase.value(QLatin1String("splits"));
        if (listed.isArray()) {
            for (const QJsonValue point : listed.toArray())
                points.append(point.toInteger());
        } else {
            for (qsizetype point = 1; point < size; ++point)
                points.append(point);
        }
        return points;
    }

private slots:
    void initTestCase()
    {
        const QString script = qEnvironmentVariable("BOOKWARDEN_SOURCE_DIR")
            + QStringLiteral("/tests/server/conformance/h11_oracle.py");
        QVERIFY2(QFile::exists(script),
                 qPrintable(QStringLiteral("missing %1 (is BOOKWARDEN_SOURCE_DIR set?)").arg(script)));
        QStringList tried;
        const QString python = PythonInterpreter::find({QStringLiteral("h11")}, &tried);
        QVERIFY2(
            !python.isEmpty(),
            qPrintable(QStringLiteral("no python3 with h11 found (tried: %1); install the Debian package "
                                      "python3-h11 (tools/dependencies.sh does)")
                           .arg(tried.join(QStringLiteral(", ")))));

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString output = directory.filePath(QStringLiteral("h11.json"));
        QString error;
        const std::optional<QJsonObject> answer
            = PythonInterpreter::runForJson(python, script, {output}, output, 240000, &error);
        QVERIFY2(answer, qPrintable(error));
        m_cases = answer->value(QLatin1String("cases")).toArray();
        m_h11Version = answer->value(QLatin1String("h11")).toString();
        qInfo("h11 %s via %s: %lld cases", qPrintable(m_h11Version), qPrintable(python),
              qlonglong(m_cases.size()));
    }

    // Issue 11 asks for at least 300 streams over every group of rules; the disagreements are counted so
    // that a growing list shows in the log.
    void theCorpusCoversEveryRule()
    {
        QVERIFY2(m_cases.size() >= 300, qPrintable(QString::number(m_cases.size())));
        QMap<QString, int> perCategory;
        QSet<QString> reasons;
        int disagreements = 0;
        for (const QJsonValue value : m_cases) {
            const QJsonObject testCase = value.toObject();
            ++perCategory[testCase.value(QLatin1String("category")).toString()];
            const QJsonValue disagreement = testCase.value(QLatin1String("disagreement"));
            if (disagreement.isObject()) {
                ++disagreements;
                reasons.insert(disagreement.toObject().value(QLatin1String("reason")).toString());
            }
        }
        for (const char *category :
             {"request line", "targets", "fields", "host", "content-length", "transfer-encoding", "chunked",
              "line ends", "obs-fold", "connection", "pipelines", "smuggling", "framing", "budgets"}) {
            QVERIFY2(perCategory.value(QLatin1String(category)) > 0, category);
        }
        qInfo("%lld cases; %d deliberate disagreements for %lld reasons", qlonglong(m_cases.size()),
              disagreements, qlonglong(reasons.size()));
    }

    void readsEveryStreamLikeH11_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases[i].toObject().value(QLatin1String("name")).toString())) << i;
    }
    void readsEveryStreamLikeH11()
    {
        QFETCH(int, index);
        const QJsonObject testCase = m_cases[index].toObject();
        const QString name = testCase.value(QLatin1String("name")).toString();
        const QByteArray stream
            = QByteArray::fromBase64(testCase.value(QLatin1String("input")).toString().toLatin1());
        const Reading ours = readWithOurParser(stream);
        const std::optional<Reading> oracle = fromOracle(testCase.value(QLatin1String("h11")).toObject());
        QVERIFY2(oracle, qPrintable(QStringLiteral("'%1': the oracle's outcome is unreadable").arg(name)));
        const Reading &h11 = *oracle;

        // However TCP cuts the stream, our parser reads it the same way.
        for (const qsizetype cut : splitPoints(testCase, stream.size())) {
            const Reading split = readWithOurParser(stream, cut);
            QVERIFY2(split.sameAs(ours),
                     qPrintable(QStringLiteral("'%1' cut after byte %2: %3; whole: %4")
                                    .arg(name)
                                    .arg(cut)
                                    .arg(describe(split), describe(ours))));
        }

        // h11 should be split-invariant too, unless the corpus says why not.
        const int h11SplitDifferences = testCase.value(QLatin1String("h11_split_differences")).toInt();
        const QString h11SplitNote = testCase.value(QLatin1String("h11_split_note")).toString();
        QVERIFY2((h11SplitDifferences > 0) == !h11SplitNote.isEmpty(),
                 qPrintable(QStringLiteral("'%1': h11 reads %2 of its cuts differently from the whole stream "
                                           "(first after byte %3), and the corpus says: '%4'")
                                .arg(name)
                                .arg(h11SplitDifferences)
                                .arg(testCase.value(QLatin1String("h11_first_split_difference")).toInt())
                                .arg(h11SplitNote)));
        if (h11SplitDifferences > 0)
            qInfo("'%s': h11 is not split-invariant here: %s", qPrintable(name), qPrintable(h11SplitNote));

        const QString differs = difference(ours, h11);
        const QString both = QStringLiteral("ours: %1; h11: %2; stream: %3")
                                 .arg(describe(ours), describe(h11), printable(stream));
        const QJsonValue declared = testCase.value(QLatin1String("disagreement"));
        if (!declared.isObject()) {
            QVERIFY2(differs.isEmpty(), qPrintable(QStringLiteral("'%1': %2 — %3").arg(name, differs, both)));
            return;
        }
        // A deliberate disagreement must still be one, exactly as the corpus describes it.
        const QJsonObject disagreement = declared.toObject();
        const QString reason = disagreement.value(QLatin1String("reason")).toString();
        QVERIFY2(!differs.isEmpty(),
                 qPrintable(QStringLiteral("'%1' is listed as a disagreement but both read it the same way "
                                           "(%2); remove it from the list")
                                .arg(name, both)));
        QCOMPARE(ours.summary(), disagreement.value(QLatin1String("ours")).toString());
        QCOMPARE(h11.summary(), disagreement.value(QLatin1String("h11")).toString());
        qInfo("'%s': deliberate disagreement (%s): %s", qPrintable(name), qPrintable(both),
              qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestHttpConformance)
#include "tst_httpconformance.moc"
