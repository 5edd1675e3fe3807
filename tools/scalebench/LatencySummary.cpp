#include "LatencySummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

double LatencySummary::total() const
{
    return std::accumulate(m_samples.cbegin(), m_samples.cend(), 0.0);
}

double LatencySummary::percentile(double which) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(which / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString LatencySummary::format(double milliseconds)
{
    if (milliseconds >= 100)
        return QString::number(milliseconds, 'f', 0);
    if (milliseconds >= 10)
        return QString::number(milliseconds, 'f', 1);
    return QString::number(milliseconds, 'f', 2);
}
