#include "HttpMetrics.h"

#include "HttpLogging.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {
struct RequestKey
{
    QString route;
    QByteArray method;
    int status = 0;
    bool operator==(const RequestKey &other) const = default;
};

size_t qHash(const RequestKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.route, key.method, key.status);
}

constexpr std::array<qint64, HttpMetrics::latencyBucketsSeconds.size()> bucketBoundsUs = [] {
    std::array<qint64, HttpMetrics::latencyBucketsSeconds.size()> bounds {};
    for (size_t i = 0; i < bounds.size(); ++i)
        bounds[i] = qint64(HttpMetrics::latencyBucketsSeconds[i] * 1'000'000 + 0.5);
    return bounds;
}();

// Prometheus text format 0.0.4: label values escape backslash, double quote and newline; HELP text
// escapes backslash and newline.
QByteArray escaped(QByteArrayView text, bool quote)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quote)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray renderLabels(const HttpMetrics::Labels &labels)
{
    if (labels.isEmpty())
        return {};
    HttpMetrics::Labels sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    QByteArray out = "{";
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (out.size() > 1)
            out += ',';
        out += name + "=\"" + escaped(value, true) + '"';
    }
    return out + '}';
}

void addHistogram(HttpMetrics::LatencyHistogram &into, const HttpMetrics::LatencyHistogram &from)
{
    for (size_t i = 0; i < into.buckets.size(); ++i)
        into.buckets[i] += from.buckets[i];
    into.count += from.count;
    into.sumUs += from.sumUs;
}

void appendHeader(QByteArray &out, QByteArrayView name, QByteArrayView type, QByteArrayView help)
{
    if (!help.isEmpty())
        out += "# HELP " + name.toByteArray() + ' ' + escaped(help, false) + '\n';
    out += "# TYPE " + name.toByteArray() + ' ' + type.toByteArray() + '\n';
}
} // namespace

struct HttpMetrics::Shard
{
    QMutex mutex;
    QHash<RequestKey, quint64> requests;
    QHash<QString, LatencyHistogram> latency;
    QList<HttpRequestRecord> recent; // a ring once full
    qsizetype recentNext = 0;
};

HttpMetrics::HttpMetrics(int recentRequestCapacity)
    : m_recentCapacity(qMax(1, recentRequestCapacity))
{
    for (auto &shard : m_shards)
        shard = std::make_unique<Shard>();
    describeCounter(QByteArrayLiteral("bookwarden_http_connections_rejected_total"),
                    QByteArrayLiteral("Connections closed right after accept, by cap (per_client, total)."));
}

HttpMetrics::~HttpMetrics() = default;

HttpMetrics::Shard &HttpMetrics::shardFor(int workerIndex)
{
    return *m_shards[workerIndex >= 0 && workerIndex < shardCount - 1 ? workerIndex : shardCount - 1];
}

void HttpMetrics::recordRequest(HttpRequestRecord record, int workerIndex)
{
    record.sequence = m_sequence.fetch_add(1, std::memory_order_relaxed) + 1;
    if (const int statusClass = record.status / 100;
        statusClass > 0 && statusClass < int(m_requestsByStatusClass.size()))
        m_requestsByStatusClass[size_t(statusClass)].fetch_add(1, std::memory_order_relaxed);
    size_t bucket = 0;
    while (bucket < bucketBoundsUs.size() && record.latencyUs > bucketBoundsUs[bucket])
        ++bucket;

    Shard &shard = shardFor(workerIndex);
    QMutexLocker locker(&shard.mutex);
    ++shard.requests[RequestKey {record.route, methodLabel(record.method), record.status}];
    LatencyHistogram &histogram = shard.latency[record.route];
    ++histogram.buckets[bucket];
    ++histogram.count;
    histogram.sumUs += quint64(qMax<qint64>(0, record.latencyUs));
    if (shard.recent.size() < m_recentCapacity) {
        shard.recent.append(std::move(record));
    } else {
        shard.recent[shard.recentNext] = std::move(record);
        shard.recentNext = (shard.recentNext + 1) % m_recentCapacity;
    }
}

void HttpMetrics::connectionOpened()
{
    m_openConnections.fetch_add(1, std::memory_order_relaxed);
    m_connectionsAccepted.fetch_add(1, std::memory_order_relaxed);
}

void HttpMetrics::connectionClosed()
{
    m_openConnections.fetch_sub(1, std::memory_order_relaxed);
}

