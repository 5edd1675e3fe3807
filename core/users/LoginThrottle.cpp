#include "users/LoginThrottle.h"

#include "common/Clock.h"

LoginThrottle::LoginThrottle(const Clock &clock, Policy policy)
    : m_clock(clock)
    , m_policy(policy)
{ }

qint64 LoginThrottle::lockedUntil(const QHash<QString, Counter> &counters, const QString &key) const
{
    const auto found = counters.constFind(key);
    return found == counters.constEnd() ? 0 : found->lockedUntilMs;
}

int LoginThrottle::secondsUntilAllowed(const QString &account, const QString &address)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock.nowMs();
    const qint64 until = qMax(lockedUntil(m_accounts, account.toLower()),
                              address.isEmpty() ? 0 : lockedUntil(m_addresses, address));
    if (until <= now)
        return 0;
    return int((until - now + 999) / 1000);
}

bool LoginThrottle::fail(QHash<QString, Counter> &counters, const QString &key, int threshold, qint64 nowMs)
{
    Counter &counter = counters[key];
    counter.failuresMs.push_back(nowMs);
    while (!counter.failuresMs.empty() && counter.failuresMs.front() <= nowMs - m_policy.windowMs)
        counter.failuresMs.pop_front();
    // Enough history to compute the delay; older entries add nothing.
    while (counter.failuresMs.size() > size_t(threshold) + 32)
        counter.failuresMs.pop_front();
    const int failures = int(counter.failuresMs.size());
    if (failures < threshold)
        return false;
    const int doublings = qMin(failures - threshold, 30);
    const qint64 delay = qMin(m_policy.firstDelayMs << doublings, m_policy.windowMs);
    const bool wasLocked = counter.lockedUntilMs > nowMs;
    counter.lockedUntilMs = nowMs + delay;
    return !wasLocked && failures == threshold;
}

bool LoginThrottle::recordFailure(const QString &account, const QString &address)
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = m_clock.nowMs();
    if (m_accounts.size() + m_addresses.size() + 2 > m_policy.maximumTrackedKeys)
        forgetStale(now);
    bool locked = fail(m_accounts, account.toLower(), m_policy.accountFailures, now);
    if (!address.isEmpty())
        locked = fail(m_addresses, address, m_policy.addressFailures, now) || locked;
    return locked;
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker locker(&m_mutex);
    m_accounts.remove(account.toLower());
}

void LoginThrottle::forgetStale(qint64 nowMs)
{
    auto stale = [this, nowMs](const auto &entry) {
        const Counter &counter = entry.value();
        return counter.lockedUntilMs <= nowMs
            && (counter.failuresMs.empty() || counter.failuresMs.back() <= nowMs - m_policy.windowMs);
    };
    m_accounts.removeIf(stale);
    m_addresses.removeIf(stale);
    // Still full: a spray of names or addresses within the window. Forget account counters first (the
    // address counters are what hold a single sprayer back), then everything: memory stays bounded, at the
    // price of forgetting while the table overflows.
    // (Each failure adds up to two keys: one account, one address.)
    if (m_accounts.size() + m_addresses.size() + 2 > m_policy.maximumTrackedKeys)
        m_accounts.clear();
    if (m_addresses.size() + 2 > m_policy.maximumTrackedKeys)
        m_addresses.clear();
}

qsizetype LoginThrottle::trackedKeys()
{
    QMutexLocker locker(&m_mutex);
    return m_accounts.size() + m_addresses.size();
}
