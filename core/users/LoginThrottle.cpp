#include "users/LoginThrottle.h"

#include "common/ClientNetwork.h"
#include "common/Clock.h"

#include <algorithm>
#include <tuple>
#include <vector>

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
    const qint64 until
        = qMax(lockedUntil(m_accounts, account.toLower()),
               address.isEmpty() ? 0 : lockedUntil(m_addresses, ClientNetwork::limitKey(address)));
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
        makeRoom(now);
    bool locked = fail(m_accounts, account.toLower(), m_policy.accountFailures, now);
    if (!address.isEmpty())
        locked = fail(m_addresses, ClientNetwork::limitKey(address), m_policy.addressFailures, now) || locked;
    return locked;
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker locker(&m_mutex);
    m_accounts.remove(account.toLower());
}

void LoginThrottle::makeRoom(qint64 nowMs)
{
    const qint64 windowStart = nowMs - m_policy.windowMs;
    auto stale = [nowMs, windowStart](const auto &entry) {
        const Counter &counter = entry.value();
        return counter.lockedUntilMs <= nowMs
            && (counter.failuresMs.empty() || counter.failuresMs.back() <= windowStart);
    };
    m_accounts.removeIf(stale);
    m_addresses.removeIf(stale);
    // Each failure adds up to two keys (one account, one address). Making room for more than the next one
    // means this O(n) pass runs once per tenth of the table, not once per failure.
    const qsizetype maximum = m_policy.maximumTrackedKeys;
    const qsizetype target = qMax<qsizetype>(0, qMin(maximum * 9 / 10, maximum - 2));
    const qsizetype tracked = m_accounts.size() + m_addresses.size();
    if (tracked <= target)
        return;

    // Still full: a spray of names or addresses within the window. Forget the least telling entries.
    struct Entry
    {
        bool locked;
        qsizetype failures; // within the window
        qint64 lastFailureMs;
        QHash<QString, Counter> *table;
        QString key;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(tracked));
    for (QHash<QString, Counter> *table : {&m_accounts, &m_addresses}) {
        for (auto it = table->cbegin(); it != table->cend(); ++it) {
            const std::deque<qint64> &failures = it->failuresMs;
            const auto inWindow = std::upper_bound(failures.cbegin(), failures.cend(), windowStart);
            entries.push_back({it->lockedUntilMs > nowMs, qsizetype(failures.cend() - inWindow),
                               failures.empty() ? 0 : failures.back(), table, it.key()});
        }
    }
    auto lessTelling = [](const Entry &a, const Entry &b) {
        return std::tie(a.locked, a.failures, a.lastFailureMs)
            < std::tie(b.locked, b.failures, b.lastFailureMs);
    };
    const auto forgotten = entries.begin() + (tracked - target);
    std::nth_element(entries.begin(), forgotten, entries.end(), lessTelling);
    for (auto entry = entries.begin(); entry != forgotten; ++entry)
        entry->table->remove(entry->key);
}

qsizetype LoginThrottle::trackedKeys()
{
    QMutexLocker locker(&m_mutex);
    return m_accounts.size() + m_addresses.size();
}
