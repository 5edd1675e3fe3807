#include "HttpServerFixture.h"

HttpServerFixture::HttpServerFixture(std::shared_ptr<const HttpRouter> router, HttpServerConfig config)
{
    m_server.setRouter(std::move(router));
    m_server.setConfig(config);
}

HttpServerFixture::~HttpServerFixture()
{
    m_server.stop();
}

HttpServerConfig HttpServerFixture::defaultConfig()
{
    HttpServerConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.threads = 1;
    return config;
}

bool HttpServerFixture::start()
{
    const Result<quint16> started = m_server.start();
    if (!started) {
        m_error = started.error().detailedMessage();
        return false;
    }
    return true;
}

QUrl HttpServerFixture::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_server.isSecure() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}
