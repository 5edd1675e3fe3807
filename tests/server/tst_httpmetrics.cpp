#include "HttpServerFixture.h"
#include "RawHttpClient.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

namespace {
std::shared_ptr<HttpRouter> makeRouter(std::shared_ptr<HttpMetrics> metrics)
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/books/{id}"), [](HttpRequest &request) {
        request.setUserLabel(QStringLiteral("reader"));
        return HttpResponse::text(request.pathParameter(QStringLiteral("id")));
    });
    router->route("GET", QStringLiteral("/metrics"), [metrics](HttpRequest &) {
        HttpResponse response;
        response.setBody(metrics->prometheusText(), HttpMetrics::prometheusContentType());
        return response;
    });
    return router;
}

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

QString unescapeLabel(const QString &escaped)
{
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == QLatin1Char('\\') && i + 1 < escaped.size()) {
            ++i;
            out += escaped[i] == QLatin1Char('n') ? QLatin1Char('\n') : escaped[i];
        } else {
            out += escaped[i];
        }
    }
    return out;
}

// A strict reading of the Prometheus text format 0.0.4: every line is a HELP, a TYPE or a sample, a
// sample's family has a TYPE before it, and label values unescape cleanly.
bool parsePrometheus(const QByteArray &text, QList<Sample> *samples, QMap<QString, QString> *types,
                     QString *error)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$"));
    static const QRegularExpression type(
        QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"));
    static const QRegularExpression sample(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$"));
    static const QRegularExpression label(
        QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(,|$)"));
    if (!text.endsWith('\n')) {
        *error = QStringLiteral("no final newline");
        return false;
    }
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (help.match(line).hasMatch())
            continue;
        if (const auto typed = type.match(line); typed.hasMatch()) {
            types->insert(typed.captured(1), typed.captured(2));
            continue;
        }
        const auto matched = sample.match(line);
        bool numeric = false;
        const double value
            = matched.captured(4) == QLatin1String("+Inf") ? qInf() : matched.captured(4).toDouble(&numeric);
        if (!matched.hasMatch() || (!numeric && !qIsInf(value))) {
            *error = QStringLiteral("bad line: ") + line;
            return false;
        }
        Sample parsed {matched.captured(1), {}, value};
        QString family = parsed.name;
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (!types->contains(family) && family.endsWith(QLatin1String(suffix)))
                family.chop(int(qstrlen(suffix)));
        }
        if (!types->contains(family)) {
            *error = QStringLiteral("sample before its TYPE: ") + line;
            return false;
        }
        const QString labels = matched.captured(3);
        qsizetype consumed = 0;
        for (auto it = label.globalMatch(labels); it.hasNext();) {
            const auto pair = it.next();
            if (pair.capturedStart() != consumed) {
                *error = QStringLiteral("bad labels: ") + line;
                return false;
            }
            consumed = pair.capturedEnd();
            parsed.labels.insert(pair.captured(1), unescapeLabel(pair.captured(2)));
        }
        if (consumed != labels.size()) {
            *error = QStringLiteral("bad labels: ") + line;
            return false;
        }
        samples->append(parsed);
    }
    return true;
}
// A server whose metrics the test reads directly.
struct MeteredServer
{
    MeteredServer()
        : fixture(makeRouter(metrics))
    {
        fixture.server().setMetrics(metrics);
    }
    std::shared_ptr<HttpMetrics> metrics = std::make_shared<HttpMetrics>(100);
    HttpServerFixture fixture;
};
} // namespace

