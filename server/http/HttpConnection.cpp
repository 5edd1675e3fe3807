#include "HttpConnection.h"

#include "HttpConnectionLink.h"
#include "HttpLogging.h"
#include "HttpResponder.h"
#include "HttpResponseEncoder.h"
#include "HttpServerContext.h"
#include "HttpWorker.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <sys/socket.h>
#include <utility>

namespace {
// Responses queued but not yet taken by the kernel; past this, no further pipelined request is read
// until the client reads what it has been sent.
constexpr qint64 writeBacklogLimit = 1024 * 1024;
// After a final response on a closing connection, how long the client gets to close its side; shorter
// while the server stops, which waits for every connection to end.
constexpr qint64 lingerMs = 2000;
constexpr int shutdownLingerMs = 100;

} // namespace

qint64 HttpConnection::monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 HttpConnection::monotonicMs()
{
    return monotonicNs() / 1'000'000;
}

HttpConnection::HttpConnection(QTcpSocket *socket, const QHostAddress &peer, HttpWorker &worker,
                               const HttpServerContext &context)
    : QObject(&worker)
    , m_socket(socket)
    , m_peer(peer)
    , m_worker(worker)
    , m_context(context)
    , m_link(std::make_shared<HttpConnectionLink>(this))
    , m_parser(context.config.limits)
{
    m_socket->setParent(this);
    m_openedMs = m_lastActivityMs = m_lastWriteProgressMs = monotonicMs();
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // Handshake failures (e.g. plain HTTP on the TLS port) and resets end this connection only.
        if (m_phase == Phase::Handshake || m_socket->state() == QAbstractSocket::UnconnectedState)
            abort();
    });
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        m_secure = true;
        m_phase = Phase::Handshake;
        connect(tls, &QSslSocket::encrypted, this, [this] {
            m_phase = Phase::Open;
            m_lastActivityMs = monotonicMs();
            work();
        });
    }
}

HttpConnection::~HttpConnection()
{
    m_link->detach();
}

void HttpConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Open:
        work();
        return;
    case Phase::Closing:
    case Phase::Lingering:
        discardInput(); // the client may still be sending; nobody reads it
        return;
    case Phase::Handshake:
    case Phase::Closed:
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    m_lastWriteProgressMs = monotonicMs();
    if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0) {
        closeWriteSide();
    } else if (m_phase == Phase::Open && !m_processing && !m_stopReading) {
        work(); // reading may have paused on the write backlog
    }
}

bool HttpConnection::mayTakeRequest() const
{
    return qsizetype(m_exchanges.size()) < m_context.config.limits.maxPipelinedRequests
        && m_socket->bytesToWrite() < writeBacklogLimit;
}

void HttpConnection::work()
{
    if (m_waitingForShare)
        return; // queued already; the worker resumes it in turn
    const qint64 started = m_authenticated ? 0 : m_worker.anonymousWorkStart();
    if (started < 0) {
        m_waitingForShare = true;
        m_worker.waitForAnonymousShare(this);
        return;
    }
    // flushSocket() may emit bytesWritten, and with it a nested work(): each call charges its own time.
    const bool counting = started > 0;
    const bool outer = std::exchange(m_countingAnonymousWork, counting);
    processInput();
    flushSocket();
    m_countingAnonymousWork = outer;
    if (counting)
        m_worker.chargeAnonymousWork(monotonicNs() - started);
}

void HttpConnection::discardInput()
{
    if (m_waitingForShare)
        return;
    const qint64 started = m_authenticated ? 0 : m_worker.anonymousWorkStart();
    if (started < 0) {
        m_waitingForShare = true; // the socket's buffer fills, and TCP holds the sender back
        m_worker.waitForAnonymousShare(this);
        return;
    }
    const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
    if (started > 0) {
        m_worker.chargeAnonymousWork(monotonicNs() - started);
        m_worker.chargeAnonymousInput(skipped);
    }
}

void HttpConnection::resumeAfterWaiting()
{
    m_waitingForShare = false;
    onReadyRead(); // what it would have done when the input arrived
}

