#pragma once

#include "ServerOptions.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class Backend;
class HttpMetrics;
class HttpRouter;
class HttpServer;
struct ApiContext;

// Bookwarden's REST server: every route of the API over the core back end, on the multi-threaded HTTP
// engine. The one interface the GUI's server panel and bookwarden-server use to start, stop and watch it.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(Backend &backend, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens as the options say; the bound port (useful with port 0), or why not (port in use, bad
    // address, unreadable or mismatched certificate and key).
    Result<quint16> start(const ServerOptions &options);
    // Graceful: stops accepting, lets requests in flight finish, closes the workers' database connections.
    void stop();

    bool isRunning() const;
    bool isSecure() const;
    quint16 port() const;
    // Where clients reach the server (every interface's address when bound to all of them).
    QList<QUrl> urls() const;
    int openConnections() const;
    std::shared_ptr<HttpMetrics> metrics() const;
    // Every route, for the OpenAPI comparison test and the index page.
    std::shared_ptr<const HttpRouter> router() const;

signals:
    void runningChanged(bool running);
    // Connections or request counts changed (at most a few times a second while running).
    void statusChanged();

private:
    Backend &m_backend;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<HttpServer> m_http;
    std::shared_ptr<HttpRouter> m_router;
};
