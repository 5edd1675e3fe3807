#include "HttpServer.h"

#include "HttpLogging.h"
#include "HttpServerContext.h"
#include "HttpWorker.h"
#include "ReusePortSockets.h"
#include "TlsCredentials.h"

#include <QNetworkInterface>
#include <QThread>

namespace {
constexpr int maximumThreads = 64;
constexpr int statusIntervalMs = 250;

QUrl urlFor(const QString &scheme, const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_metrics(std::make_shared<HttpMetrics>())
{
    m_statusTimer.setInterval(statusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &HttpServer::emitStatusIfChanged);
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::setWorkerHooks(std::function<void()> onStart, std::function<void()> onFinish)
{
    m_workerStarted = std::move(onStart);
    m_workerFinished = std::move(onFinish);
}

void HttpServer::setMetrics(std::shared_ptr<HttpMetrics> metrics)
{
    if (m_running) {
        qCWarning(lcHttp) << "the metrics of a running server cannot be replaced";
        return;
    }
    if (metrics)
        m_metrics = std::move(metrics);
}

int HttpServer::currentWorkerIndex()
{
    return HttpWorker::currentIndex();
}

Result<quint16> HttpServer::start()
{
    if (m_running)
        return Error::conflict(ErrorCode::ServerRunning,
                               QStringLiteral(QT_TRANSLATE_NOOP("Error", "The server is already running.")));
    const int threads = m_config.effectiveThreads();
    if (threads > maximumThreads)
        return Error::invalidField(QStringLiteral("threads"),
                                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "At most 64 worker threads.")));
    std::shared_ptr<const HttpRouter> router = m_router ? m_router : std::make_shared<const HttpRouter>();
    if (const Status valid = router->status(); !valid)
        return valid.error();

    auto context = std::make_shared<HttpServerContext>(m_config);
    context->router = std::move(router);
    context->metrics = m_metrics;
    context->workerStarted = m_workerStarted;
    context->workerFinished = m_workerFinished;
    if (m_config.tlsEnabled() || !m_config.tlsKeyFile.isEmpty()) {
        if (m_config.tlsCertificateFile.isEmpty() || m_config.tlsKeyFile.isEmpty())
            return Error::invalid(
                ErrorCode::TlsIncomplete,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "HTTPS needs both a certificate and a key file.")));
        Result<QSslConfiguration> tls
            = TlsCredentials::loadServerConfiguration(m_config.tlsCertificateFile, m_config.tlsKeyFile);
        if (!tls)
            return tls.error();
        context->tls = std::move(tls).value();
    }

    Result<ReusePortSockets> opened
        = ReusePortSockets::open(m_config.bindAddress, m_config.port, threads, m_config.sharePort);
    if (!opened)
        return opened.error();
    ReusePortSockets sockets = std::move(opened).value();

    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("http-worker-%1").arg(i));
        auto *worker = new HttpWorker(i, context);
        worker->moveToThread(thread);
        thread->start();
        m_workers.append(Worker {thread, worker});
        QString failure;
        const qintptr descriptor = sockets.take(i);
        QMetaObject::invokeMethod(
            worker, [worker, descriptor, &failure] { failure = worker->begin(descriptor); },
            Qt::BlockingQueuedConnection);
        if (!failure.isEmpty()) {
            stopWorkers();
            Error error = Error::unavailable(
                ErrorCode::ListenFailed,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "Cannot start the HTTP server: %1.")));
            error.withArguments({failure});
            return error;
        }
    }
    m_port = sockets.port();
    m_activeConfig = m_config;
    m_running = true;
    m_lastOpenConnections = -1;
    m_statusTimer.start();
    qCInfo(lcHttp).noquote() << "listening on" << urls().constFirst().toString() << "with" << threads
                             << (threads == 1 ? "worker thread" : "worker threads");
    emit runningChanged(true);
    return m_port;
}

void HttpServer::stop()
{
    if (!m_running)
        return;
    m_statusTimer.stop();
    stopWorkers();
    m_running = false;
    m_port = 0;
    qCInfo(lcHttp) << "stopped";
    emit runningChanged(false);
    emitStatusIfChanged();
}

void HttpServer::stopWorkers()
{
    for (const Worker &worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker.worker, &HttpWorker::beginShutdown, Qt::QueuedConnection);
    // Each worker bounds its own drain by limits.drainTimeoutMs, so these waits end.
    for (const Worker &worker : std::as_const(m_workers)) {
        worker.thread->wait();
        delete worker.worker;
        delete worker.thread;
    }
    m_workers.clear();
}

QList<QUrl> HttpServer::urls() const
{
    if (!m_running)
        return {};
    const QString scheme = m_activeConfig.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http");
    const QHostAddress &bound = m_activeConfig.bindAddress;
    const bool anyIPv6 = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv6;
    if (!anyIPv6 && bound != QHostAddress::AnyIPv4)
        return {urlFor(scheme, bound, m_port)};
    QList<QUrl> urls {urlFor(scheme, QHostAddress(QHostAddress::LocalHost), m_port)};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol
            || (anyIPv6 && address.protocol() == QAbstractSocket::IPv6Protocol))
            urls.append(urlFor(scheme, address, m_port));
    }
    return urls;
}

void HttpServer::emitStatusIfChanged()
{
    const int open = m_metrics->openConnections();
    const quint64 requests = m_metrics->requestsTotal();
    if (open == m_lastOpenConnections && requests == m_lastRequestCount)
        return;
    m_lastOpenConnections = open;
    m_lastRequestCount = requests;
    emit statusChanged();
}
