#include "AnonymousWorkLimit.h"

#include <limits>

AnonymousWorkLimit::AnonymousWorkLimit(Policy policy)
    : m_policy(policy)
    , m_lastAuthenticatedNs(std::numeric_limits<qint64>::min() / 2)
    , m_tokensNs(double(policy.burstNs))
{ }

bool AnonymousWorkLimit::inForce(qint64 nowNs) const
{
    return m_policy.share < 1.0 && nowNs - m_lastAuthenticatedNs <= m_policy.authenticatedWindowNs;
}

void AnonymousWorkLimit::noteAuthenticatedRequest(qint64 nowNs)
{
    if (!inForce(nowNs)) {
        // The limit comes into force with a full bucket: what anonymous clients did while they had the
        // worker to themselves is not held against them.
        m_tokensNs = double(m_policy.burstNs);
        m_refilledAtNs = nowNs;
    }
    m_lastAuthenticatedNs = nowNs;
}

void AnonymousWorkLimit::chargeWork(qint64 spentNs)
{
    // Debt is bounded: a flood that ran while the limit was not in force is not paid for later.
    m_tokensNs = qMax(m_tokensNs - double(qMax<qint64>(0, spentNs)), -4.0 * double(m_policy.burstNs));
}

void AnonymousWorkLimit::chargeInput(qint64 bytes)
{
    chargeWork(qint64(double(qMax<qint64>(0, bytes)) * m_policy.inputNsPerByte));
}

void AnonymousWorkLimit::refill(qint64 nowNs)
{
    if (nowNs > m_refilledAtNs) {
        m_tokensNs
            = qMin(double(m_policy.burstNs), m_tokensNs + double(nowNs - m_refilledAtNs) * m_policy.share);
        m_refilledAtNs = nowNs;
    }
}

bool AnonymousWorkLimit::allows(qint64 nowNs)
{
    if (!inForce(nowNs))
        return true;
    refill(nowNs);
    return m_tokensNs > 0;
}

qint64 AnonymousWorkLimit::waitNs(qint64 nowNs)
{
    if (allows(nowNs))
        return 0;
    const qint64 untilOutOfForce = m_lastAuthenticatedNs + m_policy.authenticatedWindowNs - nowNs + 1;
    if (m_policy.share <= 0)
        return untilOutOfForce;
    return qMin(qint64(-m_tokensNs / m_policy.share) + 1, untilOutOfForce);
}
