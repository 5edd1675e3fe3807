#include "HttpWorker.h"

#include "HttpConnection.h"
#include "HttpListener.h"
#include "HttpLogging.h"
#include "HttpServerContext.h"
#include "common/OpenSslThreadState.h"

#include <QScopeGuard>
#include <QSslSocket>
#include <QThread>

#include <sys/socket.h>
#include <unistd.h>

namespace {
thread_local int t_workerIndex = -1;

// Qt's own read buffer per socket: the parser takes what it needs from it, and a client that sends
// faster than it is served is slowed down by TCP instead of filling memory.
constexpr qint64 socketReadBuffer = 64 * 1024;
constexpr int acceptRetryMs = 100;

QHostAddress peerAddressOf(qintptr descriptor)
{
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&address));
    bool isIPv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIPv4); // dual-stack listeners see ::ffff:a.b.c.d
    return isIPv4 ? QHostAddress(ipv4) : peer;
}

// Refused at the door without creating a socket object: a best-effort 503 on plain HTTP (a TLS client
// would need a handshake first, which is more than a refused connection is worth), then close.
void refuseDescriptor(qintptr descriptor, bool plainHttp)
{
    const int fd = int(descriptor);
    if (plainHttp) {
        static const QByteArray body = QByteArrayLiteral(
            "{\"error\":\"too_many_connections\",\"message\":\"The server has too many open connections; "
            "try again later.\"}");
        static const QByteArray response = "HTTP/1.1 503 Service Unavailable\r\nServer: bookwarden\r\n"
                                           "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
        [[maybe_unused]] const ssize_t sent
            = ::send(fd, response.constData(), size_t(response.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::shutdown(fd, SHUT_WR);
        // Read what already arrived, so that close() sends FIN rather than RST; but no more than a request
        // head's worth, or a client that keeps sending would keep this thread reading.
        char discard[4096];
        for (int reads = 0; reads < 4 && ::recv(fd, discard, sizeof discard, MSG_DONTWAIT) > 0; ++reads) { }
    }
    ::close(fd);
}
} // namespace

HttpWorker::HttpWorker(int index, std::shared_ptr<const HttpServerContext> context)
    : m_index(index)
    , m_context(std::move(context))
    , m_sweepTimer(this) // children, so that moveToThread() takes them along
    , m_drainDeadline(this)
    , m_anonymousLimit(AnonymousWorkLimit::Policy {m_context->config.limits.anonymousShare})
    , m_anonymousResume(this)
{
    const HttpLimits &limits = m_context->config.limits;
    const int shortestTimeout = qMin(limits.requestTimeoutMs, limits.idleTimeoutMs);
    m_sweepTimer.setInterval(qBound(10, shortestTimeout / 4, 1000));
    m_sweepTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpWorker::sweep);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, &HttpWorker::finishShutdown);
    m_anonymousResume.setSingleShot(true);
    m_anonymousResume.setTimerType(Qt::PreciseTimer);
    connect(&m_anonymousResume, &QTimer::timeout, this, &HttpWorker::resumeAnonymousWork);
}

HttpWorker::~HttpWorker() = default;

int HttpWorker::currentIndex()
{
    return t_workerIndex;
}

QString HttpWorker::begin(qintptr listeningDescriptor)
{
    t_workerIndex = m_index;
    OpenSslThreadState::releaseWhenThisThreadFinishes(); // TLS and token signing run on this thread
    if (m_context->workerStarted)
        m_context->workerStarted();
    m_listener = new HttpListener([this](qintptr descriptor) { accept(descriptor); }, this);
    if (!m_listener->setSocketDescriptor(listeningDescriptor)) {
        ::close(int(listeningDescriptor));
        return m_listener->errorString();
    }
    // EMFILE and friends pause QTcpServer for good; try again shortly instead of going deaf.
    connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcHttp) << "worker" << m_index << "cannot accept a connection:" << error
                          << m_listener->errorString() << "- retrying in" << acceptRetryMs << "ms";
        QTimer::singleShot(acceptRetryMs, m_listener,
                           [listener = m_listener] { listener->resumeAccepting(); });
    });
    m_sweepTimer.start();
    return {};
}

