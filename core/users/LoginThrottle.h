#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

class Clock;

// Brute-force protection for sign-in. Failures are counted per account name (known or not, so that the
// throttle reveals nothing about which accounts exist) and per client network (ClientNetwork::limitKey(): an
// IPv4 address, or an IPv6 /64). Past a threshold within the window, each further failure doubles the wait
// (1 s, 2 s, 4 s … up to the window). While a name or network must wait, every attempt is refused the same
// way, whether its password is right or wrong. A successful sign-in clears the account's count.
//
// Memory is bounded: at most maximumTrackedKeys names and networks together. When full, entries with nothing
// in the window go first; then, down to 90 % of the maximum, the least telling: fewest failures in the
// window, then the oldest last failure, and a name or network that must wait only when no other is left.
// So a spray of fresh names or addresses (a failure each) mostly forgets itself, not the count of an account
// under attack once it has two failures, and never a wait in force while anything else can go. Thread-safe.
struct LoginThrottlePolicy
{
    int accountFailures = 5;
    int addressFailures = 20;
    qint64 windowMs = 15 * 60 * 1000;
    qint64 firstDelayMs = 1000;
    int maximumTrackedKeys = 100'000;
};

class LoginThrottle
{
public:
    using Policy = LoginThrottlePolicy;

    explicit LoginThrottle(const Clock &clock, Policy policy = {});

    // 0 when the attempt may go ahead; otherwise the whole seconds to wait (for Retry-After).
    int secondsUntilAllowed(const QString &account, const QString &address);
    // Returns true when this failure starts a lockout (for the security event log).
    bool recordFailure(const QString &account, const QString &address);
    void recordSuccess(const QString &account);

    Policy policy() const { return m_policy; }
    qsizetype trackedKeys();

private:
    struct Counter
    {
        std::deque<qint64> failuresMs; // within the window, oldest first
        qint64 lockedUntilMs = 0;
    };

    // Returns true when the key became locked.
    bool fail(QHash<QString, Counter> &counters, const QString &key, int threshold, qint64 nowMs);
    qint64 lockedUntil(const QHash<QString, Counter> &counters, const QString &key) const;
    // Forgets entries until the next failure's two keys fit, and then some (see the class comment).
    void makeRoom(qint64 nowMs);

    const Clock &m_clock;
    Policy m_policy;
    QMutex m_mutex;
    QHash<QString, Counter> m_accounts;
    QHash<QString, Counter> m_addresses;
};
