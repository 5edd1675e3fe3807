#include "ApiServer.h"

#include "ApiContext.h"
#include "ApiRoutes.h"
#include "AuthRoutes.h"
#include "Backend.h"
#include "BookRoutes.h"
#include "HttpMetrics.h"
#include "HttpRouter.h"
#include "HttpServer.h"
#include "HttpServerConfig.h"
#include "SystemRoutes.h"
#include "TutorialRoutes.h"
#include "UserRoutes.h"
#include "storage/Database.h"
#include "storage/GroupCommitWriter.h"
#include "tokens/TokenMinter.h"

namespace {
const QByteArray tokensIssuedMetric = QByteArrayLiteral("bookwarden_tokens_issued_total");
const QByteArray loginsMetric = QByteArrayLiteral("bookwarden_logins_total");

// How well group commit batches the writes: jobs per batch is jobs_total / batches_total.
void describeWriterReadouts(HttpMetrics &metrics, const GroupCommitWriter &writer)
{
    using Type = HttpMetrics::ReadoutType;
    metrics.describeReadout("bookwarden_db_write_batches_total", Type::Counter,
                            "Database transactions the group-commit writer committed or tried to.",
                            [&writer] { return writer.statistics().batches; });
    metrics.describeReadout("bookwarden_db_write_jobs_total", Type::Counter,
                            "Writes (one per changing request or GUI action) run in those transactions.",
                            [&writer] { return writer.statistics().jobs; });
    metrics.describeReadout("bookwarden_db_failed_commits_total", Type::Counter,
                            "Transactions that could not be committed (their writes were refused).",
                            [&writer] { return writer.statistics().failedCommits; });
    metrics.describeReadout("bookwarden_db_largest_write_batch", Type::Gauge,
                            "The most writes one transaction has carried since the start.",
                            [&writer] { return writer.statistics().largestBatch; });
}

// The engine's configuration from the options the command line or the Server tab gave.
HttpServerConfig httpConfigOf(const ServerOptions &options)
{
    HttpServerConfig config;
    config.bindAddress = options.bindAddress;
    config.port = options.port;
    config.threads = options.effectiveThreads();
    config.sharePort = options.sharePort;
    config.tlsCertificateFile = options.tlsCertificateFile;
    config.tlsKeyFile = options.tlsKeyFile;
    config.corsAllowedOrigins = options.corsOrigins;
    config.limits.maxBodyBytes = options.maxBodyBytes;
    return config;
}
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
    describeWriterReadouts(*metrics, backend.database().writer());
    m_http->setMetrics(metrics);
    m_context = std::make_unique<ApiContext>(
        ApiContext {backend, metrics, BookPageCache(backend.database().writer())});

    m_router = std::make_shared<HttpRouter>();
    ApiRoutes routes(*m_router, *m_context);
    AuthRoutes::install(routes);
    BookRoutes::install(routes);
    UserRoutes::install(routes);
    TutorialRoutes::install(routes);
    SystemRoutes::install(routes);
    m_http->setRouter(m_router);

    Database *database = &backend.database();
    m_http->setWorkerHooks([] { ApiAnswer::createWorkerContext(); },
                           [database] {
                               ApiAnswer::destroyWorkerContext();
                               database->releaseThreadConnection();
                           });

    connect(
        &backend.tokenMinter(), &TokenMinter::accessTokenIssued, this,
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
    m_http->setConfig(httpConfigOf(options));
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