void HttpConnection::processInput()
{
    if (m_processing || m_phase != Phase::Open)
        return;
    m_processing = true;
    while (m_phase == Phase::Open && !m_stopReading && mayTakeRequest()) {
        const HttpRequestParser::Event event = m_parser.next();
        if (event == HttpRequestParser::Event::NeedMoreData) {
            const qint64 available = m_socket->bytesAvailable();
            if (available <= 0)
                break;
            if (!m_parser.hasPartialRequest())
                m_partialSinceMs = monotonicMs();
            m_parser.append(m_socket->read(available));
            if (m_countingAnonymousWork)
                m_worker.chargeAnonymousInput(available);
        } else if (event == HttpRequestParser::Event::ContinueExpected) {
            // Interim responses must not overtake final ones still owed for earlier requests.
            if (m_exchanges.empty())
                m_socket->write(HttpResponseEncoder::continueLine());
            else
                m_continuePending = true;
        } else if (event == HttpRequestParser::Event::RequestReady) {
            dispatch(m_parser.takeRequest());
            if (m_parser.hasPartialRequest())
                m_partialSinceMs = monotonicMs();
        } else {
            const HttpRequestParser::Failure &failure = m_parser.failure();
            refuse(failure.status, failure.code, failure.message);
        }
    }
    if (m_stopReading && m_phase == Phase::Open) {
        const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
        if (m_countingAnonymousWork)
            m_worker.chargeAnonymousInput(skipped);
    }
    m_processing = false;
}

void HttpConnection::dispatch(HttpRequest request)
{
    const quint64 sequence = m_nextSequence++;
    request.setPeer(m_peer, m_secure);
    request.setIdentity(m_worker.nextRequestId(), QDateTime::currentMSecsSinceEpoch());

    Exchange exchange;
    exchange.sequence = sequence;
    exchange.startedNs = monotonicNs();
    exchange.receivedAtMs = request.receivedAtMs();
    exchange.method = request.method();
    exchange.path = request.path();
    if (m_context.cors.isEnabled())
        exchange.origin = request.header("origin");
    exchange.headOnly = request.isHead();
    exchange.keepAlive = request.keepAlive() && !m_shuttingDown;
    exchange.http10 = request.httpMinorVersion() == 0;
    if (!exchange.keepAlive)
        m_stopReading = true;
    m_exchanges.push_back(std::move(exchange));

    m_dispatching = &request;
    m_dispatchingSequence = sequence;
    m_context.router->dispatch(request, HttpResponder(m_link, sequence), m_context.cors);
    m_dispatching = nullptr;
    if (!request.userLabel().isEmpty()) { // the authentication hook verified a credential
        m_authenticated = true;
        m_worker.noteAuthenticatedRequest();
    }

    // Answered later: keep what the request log needs now, the request itself is about to go.
    if (!m_exchanges.empty() && sequence >= m_exchanges.front().sequence) {
        Exchange &pending = m_exchanges[sequence - m_exchanges.front().sequence];
        if (!pending.ready) {
            pending.route = request.routePattern();
            pending.userLabel = request.userLabel();
        }
    }
}

void HttpConnection::refuse(int status, const QString &code, const QString &message)
{
    Exchange exchange;
    exchange.sequence = m_nextSequence++;
    exchange.startedNs = monotonicNs();
    exchange.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    exchange.keepAlive = false;
    m_stopReading = true;
    m_exchanges.push_back(std::move(exchange));
    deliver(m_nextSequence - 1, HttpResponse::error(status, code, message));
}

void HttpConnection::deliver(quint64 sequence, HttpResponse response)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Lingering || m_exchanges.empty())
        return;
    const quint64 first = m_exchanges.front().sequence;
    if (sequence < first || sequence - first >= m_exchanges.size())
        return; // the connection stopped caring about this request (it was closed after an earlier one)
    Exchange &exchange = m_exchanges[sequence - first];
    if (exchange.ready)
        return;
    if (m_dispatching && m_dispatchingSequence == sequence) {
        exchange.route = m_dispatching->routePattern();
        exchange.userLabel = m_dispatching->userLabel();
    }
    m_context.cors.decorate(exchange.origin, response);
    exchange.closeAfter = !exchange.keepAlive || (m_shuttingDown && sequence + 1 == m_nextSequence);
    exchange.bytes = HttpResponseEncoder::encode(
        response, {exchange.headOnly, exchange.closeAfter, exchange.http10 && exchange.keepAlive});
    exchange.ready = true;
    record(exchange, response.status());
    writeReadyResponses();
}

