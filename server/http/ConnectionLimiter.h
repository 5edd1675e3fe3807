#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

// Counts open connections in total and per client, shared by every worker thread, so that one client (or a
// flood) cannot take every file descriptor. Consulted once per accepted connection. A client is what
// ClientNetwork::limitKey() makes of its address: an IPv4 address, or a whole IPv6 /64.
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
    QHash<QString, int> m_perClient; // by ClientNetwork::limitKey()
    int m_total = 0;
    const int m_maxTotal;
    const int m_maxPerClient;
};