void HttpMetrics::connectionRejected(const QByteArray &reason)
{
    incrementCounter(QByteArrayLiteral("bookwarden_http_connections_rejected_total"), {{"reason", reason}});
}

void HttpMetrics::describeReadout(const QByteArray &name, ReadoutType type, const QByteArray &help,
                                  std::function<quint64()> read)
{
    if (!isValidMetricName(name) || !read) {
        qCWarning(lcHttp) << "ignoring a readout with an invalid name or no reader:" << name;
        return;
    }
    QMutexLocker locker(&m_countersMutex);
    m_readouts.removeIf([&name](const Readout &readout) { return readout.name == name; });
    m_readouts.append(Readout {name, type, help, std::move(read)});
}

void HttpMetrics::describeCounter(const QByteArray &name, const QByteArray &help)
{
    if (!isValidMetricName(name)) {
        qCWarning(lcHttp) << "ignoring a counter with an invalid name:" << name;
        return;
    }
    QMutexLocker locker(&m_countersMutex);
    for (auto &[existing, counter] : m_counters) {
        if (existing == name) {
            counter.help = help;
            return;
        }
    }
    m_counters.append({name, NamedCounter {help, {}}});
}

void HttpMetrics::incrementCounter(const QByteArray &name, const Labels &labels, quint64 amount)
{
    if (!isValidMetricName(name)) {
        qCWarning(lcHttp) << "ignoring a counter with an invalid name:" << name;
        return;
    }
    for (const auto &label : labels) {
        if (!isValidLabelName(label.first)) {
            qCWarning(lcHttp) << "ignoring counter" << name << "with an invalid label name:" << label.first;
            return;
        }
    }
    const QByteArray series = renderLabels(labels);
    QMutexLocker locker(&m_countersMutex);
    auto counter = std::find_if(m_counters.begin(), m_counters.end(),
                                [&name](const auto &c) { return c.first == name; });
    if (counter == m_counters.end()) {
        m_counters.append({name, NamedCounter {}});
        counter = m_counters.end() - 1;
    }
    for (auto &[existing, value] : counter->second.series) {
        if (existing == series) {
            value += amount;
            return;
        }
    }
    counter->second.series.append({series, amount});
}

quint64 HttpMetrics::counterValue(const QByteArray &name, const Labels &labels) const
{
    const QByteArray series = renderLabels(labels);
    QMutexLocker locker(&m_countersMutex);
    for (const auto &[existing, counter] : m_counters) {
        if (existing != name)
            continue;
        for (const auto &[labelSet, value] : counter.series) {
            if (labelSet == series)
                return value;
        }
    }
    return 0;
}

quint64 HttpMetrics::requestsTotal() const
{
    return m_sequence.load(std::memory_order_relaxed);
}

quint64 HttpMetrics::requestsWithStatusClass(int statusClass) const
{
    if (statusClass <= 0 || statusClass >= int(m_requestsByStatusClass.size()))
        return 0;
    return m_requestsByStatusClass[size_t(statusClass)].load(std::memory_order_relaxed);
}

quint64 HttpMetrics::requestCount(const QString &route, int status) const
{
    quint64 total = 0;
    for (const auto &shard : m_shards) {
        QMutexLocker locker(&shard->mutex);
        for (auto it = shard->requests.cbegin(); it != shard->requests.cend(); ++it) {
            if (it.key().route == route && (status == 0 || it.key().status == status))
                total += it.value();
        }
    }
    return total;
}

HttpMetrics::LatencyHistogram HttpMetrics::latency(const QString &route) const
{
    LatencyHistogram total;
    for (const auto &shard : m_shards) {
        QMutexLocker locker(&shard->mutex);
        for (auto it = shard->latency.cbegin(); it != shard->latency.cend(); ++it) {
            if (route.isNull() || it.key() == route)
                addHistogram(total, it.value());
        }
    }
    return total;
}

QList<HttpRequestRecord> HttpMetrics::recentRequests(quint64 afterSequence) const
{
    QList<HttpRequestRecord> records;
    for (const auto &shard : m_shards) {
        QMutexLocker locker(&shard->mutex);
        for (const HttpRequestRecord &record : std::as_const(shard->recent)) {
            if (record.sequence > afterSequence)
                records.append(record);
        }
    }
    std::sort(records.begin(), records.end(),
              [](const HttpRequestRecord &a, const HttpRequestRecord &b) { return a.sequence < b.sequence; });
    if (records.size() > m_recentCapacity)
        records.remove(0, records.size() - m_recentCapacity);
    return records;
}

