#pragma once

#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "HttpServerConfig.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class HttpWorker;
struct HttpServerContext;
class QThread;

// The HTTP/1.1 server: N worker threads, each accepting on its own SO_REUSEPORT socket bound to one
// shared port, parsing and answering requests through an HttpRouter. Used from the thread that
// created it (the GUI thread, or main() of bookwarden-server); start() and stop() may be repeated.
//
//   HttpServer server;
//   server.setConfig(config);                          // HttpServerConfig: address, port, threads, TLS…
//   server.setRouter(router);                          // std::shared_ptr<const HttpRouter>, built before
//   server.setWorkerHooks([] { openThreadDatabase(); }, [] { closeThreadDatabase(); });
//   const Result<quint16> port = server.start();       // bound port, or why not (port in use, bad cert…)
//   ...
//   server.stop();                                     // graceful, bounded by limits.drainTimeoutMs
//
// Handlers run on the worker threads, several at a time; a deferred handler must continue on its
// worker thread (e.g. future.then(QThread::currentThread()-owned object, …)) or call
// HttpResponder::send() from anywhere, never block waiting for the thread that calls stop().
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override; // stops

    // These take effect at the next start().
    void setConfig(const HttpServerConfig &config) { m_config = config; }
    const HttpServerConfig &config() const { return m_config; }
    void setRouter(std::shared_ptr<const HttpRouter> router) { m_router = std::move(router); }
    // Run on every worker thread: `onStart` before it accepts its first connection, `onFinish` after
    // its last connection closed, just before the thread ends (e.g. to open and close that thread's
    // database connection).
    void setWorkerHooks(std::function<void()> onStart, std::function<void()> onFinish);
    // The metrics are kept across restarts; replace them only while stopped.
    void setMetrics(std::shared_ptr<HttpMetrics> metrics);
    std::shared_ptr<HttpMetrics> metrics() const { return m_metrics; }

    Result<quint16> start();
    // Stops accepting, lets requests in flight finish (at most limits.drainTimeoutMs), closes every
    // connection and joins the worker threads. Does nothing when not running.
    void stop();

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    bool isSecure() const { return m_running && m_activeConfig.tlsEnabled(); }
    // Where clients can reach the server, e.g. http://127.0.0.1:8080/ (every interface's address
    // when bound to 0.0.0.0 or ::).
    QList<QUrl> urls() const;
    int openConnections() const { return m_metrics->openConnections(); }

    // On a worker thread, its index (0…threads-1); elsewhere -1.
    static int currentWorkerIndex();

signals:
    void runningChanged(bool running);
    // Connections or requests changed; emitted at most four times a second while running, for views
    // that poll openConnections() and metrics()->recentRequests().
    void statusChanged();

private:
    struct Worker
    {
        QThread *thread = nullptr;
        HttpWorker *worker = nullptr;
    };

    void stopWorkers();
    void emitStatusIfChanged();

    HttpServerConfig m_config;
    HttpServerConfig m_activeConfig; // what the running server was started with
    std::shared_ptr<const HttpRouter> m_router;
    std::shared_ptr<HttpMetrics> m_metrics;
    std::function<void()> m_workerStarted;
    std::function<void()> m_workerFinished;
    QList<Worker> m_workers;
    QTimer m_statusTimer;
    int m_lastOpenConnections = -1;
    quint64 m_lastRequestCount = 0;
    quint16 m_port = 0;
    bool m_running = false;
};
