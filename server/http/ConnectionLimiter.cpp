#include "ConnectionLimiter.h"

#include "common/ClientNetwork.h"

ConnectionLimiter::ConnectionLimiter(int maxTotal, int maxPerClient)
    : m_maxTotal(maxTotal)
    , m_maxPerClient(maxPerClient)
{ }

ConnectionLimiter::Verdict ConnectionLimiter::tryAcquire(const QHostAddress &client)
{
    const QString key = ClientNetwork::limitKey(client.toString());
    QMutexLocker locker(&m_mutex);
    if (m_total >= m_maxTotal)
        return Verdict::TooManyTotal;
    int &fromClient = m_perClient[key];
    if (fromClient >= m_maxPerClient) {
        if (fromClient == 0)
            m_perClient.remove(key);
        return Verdict::TooManyFromClient;
    }
    ++fromClient;
    ++m_total;
    return Verdict::Accepted;
}

void ConnectionLimiter::release(const QHostAddress &client)
{
    const QString key = ClientNetwork::limitKey(client.toString());
    QMutexLocker locker(&m_mutex);
    const auto it = m_perClient.find(key);
    if (it == m_perClient.end())
        return;
    if (--it.value() <= 0)
        m_perClient.erase(it);
    --m_total;
}

int ConnectionLimiter::total() const
{
    QMutexLocker locker(&m_mutex);
    return m_total;
}
