#pragma once

#include "HttpResponse.h"

#include <QMutex>

class HttpConnection;
class QThread;

// Shared by a connection and the responders of its requests, so that a responder on any thread reaches
// the connection if, and only if, it still exists: the connection detaches itself when it is destroyed,
// and a response for a connection that is gone is dropped without touching freed memory.
class HttpConnectionLink
{
public:
    explicit HttpConnectionLink(HttpConnection *connection);

    // Runs the connection's deliver() on the connection's thread: directly when called there, otherwise
    // queued. Returns false (and drops the response) when the connection is gone.
    bool deliver(quint64 sequence, HttpResponse response);
    bool isConnected() const;
    // Called by the connection's destructor, on its thread.
    void detach();

private:
    mutable QMutex m_mutex;
    // Written only on m_thread (under m_mutex); read there without the lock, elsewhere with it.
    HttpConnection *m_connection;
    QThread *const m_thread;
};