class TestHttpMetrics : public QObject
{
    Q_OBJECT

private slots:
    void countsRequestsByRouteAndStatus()
    {
        MeteredServer server;
        HttpServerFixture &fixture = server.fixture;
        const std::shared_ptr<HttpMetrics> &metrics = server.metrics;
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));

        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        QTRY_COMPARE_WITH_TIMEOUT(metrics->openConnections(), 1, 5000); // once the worker accepted it
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.request(RawHttpClient::get("/books/" + QByteArray::number(i)))->status, 200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.request(RawHttpClient::get("/nowhere"))->status, 404);

        QCOMPARE(metrics->requestsTotal(), quint64(7));
        QCOMPARE(metrics->requestCount(QStringLiteral("/books/{id}"), 200), quint64(5));
        QCOMPARE(metrics->requestCount(QStringLiteral("/books/{id}")), quint64(5));
        QCOMPARE(metrics->requestCount(QString(), 404), quint64(2));
        const HttpMetrics::LatencyHistogram books = metrics->latency(QStringLiteral("/books/{id}"));
        QCOMPARE(books.count, quint64(5));
        QCOMPARE(std::accumulate(books.buckets.cbegin(), books.buckets.cend(), quint64(0)), quint64(5));
        QCOMPARE(metrics->latency().count, quint64(7));

        const QList<HttpRequestRecord> recent = metrics->recentRequests();
        QCOMPARE(recent.size(), 7);
        const HttpRequestRecord &first = recent.constFirst();
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.path, QStringLiteral("/books/0"));
        QCOMPARE(first.route, QStringLiteral("/books/{id}"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.client, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(first.userLabel, QStringLiteral("reader"));
        QVERIFY(qAbs(first.timeMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        QCOMPARE(recent.constLast().status, 404);
        // Polling picks up only what is new.
        QCOMPARE(metrics->recentRequests(recent.at(4).sequence).size(), 2);
        QVERIFY(metrics->recentRequests(metrics->lastSequence()).isEmpty());

        client.close();
        QTRY_COMPARE_WITH_TIMEOUT(metrics->openConnections(), 0, 5000);
        QCOMPARE(metrics->connectionsAccepted(), quint64(1));
    }

    // A client cannot make up series: every method outside the standard ones is "other", and the route
    // label is a pattern (or empty when nothing matched), never the path that was asked for.
    void madeUpMethodsAndPathsAddNoSeries()
    {
        MeteredServer server;
        HttpServerFixture &fixture = server.fixture;
        const std::shared_ptr<HttpMetrics> &metrics = server.metrics;
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        QCOMPARE(client.request(RawHttpClient::get("/books/1"))->status, 200);
        const auto seriesCount
            = [&metrics] { return metrics->prometheusText().count("bookwarden_http_requests_total{"); };
        const qsizetype before = seriesCount();
        for (int i = 0; i < 150; ++i) {
            const QByteArray method = "MADEUP" + QByteArray::number(i);
            const auto response = client.request(method + " /books/" + QByteArray::number(i)
                                                 + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(response);
            QCOMPARE(response->status, 405);
            QCOMPARE(client.request(RawHttpClient::get("/nowhere/" + QByteArray::number(i)))->status, 404);
        }
        // One series for the made-up methods on the route, one for the unknown paths: two in all.
        QCOMPARE(seriesCount(), before + 2);
        const QByteArray text = metrics->prometheusText();
        QVERIFY(text.contains(
            "bookwarden_http_requests_total{method=\"other\",route=\"/books/{id}\",status=\"405\"} 150"));
        QVERIFY(
            text.contains("bookwarden_http_requests_total{method=\"GET\",route=\"\",status=\"404\"} 150"));
        QVERIFY(!text.contains("MADEUP"));
        QVERIFY(!text.contains("/nowhere"));
        // The request log still shows what was sent (it keeps a bounded number of records).
        QCOMPARE(metrics->recentRequests().constLast().path, QStringLiteral("/nowhere/149"));
    }

    void methodLabelsAreStandardMethodsOrOther_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("label");
        for (const char *standard :
             {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"})
            QTest::newRow(standard) << QByteArray(standard) << QByteArray(standard);
        QTest::newRow("lower case") << QByteArray("get") << QByteArray("other");
        QTest::newRow("WebDAV") << QByteArray("PROPFIND") << QByteArray("other");
        QTest::newRow("made up") << QByteArray("BREW") << QByteArray("other");
        QTest::newRow("refused before a method was read") << QByteArray() << QByteArray();
    }
    void methodLabelsAreStandardMethodsOrOther()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, label);
        QCOMPARE(HttpMetrics::methodLabel(method), label);
    }

    void recentRequestsAreBounded()
    {
        HttpMetrics metrics(10);
        for (int i = 0; i < 25; ++i)
            metrics.recordRequest(
                HttpRequestRecord {0, 0, {}, "GET", QStringLiteral("/%1").arg(i), {}, 200, 5, {}}, i % 2);
        const QList<HttpRequestRecord> recent = metrics.recentRequests();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.constFirst().path, QStringLiteral("/15"));
        QCOMPARE(recent.constLast().path, QStringLiteral("/24"));
        QCOMPARE(recent.constLast().sequence, quint64(25));
    }

    void statusClassesAreCountedExactlyWhenTheRecentLogOverflows()
    {
        HttpMetrics metrics(10);
        const int statuses[] = {200, 201, 204, 304, 400, 401, 404, 429, 500, 503};
        for (int i = 0; i < 1000; ++i)
            metrics.recordRequest(
                HttpRequestRecord {0, 0, {}, "GET", {}, QStringLiteral("/r"), statuses[i % 10], 5, {}},
                i % 2);
        QCOMPARE(metrics.recentRequests().size(), 10);
        QCOMPARE(metrics.requestsWithStatusClass(2), quint64(300));
        QCOMPARE(metrics.requestsWithStatusClass(3), quint64(100));
        QCOMPARE(metrics.requestsWithStatusClass(4), quint64(400));
        QCOMPARE(metrics.requestsWithStatusClass(5), quint64(200));
        QCOMPARE(metrics.requestsWithStatusClass(0), quint64(0));
        QCOMPARE(metrics.requestsWithStatusClass(9), quint64(0));
    }

    void recordingFromManyThreadsLosesNothing()
    {
        HttpMetrics metrics(50);
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&metrics, t] {
                for (int i = 0; i < 5000; ++i) {
                    metrics.recordRequest(
                        HttpRequestRecord {0, 0, {}, "GET", {}, QStringLiteral("/r"), 200, i % 3000, {}}, t);
                    metrics.incrementCounter("bookwarden_test_total",
                                             {{"thread", QByteArray::number(t % 2)}});
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(metrics.requestCount(QStringLiteral("/r"), 200), quint64(20000));
        QCOMPARE(metrics.latency(QStringLiteral("/r")).count, quint64(20000));
        QCOMPARE(metrics.counterValue("bookwarden_test_total", {{"thread", "0"}}), quint64(10000));
        QCOMPARE(metrics.counterValue("bookwarden_test_total", {{"thread", "1"}}), quint64(10000));
        QCOMPARE(metrics.recentRequests().size(), 50);
    }

    void latencyLandsInTheRightBucket_data()
    {
        QTest::addColumn<qint64>("latencyUs");
        QTest::addColumn<int>("bucket");
        QTest::newRow("fast") << qint64(40) << 0;
        QTest::newRow("on a bound") << qint64(100) << 0;
        QTest::newRow("just over") << qint64(101) << 1;
        QTest::newRow("a millisecond") << qint64(1000) << 3;
        QTest::newRow("slow") << qint64(3'000'000) << 14;
        QTest::newRow("beyond every bound") << qint64(60'000'000) << 16;
    }
    void latencyLandsInTheRightBucket()
    {
        QFETCH(qint64, latencyUs);
        QFETCH(int, bucket);
        HttpMetrics metrics;
        metrics.recordRequest(
            HttpRequestRecord {0, 0, {}, "GET", {}, QStringLiteral("/x"), 200, latencyUs, {}}, 0);
        const HttpMetrics::LatencyHistogram histogram = metrics.latency(QStringLiteral("/x"));
        QCOMPARE(histogram.buckets[size_t(bucket)], quint64(1));
        QCOMPARE(histogram.sumUs, quint64(latencyUs));
    }

    void namedCountersFollowPrometheusRules()
    {
        HttpMetrics metrics;
        metrics.describeCounter("bookwarden_logins_total", "Login attempts by result.");
        metrics.incrementCounter("bookwarden_logins_total", {{"result", "ok"}});
        metrics.incrementCounter("bookwarden_logins_total", {{"result", "ok"}}, 2);
        metrics.incrementCounter("bookwarden_logins_total", {{"result", "bad_password"}});
        metrics.incrementCounter("bookwarden_tokens_issued_total");
        QCOMPARE(metrics.counterValue("bookwarden_logins_total", {{"result", "ok"}}), quint64(3));
        QCOMPARE(metrics.counterValue("bookwarden_logins_total", {{"result", "bad_password"}}), quint64(1));
        QCOMPARE(metrics.counterValue("bookwarden_tokens_issued_total"), quint64(1));

        metrics.incrementCounter("bad name"); // ignored, with a warning
        metrics.incrementCounter("bookwarden_x_total", {{"bad-label", "v"}});
        metrics.incrementCounter("bookwarden_y_total", {{"__reserved", "v"}});
        QCOMPARE(metrics.counterValue("bad name"), quint64(0));
        QVERIFY(!metrics.prometheusText().contains("bookwarden_x_total"));
        QVERIFY(!metrics.prometheusText().contains("bookwarden_y_total"));
    }

    void prometheusTextParses()
    {
        auto metrics = std::make_shared<HttpMetrics>();
        HttpServerFixture fixture(makeRouter(metrics));
        fixture.server().setMetrics(metrics);
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        metrics->describeCounter("bookwarden_logins_total", "Login attempts\nby \"result\" \\ reason.");
        metrics->incrementCounter("bookwarden_logins_total", {{"result", "we\"ird\\va\nlue"}});

        RawHttpClient client;
        QVERIFY(client.connectTo(fixture.port()));
        QCOMPARE(client.request(RawHttpClient::get("/books/1"))->status, 200);
        QCOMPARE(client.request(RawHttpClient::get("/nowhere"))->status, 404);
        const auto response = client.request(RawHttpClient::get("/metrics"));
        QVERIFY(response);
        QCOMPARE(response->header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));

        QList<Sample> samples;
        QMap<QString, QString> types;
        QString error;
        QVERIFY2(parsePrometheus(response->body, &samples, &types, &error), qPrintable(error));
        QCOMPARE(types.value(QStringLiteral("bookwarden_http_requests_total")), QStringLiteral("counter"));
        QCOMPARE(types.value(QStringLiteral("bookwarden_http_request_duration_seconds")),
                 QStringLiteral("histogram"));
        QCOMPARE(types.value(QStringLiteral("bookwarden_http_open_connections")), QStringLiteral("gauge"));

        const auto find
            = [&samples](const QString &name, const QMap<QString, QString> &labels) -> std::optional<double> {
            for (const Sample &sample : std::as_const(samples)) {
                if (sample.name == name && sample.labels == labels)
                    return sample.value;
            }
            return std::nullopt;
        };
        const QString requests = QStringLiteral("bookwarden_http_requests_total");
        QCOMPARE(find(requests,
                      {{QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("route"), QStringLiteral("/books/{id}")},
                       {QStringLiteral("status"), QStringLiteral("200")}}),
                 std::optional<double>(1));
        QCOMPARE(find(requests,
                      {{QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("route"), QString()},
                       {QStringLiteral("status"), QStringLiteral("404")}}),
                 std::optional<double>(1));
        QCOMPARE(find(QStringLiteral("bookwarden_http_open_connections"), {}), std::optional<double>(1));
        QCOMPARE(find(QStringLiteral("bookwarden_logins_total"),
                      {{QStringLiteral("result"), QStringLiteral("we\"ird\\va\nlue")}}),
                 std::optional<double>(1));
        QVERIFY(response->body.contains(
            "# HELP bookwarden_logins_total Login attempts\\nby \"result\" \\\\ reason.\n"));

        // Buckets are cumulative and end in +Inf == _count.
        const QString route = QStringLiteral("/books/{id}");
        double previous = 0;
        int buckets = 0;
        for (const Sample &sample : std::as_const(samples)) {
            if (sample.name != QLatin1String("bookwarden_http_request_duration_seconds_bucket")
                || sample.labels.value(QStringLiteral("route")) != route)
                continue;
            QVERIFY(sample.value >= previous);
            previous = sample.value;
            ++buckets;
        }
        QCOMPARE(buckets, int(HttpMetrics::latencyBucketsSeconds.size()) + 1);
        QCOMPARE(find(QStringLiteral("bookwarden_http_request_duration_seconds_bucket"),
                      {{QStringLiteral("route"), route}, {QStringLiteral("le"), QStringLiteral("+Inf")}}),
                 std::optional<double>(1));
        QCOMPARE(find(QStringLiteral("bookwarden_http_request_duration_seconds_count"),
                      {{QStringLiteral("route"), route}}),
                 std::optional<double>(1));
    }
};

QTEST_GUILESS_MAIN(TestHttpMetrics)
#include "tst_httpmetrics.moc"
