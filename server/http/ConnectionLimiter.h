#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

// Counts open connections in total and per client address, shared by every worker thread, so that one
// client (or a flood) cannot take every file descriptor. Consulted once per accepted connection.
class ConnectionLimiter
{
public:
    enum class Verdict { Accepted, TooManyTotal, TooManyFromClient };

    ConnectionLimiter(int maxTotal, int maxPerClient);

    Verdict tryAcquire(const QHostAddress &client);
    void release(const QHostAddress &client);
    int total() const;

private:
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_perClient;
    int m_total = 0;
    const int m_maxTotal;
    const int m_maxPerClient;
};
