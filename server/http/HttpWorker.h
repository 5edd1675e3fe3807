#pragma once

#include "AnonymousWorkLimit.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

class HttpConnection;
class HttpListener;
struct HttpServerContext;

// One worker thread's share of the server: a listener on its own SO_REUSEPORT socket, the connections
// it accepted, and the timer that enforces their timeouts. Lives on (and is only used from) its thread,
// except that HttpServer deletes it after the thread has finished.
class HttpWorker : public QObject
{
    Q_OBJECT

public:
    HttpWorker(int index, std::shared_ptr<const HttpServerContext> context);
    ~HttpWorker() override;

    // On the worker thread: runs the init hook and starts accepting on `listeningDescriptor`.
    // Returns an error text, or an empty string.
    QString begin(qintptr listeningDescriptor);
    // On the worker thread: stops accepting, lets requests in flight finish (up to the drain timeout),
    // closes every connection, runs the exit hook and quits the thread's event loop.
    void beginShutdown();

    int index() const { return m_index; }
    quint64 nextRequestId() { return (quint64(m_index) << 48) | ++m_requestCounter; }

    // The index of the worker running on the calling thread, or -1.
    static int currentIndex();

    // Authenticated clients first (see AnonymousWorkLimit): connections ask before anonymous work and
    // queue when the share is used up (they are resumed in the order they queued); while the limit is in
    // force they report what the work took. anonymousWorkStart() is -1 when the work must wait, 0 when it
    // may go and is not counted, else the time it started (HttpConnection::monotonicNs()).
    qint64 anonymousWorkStart();
    void chargeAnonymousWork(qint64 spentNs);
    void chargeAnonymousInput(qint64 bytes);
    void noteAuthenticatedRequest();
    void waitForAnonymousShare(HttpConnection *connection);

private:
    void accept(qintptr descriptor);
    void sweep();
    void finishShutdown();
    void resumeAnonymousWork();
    void scheduleAnonymousResume();

    const int m_index;
    const std::shared_ptr<const HttpServerContext> m_context;
    HttpListener *m_listener = nullptr;
    QSet<HttpConnection *> m_connections;
    QTimer m_sweepTimer;
    QTimer m_drainDeadline;
    AnonymousWorkLimit m_anonymousLimit;
    QList<QPointer<HttpConnection>> m_waitingForShare;
    QTimer m_anonymousResume;
    quint64 m_requestCounter = 0;
    bool m_shuttingDown = false;
    bool m_finished = false;
};
