#include "ApiServer.h"

#include "ApiContext.h"
#include "AuthRoutes.h"
#include "Backend.h"
#include "BookRoutes.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "HttpServer.h"
#include "HttpServerConfig.h"
#include "SeedRoutes.h"
#include "SystemRoutes.h"
#include "UserRoutes.h"
#include "storage/Database.h"
#include "tokens/TokenService.h"

namespace {
const QByteArray tokensIssuedMetric = QByteArrayLiteral("bookwarden_tokens_issued_total");
const QByteArray loginsMetric = QByteArrayLiteral("bookwarden_logins_total");
} // namespace

ApiServer::ApiServer(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_http(std::make_unique<HttpServer>())
{
    auto metrics = std::make_shared<HttpMetrics>();
    metrics->describeCounter(loginsMetric, "Sign-in attempts by result (ok, failed, throttled).");
    metrics->describeCounter(tokensIssuedMetric,
                             "Access tokens issued (sign-ins, refreshes and minted tokens).");
    m_http->setMetrics(metrics);
    m_context = std::make_unique<ApiContext>(ApiContext {backend, metrics});

    m_router = std::make_shared<HttpRouter>();
    AuthRoutes::install(*m_router, *m_context);
    BookRoutes::install(*m_router, *m_context);
    UserRoutes::install(*m_router, *m_context);
    SeedRoutes::install(*m_router, *m_context);
    SystemRoutes::install(*m_router, *m_context);
    m_http->setRouter(m_router);

    Database *database = &backend.database();
    m_http->setWorkerHooks([] { ApiAnswer::createWorkerContext(); },
                           [database] {
                               ApiAnswer::destroyWorkerContext();
                               database->releaseThreadConnection();
                           });

    connect(
        &backend.tokens(), &TokenService::accessTokenIssued, this,
        [metrics](const QString &, const QString &) { metrics->incrementCounter(tokensIssuedMetric); },
        Qt::DirectConnection);
    connect(m_http.get(), &HttpServer::runningChanged, this, &ApiServer::runningChanged);
    connect(m_http.get(), &HttpServer::statusChanged, this, &ApiServer::statusChanged);
}

ApiServer::~ApiServer()
{
    m_http->stop();
}

Result<quint16> ApiServer::start(const ServerOptions &options)
{
    if (m_http->isRunning())
        m_http->stop();
    m_http->setConfig(HttpServerConfig::fromServerOptions(options));
    return m_http->start();
}

void ApiServer::stop()
{
    m_http->stop();
}

bool ApiServer::isRunning() const
{
    return m_http->isRunning();
}

bool ApiServer::isSecure() const
{
    return m_http->isSecure();
}

quint16 ApiServer::port() const
{
    return m_http->port();
}

QList<QUrl> ApiServer::urls() const
{
    return m_http->urls();
}

int ApiServer::openConnections() const
{
    return m_http->openConnections();
}

std::shared_ptr<HttpMetrics> ApiServer::metrics() const
{
    return m_http->metrics();
}

std::shared_ptr<const HttpRouter> ApiServer::router() const
{
    return m_router;
}
