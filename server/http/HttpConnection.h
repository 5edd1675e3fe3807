#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QObject>

#include <deque>
#include <memory>

class HttpConnectionLink;
class HttpWorker;
struct HttpServerContext;
class QTcpSocket;

// One client connection on a worker thread: reads and parses requests, dispatches them through the
// router, and writes the answers back in request order, whenever and wherever the handlers produce them.
// It also enforces the per-connection guards: request and idle timeouts, the pipelining cap, and
// graceful closing (answer, then half-close and drain, so that the client actually reads a 4xx instead
// of a connection reset).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket` (a QSslSocket that has started its server handshake, for TLS).
    HttpConnection(QTcpSocket *socket, const QHostAddress &peer, HttpWorker &worker,
                   const HttpServerContext &context);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }
    // Whether a request on this connection carried a verified credential (AnonymousWorkLimit).
    bool isAuthenticated() const { return m_authenticated; }

    // The answer to request `sequence` of this connection (see HttpConnectionLink).
    void deliver(quint64 sequence, HttpResponse response);
    // Server shutdown: no new requests; close once the ones in flight are answered.
    void beginShutdown();
    void checkTimeouts(qint64 nowMs);
    void abort();

    // Anonymous work that waited for its share (AnonymousWorkLimit) goes on.
    void resumeAfterWaiting();

    static qint64 monotonicMs();
    static qint64 monotonicNs();

signals:
    // The connection is over; the worker deletes it.
    void finished();

private:
    enum class Phase {
        Handshake, // TLS handshake in progress
        Open,
        Closing, // a response with "Connection: close" is being flushed
        Lingering, // write side shut down; reading and discarding until the client closes
        Closed,
    };
    struct Exchange
    {
        quint64 sequence = 0;
        qint64 startedNs = 0;
        qint64 receivedAtMs = 0;
        QByteArray method;
        QString path;
        QString route;
        QByteArray origin;
        QString userLabel;
        QByteArray bytes; // the encoded response, once ready
        bool headOnly = false;
        bool keepAlive = true;
        bool http10 = false;
        bool ready = false;
        bool closeAfter = false;
    };

    void onReadyRead();
    void onBytesWritten();
    // Reads and answers what it can, within the anonymous share unless the connection is authenticated.
    void work();
    void processInput();
    // Closing: input nobody will read is discarded (within the anonymous share as well).
    void discardInput();
    bool mayTakeRequest() const;
    void dispatch(HttpRequest request);
    void refuse(int status, const QString &code, const QString &message);
    void writeReadyResponses();
    void flushSocket();
    void startClosing();
    void closeWriteSide();
    void finish();
    void record(const Exchange &exchange, int status) const;

    QTcpSocket *const m_socket;
    const QHostAddress m_peer;
    HttpWorker &m_worker;
    const HttpServerContext &m_context;
    std::shared_ptr<HttpConnectionLink> m_link;
    HttpRequestParser m_parser;
    std::deque<Exchange> m_exchanges;
    quint64 m_nextSequence = 0;
    // While a handler runs synchronously: its request, whose route and user label the record takes.
    const HttpRequest *m_dispatching = nullptr;
    quint64 m_dispatchingSequence = 0;
    Phase m_phase = Phase::Open;
    qint64 m_openedMs = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_partialSinceMs = -1;
    qint64 m_lingerDeadlineMs = 0;
    qint64 m_lastWriteProgressMs = 0;
    bool m_processing = false;
    bool m_continuePending = false;
    bool m_shuttingDown = false;
    bool m_stopReading = false; // a request asked to close, or a refusal was queued
    bool m_secure = false;
    bool m_authenticated = false; // a request on this connection carried a verified credential
    bool m_waitingForShare = false;
    bool m_countingAnonymousWork = false; // while work() runs for an anonymous connection under the limit
};
