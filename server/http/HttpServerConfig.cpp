#include "HttpServerConfig.h"

#include "ServerOptions.h"

#include <QThread>

int HttpServerConfig::effectiveThreads() const
{
    return threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
}

HttpServerConfig HttpServerConfig::fromServerOptions(const ServerOptions &options)
{
    HttpServerConfig config;
    config.bindAddress = options.bindAddress;
    config.port = options.port;
    config.threads = options.effectiveThreads();
    config.tlsCertificateFile = options.tlsCertificateFile;
    config.tlsKeyFile = options.tlsKeyFile;
    config.corsAllowedOrigins = options.corsOrigins;
    config.limits.maxBodyBytes = options.maxBodyBytes;
    return config;
}