void HttpWorker::accept(qintptr descriptor)
{
    // Every new connection is anonymous, and accepting it counts towards the anonymous share. The listener
    // itself never pauses: new connections would then queue in the kernel, where an attacker's fill the
    // backlog and a signed-in user's reconnect is dropped. New connections wait for the share instead,
    // and the per-client cap bounds how many one client network has.
    const qint64 started = HttpConnection::monotonicNs();
    const auto charge = qScopeGuard([this, started] {
        if (m_anonymousLimit.inForce(started))
            chargeAnonymousWork(HttpConnection::monotonicNs() - started);
    });
    const bool tls = m_context->tls.has_value();
    const QHostAddress peer = peerAddressOf(descriptor);
    if (m_shuttingDown) {
        refuseDescriptor(descriptor, false);
        return;
    }
    const ConnectionLimiter::Verdict verdict = m_context->limiter.tryAcquire(peer);
    if (verdict != ConnectionLimiter::Verdict::Accepted) {
        const bool perClient = verdict == ConnectionLimiter::Verdict::TooManyFromClient;
        m_context->metrics->connectionRejected(perClient ? QByteArrayLiteral("per_client")
                                                         : QByteArrayLiteral("total"));
        qCDebug(lcHttp) << "refusing a connection from" << peer
                        << (perClient ? "(per-client cap)" : "(total cap)");
        refuseDescriptor(descriptor, !tls);
        return;
    }

    QTcpSocket *socket = tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot adopt an accepted socket:" << socket->errorString();
        ::close(int(descriptor));
        delete socket;
        m_context->limiter.release(peer);
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(socketReadBuffer);
    if (tls) {
        auto *tlsSocket = static_cast<QSslSocket *>(socket);
        tlsSocket->setSslConfiguration(*m_context->tls);
        tlsSocket->startServerEncryption();
    }
    auto *connection = new HttpConnection(socket, peer, *this, *m_context);
    m_connections.insert(connection);
    m_context->metrics->connectionOpened();
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        m_context->limiter.release(connection->peer());
        m_context->metrics->connectionClosed();
        // Deleted on the next turn of the event loop (not inside its own signal), and what closing the
        // socket and freeing it costs counts towards the anonymous share when the client never showed who
        // it was.
        QMetaObject::invokeMethod(
            this,
            [this, connection = QPointer<HttpConnection>(connection),
             anonymous = !connection->isAuthenticated()] {
                if (!connection)
                    return; // deleted by finishShutdown() meanwhile
                const qint64 deleting = HttpConnection::monotonicNs();
                delete connection.data();
                if (anonymous && m_anonymousLimit.inForce(deleting))
                    chargeAnonymousWork(HttpConnection::monotonicNs() - deleting);
            },
            Qt::QueuedConnection);
        // Queued: this runs inside the socket's own signal, and finishing deletes the connections.
        if (m_shuttingDown && m_connections.isEmpty())
            QMetaObject::invokeMethod(this, &HttpWorker::finishShutdown, Qt::QueuedConnection);
    });
}

qint64 HttpWorker::anonymousWorkStart()
{
    const qint64 now = HttpConnection::monotonicNs();
    if (!m_anonymousLimit.inForce(now))
        return 0;
    return m_anonymousLimit.allows(now) ? now : -1;
}

void HttpWorker::chargeAnonymousWork(qint64 spentNs)
{
    m_anonymousLimit.chargeWork(spentNs);
}

void HttpWorker::chargeAnonymousInput(qint64 bytes)
{
    m_anonymousLimit.chargeInput(bytes);
}

void HttpWorker::noteAuthenticatedRequest()
{
    m_anonymousLimit.noteAuthenticatedRequest(HttpConnection::monotonicNs());
}

void HttpWorker::waitForAnonymousShare(HttpConnection *connection)
{
    m_waitingForShare.append(connection);
    scheduleAnonymousResume();
}

void HttpWorker::scheduleAnonymousResume()
{
    if (m_anonymousResume.isActive())
        return;
    const qint64 waitNs = m_anonymousLimit.waitNs(HttpConnection::monotonicNs());
    m_anonymousResume.start(int(qBound(qint64(1), (waitNs + 999999) / 1000000, qint64(1000))));
}

void HttpWorker::resumeAnonymousWork()
{
    while (!m_waitingForShare.isEmpty() && anonymousWorkStart() >= 0) {
        const QPointer<HttpConnection> connection = m_waitingForShare.takeFirst();
        if (connection)
            connection->resumeAfterWaiting(); // charges what it does
    }
    if (!m_waitingForShare.isEmpty())
        scheduleAnonymousResume();
}

void HttpWorker::sweep()
{
    const qint64 now = HttpConnection::monotonicMs();
    const QList<HttpConnection *> connections = m_connections.values(); // checks may close connections
    for (HttpConnection *connection : connections)
        connection->checkTimeouts(now);
}

void HttpWorker::beginShutdown()
{
    m_shuttingDown = true;
    delete m_listener; // closes the listening socket: new connections go to no one
    m_listener = nullptr;
    if (m_connections.isEmpty()) {
        finishShutdown();
        return;
    }
    m_drainDeadline.start(m_context->config.limits.drainTimeoutMs);
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *connection : connections)
        connection->beginShutdown();
}

void HttpWorker::finishShutdown()
{
    if (!m_shuttingDown || m_finished)
        return;
    m_finished = true; // aborting connections below calls back into here
    m_drainDeadline.stop();
    m_sweepTimer.stop();
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *connection : connections)
        connection->abort(); // past the drain timeout
    m_connections.clear();
    // Reached from a timer or a queued call, never from inside a connection's signal: safe to delete.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    if (m_context->workerFinished)
        m_context->workerFinished();
    t_workerIndex = -1;
    QThread::currentThread()->quit();
}