QByteArray HttpMetrics::methodLabel(QByteArrayView method)
{
    // RFC 9110's methods and PATCH (RFC 5789): the methods of the IANA registry a client of this API has
    // reason to send. Method tokens are case-sensitive, so "get" is other.
    static const QByteArray known[] {"GET",    "HEAD",    "POST",    "PUT",  "PATCH",
                                     "DELETE", "OPTIONS", "CONNECT", "TRACE"};
    if (method.isEmpty())
        return {}; // refused before a method was read
    for (const QByteArray &name : known) {
        if (method == name)
            return name;
    }
    return QByteArrayLiteral("other");
}

QByteArray HttpMetrics::prometheusText() const
{
    QMap<QByteArray, quint64> requests; // rendered labels → count, sorted for stable output
    QMap<QString, LatencyHistogram> latencies;
    for (const auto &shard : m_shards) {
        QMutexLocker locker(&shard->mutex);
        for (auto it = shard->requests.cbegin(); it != shard->requests.cend(); ++it) {
            const Labels labels {{"method", it.key().method},
                                 {"route", it.key().route.toUtf8()},
                                 {"status", QByteArray::number(it.key().status)}};
            requests[renderLabels(labels)] += it.value();
        }
        for (auto it = shard->latency.cbegin(); it != shard->latency.cend(); ++it)
            addHistogram(latencies[it.key()], it.value());
    }

    QByteArray out;
    out.reserve(4096);
    appendHeader(out, "bookwarden_http_requests_total", "counter",
                 "HTTP requests answered, by route pattern, method and status.");
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        out += "bookwarden_http_requests_total" + it.key() + ' ' + QByteArray::number(it.value()) + '\n';

    appendHeader(out, "bookwarden_http_request_duration_seconds", "histogram",
                 "Time from a request's arrival until its response was handed to the socket.");
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
        const QByteArray route = "route=\"" + escaped(it.key().toUtf8(), true) + '"';
        quint64 cumulative = 0;
        for (size_t i = 0; i < latencyBucketsSeconds.size(); ++i) {
            cumulative += it->buckets[i];
            out += "bookwarden_http_request_duration_seconds_bucket{" + route + ",le=\""
                + QByteArray::number(latencyBucketsSeconds[i], 'g', 6) + "\"} "
                + QByteArray::number(cumulative) + '\n';
        }
        out += "bookwarden_http_request_duration_seconds_bucket{" + route + ",le=\"+Inf\"} "
            + QByteArray::number(it->count) + '\n';
        out += "bookwarden_http_request_duration_seconds_sum{" + route + "} "
            + QByteArray::number(double(it->sumUs) / 1e6, 'f', 6) + '\n';
        out += "bookwarden_http_request_duration_seconds_count{" + route + "} "
            + QByteArray::number(it->count) + '\n';
    }

    appendHeader(out, "bookwarden_http_open_connections", "gauge", "HTTP connections open now.");
    out += "bookwarden_http_open_connections " + QByteArray::number(openConnections()) + '\n';
    appendHeader(out, "bookwarden_http_connections_total", "counter", "HTTP connections accepted.");
    out += "bookwarden_http_connections_total " + QByteArray::number(connectionsAccepted()) + '\n';

    QMutexLocker locker(&m_countersMutex);
    QList<QPair<QByteArray, NamedCounter>> counters = m_counters;
    const QList<Readout> readouts = m_readouts;
    locker.unlock();
    std::sort(counters.begin(), counters.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[name, counter] : counters) {
        appendHeader(out, name, "counter", counter.help);
        std::sort(counter.series.begin(), counter.series.end());
        for (const auto &[labels, value] : std::as_const(counter.series))
            out += name + labels + ' ' + QByteArray::number(value) + '\n';
    }
    for (const Readout &readout : readouts) {
        appendHeader(out, readout.name, readout.type == ReadoutType::Gauge ? "gauge" : "counter",
                     readout.help);
        out += readout.name + ' ' + QByteArray::number(readout.read()) + '\n';
    }
    return out;
}

QByteArray HttpMetrics::prometheusContentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

bool HttpMetrics::isValidMetricName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

bool HttpMetrics::isValidLabelName(QByteArrayView name)
{
    return isValidMetricName(name) && !name.contains(':') && !name.startsWith("__");
}