void HttpConnection::writeReadyResponses()
{
    while (!m_exchanges.empty() && m_exchanges.front().ready) {
        if (m_socket->bytesToWrite() == 0)
            m_lastWriteProgressMs = monotonicMs();
        m_socket->write(m_exchanges.front().bytes);
        const bool close = m_exchanges.front().closeAfter;
        m_exchanges.pop_front();
        if (close) {
            startClosing();
            return;
        }
    }
    if (m_exchanges.empty()) {
        // The client waited for us until now; its request clock starts again.
        m_lastActivityMs = monotonicMs();
        if (m_parser.hasPartialRequest())
            m_partialSinceMs = m_lastActivityMs;
        // Owed only while the client still waits for it: had it sent the body anyway, or had that
        // request been answered already, a late "100 Continue" would read as the next request's answer.
        if (m_continuePending) {
            m_continuePending = false;
            if (m_parser.awaitsContinue())
                m_socket->write(HttpResponseEncoder::continueLine());
        }
        if (m_shuttingDown) {
            startClosing();
            return;
        }
    }
    if (!m_processing) // a deferred answer: go on with requests that waited behind it, then send
        work();
}

void HttpConnection::flushSocket()
{
    // Hands the bytes to the kernel now rather than on the next event-loop turn.
    if (m_phase != Phase::Closed && m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void HttpConnection::startClosing()
{
    if (m_phase != Phase::Open && m_phase != Phase::Handshake)
        return;
    m_phase = Phase::Closing;
    m_stopReading = true;
    m_exchanges.clear();
    discardInput();
    flushSocket();
    if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0)
        closeWriteSide();
}

void HttpConnection::closeWriteSide()
{
    m_phase = Phase::Lingering;
    m_lingerDeadlineMs
        = monotonicMs() + qMin<qint64>(lingerMs, qMax(100, m_context.config.limits.requestTimeoutMs));
    if (m_shuttingDown)
        QTimer::singleShot(shutdownLingerMs, this, &HttpConnection::abort);
    if (m_secure) {
        m_socket->disconnectFromHost(); // sends close_notify; TLS has no half-close to linger in
        return;
    }
    // A half-close instead of close(): the client gets our FIN after the response, while bytes it is
    // still sending are read and dropped here. Closing with unread input would make the kernel send a
    // reset, and the reset can destroy the response before the client has read it.
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0)
        abort();
}

void HttpConnection::beginShutdown()
{
    m_shuttingDown = true;
    switch (m_phase) {
    case Phase::Handshake:
        abort();
        return;
    case Phase::Open:
        m_stopReading = true;
        if (m_exchanges.empty())
            startClosing();
        return;
    case Phase::Lingering:
        QTimer::singleShot(shutdownLingerMs, this, &HttpConnection::abort);
        return;
    case Phase::Closing:
    case Phase::Closed:
        return;
    }
}

void HttpConnection::checkTimeouts(qint64 nowMs)
{
    const HttpLimits &limits = m_context.config.limits;
    switch (m_phase) {
    case Phase::Handshake:
        if (nowMs - m_openedMs > limits.requestTimeoutMs)
            abort();
        return;
    case Phase::Open:
        if (m_socket->bytesToWrite() > 0 && nowMs - m_lastWriteProgressMs > limits.requestTimeoutMs) {
            abort(); // the client stopped reading
            return;
        }
        if (!m_exchanges.empty())
            return; // a handler is at work: not the client's fault
        if (m_parser.hasPartialRequest()) {
            if (nowMs - m_partialSinceMs > limits.requestTimeoutMs)
                refuse(
                    408, QStringLiteral("request_timeout"),
                    QStringLiteral("The request did not arrive within %1 ms.").arg(limits.requestTimeoutMs));
        } else if (nowMs - m_lastActivityMs > limits.idleTimeoutMs) {
            startClosing();
        }
        return;
    case Phase::Closing:
        if (nowMs - m_lastWriteProgressMs > limits.requestTimeoutMs)
            abort();
        return;
    case Phase::Lingering:
        if (nowMs > m_lingerDeadlineMs)
            abort();
        return;
    case Phase::Closed:
        return;
    }
}

void HttpConnection::abort()
{
    if (m_phase == Phase::Closed)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_exchanges.clear();
    m_link->detach(); // answers still being worked on are dropped from now on
    emit finished();
}

void HttpConnection::record(const Exchange &exchange, int status) const
{
    HttpRequestRecord record;
    record.timeMs = exchange.receivedAtMs;
    record.client = m_peer;
    record.method = exchange.method;
    record.path = exchange.path;
    record.route = exchange.route;
    record.status = status;
    record.latencyUs = (monotonicNs() - exchange.startedNs) / 1000;
    record.userLabel = exchange.userLabel;
    qCDebug(lcHttp).noquote() << m_peer.toString() << exchange.method << exchange.path << status
                              << record.latencyUs << "us";
    m_context.metrics->recordRequest(std::move(record), m_worker.index());
}
