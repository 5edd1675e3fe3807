#pragma once

#include "ConnectionLimiter.h"
#include "CorsPolicy.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "HttpServerConfig.h"

#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

// What every worker of one running server shares. Built by HttpServer::start() and not changed until
// the server stops, except the limiter and metrics, which lock internally.
struct HttpServerContext
{
    explicit HttpServerContext(const HttpServerConfig &serverConfig)
        : config(serverConfig)
        , cors(serverConfig.corsAllowedOrigins)
        , limiter(serverConfig.limits.maxConnections, serverConfig.limits.maxConnectionsPerClient)
    { }

    const HttpServerConfig config;
    std::shared_ptr<const HttpRouter> router;
    std::shared_ptr<HttpMetrics> metrics;
    const CorsPolicy cors;
    std::optional<QSslConfiguration> tls;
    std::function<void()> workerStarted;
    std::function<void()> workerFinished;
    mutable ConnectionLimiter limiter;
};
