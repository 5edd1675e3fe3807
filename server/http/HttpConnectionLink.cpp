#include "HttpConnectionLink.h"

#include "HttpConnection.h"

#include <QThread>

HttpConnectionLink::HttpConnectionLink(HttpConnection *connection)
    : m_connection(connection)
    , m_thread(connection->thread())
{ }

bool HttpConnectionLink::deliver(quint64 sequence, HttpResponse response)
{
    if (QThread::currentThread() == m_thread) {
        if (!m_connection)
            return false;
        m_connection->deliver(sequence, std::move(response));
        return true;
    }
    // Holding the lock while posting keeps the connection alive until the event is queued; if it is
    // destroyed before the event runs, QObject's destructor discards the event.
    QMutexLocker locker(&m_mutex);
    HttpConnection *connection = m_connection;
    if (!connection)
        return false;
    QMetaObject::invokeMethod(
        connection,
        [connection, sequence, response = std::move(response)]() mutable {
            connection->deliver(sequence, std::move(response));
        },
        Qt::QueuedConnection);
    return true;
}

bool HttpConnectionLink::isConnected() const
{
    if (QThread::currentThread() == m_thread)
        return m_connection != nullptr;
    QMutexLocker locker(&m_mutex);
    return m_connection != nullptr;
}

void HttpConnectionLink::detach()
{
    QMutexLocker locker(&m_mutex);
    m_connection = nullptr;
}
