#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

// One answered request, as the request log shows it.
struct HttpRequestRecord
{
    quint64 sequence = 0; // increases by one per request, server-wide
    qint64 timeMs = 0; // when the request had fully arrived, ms since the epoch (UTC)
    QHostAddress client;
    QByteArray method; // as sent; empty for a request refused before its request line was understood
    QString path;
    QString route; // the pattern that matched; empty when none did
    int status = 0;
    qint64 latencyUs = 0; // from the request's arrival until its response was handed to the socket
    QString userLabel;
};

// The server's counters: what the GUI's live view polls and what /metrics renders in the Prometheus text
// format. Safe to use from any thread. Recording a request costs one uncontended lock: every worker
// thread has a shard of its own, and readers add the shards up.
//
//   metrics.describeCounter("bookwarden_logins_total", "Login attempts by result.");
//   metrics.incrementCounter("bookwarden_logins_total", {{"result", "ok"}});
//   const QList<HttpRequestRecord> fresh = metrics.recentRequests(lastSeen);   // GUI, polling
//   HttpResponse response;                                                         // GET /metrics
//   response.setBody(metrics.prometheusText(), HttpMetrics::prometheusContentType());
class HttpMetrics
{
public:
    using Labels = QList<QPair<QByteArray, QByteArray>>;

    // Upper bounds of the latency histogram's buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 16> latencyBucketsSeconds {
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    struct LatencyHistogram
    {
        std::array<quint64, latencyBucketsSeconds.size() + 1>
            buckets {}; // per bucket, not cumulative; last = +Inf
        quint64 count = 0;
        quint64 sumUs = 0;
    };

    explicit HttpMetrics(int recentRequestCapacity = 1000);
    ~HttpMetrics();
    HttpMetrics(const HttpMetrics &) = delete;
    HttpMetrics &operator=(const HttpMetrics &) = delete;

    // The engine's side. `workerIndex` picks the shard; -1 (not a worker) is fine.
    void recordRequest(HttpRequestRecord record, int workerIndex);
    void connectionOpened();
    void connectionClosed();
    void connectionRejected(const QByteArray &reason);

    // Counters other layers own. Names follow Prometheus rules ([a-zA-Z_:][a-zA-Z0-9_:]*, label names
    // [a-zA-Z_][a-zA-Z0-9_]*); a bad name is logged and ignored.
    void describeCounter(const QByteArray &name, const QByteArray &help);
    void incrementCounter(const QByteArray &name, const Labels &labels = {}, quint64 amount = 1);
    quint64 counterValue(const QByteArray &name, const Labels &labels = {}) const;
    // A value another layer keeps and /metrics reads when it renders, such as the database writer's
    // commit counts. `read` must be safe to call from any thread.
    enum class ReadoutType { Counter, Gauge };
    void describeReadout(const QByteArray &name, ReadoutType type, const QByteArray &help,
                         std::function<quint64()> read);

    quint64 requestsTotal() const;
    // Requests answered with a status of the class (4 for 4xx, 5 for 5xx), exact however busy the server.
    quint64 requestsWithStatusClass(int statusClass) const;
    // Requests answered for a route pattern ("" for unmatched) with a status; status 0 counts every status.
    quint64 requestCount(const QString &route, int status = 0) const;
    // The latency histogram of one route pattern, or of every request when `route` is null.
    LatencyHistogram latency(const QString &route = QString()) const;
    int openConnections() const { return m_openConnections.load(std::memory_order_relaxed); }
    quint64 connectionsAccepted() const { return m_connectionsAccepted.load(std::memory_order_relaxed); }

    // The newest requests (at most the capacity), oldest first; pass the last sequence seen to get only
    // what came after it.
    QList<HttpRequestRecord> recentRequests(quint64 afterSequence = 0) const;
    quint64 lastSequence() const { return m_sequence.load(std::memory_order_relaxed); }

    QByteArray prometheusText() const;
    static QByteArray prometheusContentType();

    // The method label of the request series: a standard method as it is, any other token "other", so
    // that a client making up methods cannot make up series (the route label is a pattern, never a path).
    static QByteArray methodLabel(QByteArrayView method);

    static bool isValidMetricName(QByteArrayView name);
    static bool isValidLabelName(QByteArrayView name);

private:
    struct Shard;
    static constexpr int shardCount = 65; // one per possible worker (64) and one for everyone else

    Shard &shardFor(int workerIndex);

    const int m_recentCapacity;
    std::array<std::unique_ptr<Shard>, shardCount> m_shards;
    std::atomic<quint64> m_sequence {0};
    std::array<std::atomic<quint64>, 6> m_requestsByStatusClass {}; // index: status / 100
    std::atomic<int> m_openConnections {0};
    std::atomic<quint64> m_connectionsAccepted {0};

    mutable QMutex m_countersMutex;
    struct NamedCounter
    {
        QByteArray help;
        QList<QPair<QByteArray, quint64>> series; // rendered label set → value
    };
    QList<QPair<QByteArray, NamedCounter>> m_counters; // few, looked up linearly
    struct Readout
    {
        QByteArray name;
        ReadoutType type;
        QByteArray help;
        std::function<quint64()> read;
    };
    QList<Readout> m_readouts; // under m_countersMutex; rendered in the order described
};
