#pragma once

#include <QList>
#include <QString>

// Timings of repeated runs of one thing, in milliseconds, and the figures the report prints of them.
class LatencySummary
{
public:
    void add(double milliseconds) { m_samples.append(milliseconds); }
    void add(const LatencySummary &other) { m_samples += other.m_samples; }

    qsizetype count() const { return m_samples.size(); }
    double total() const;
    // Nearest-rank percentile (0–100); 0 when there are no samples.
    double percentile(double which) const;
    double median() const { return percentile(50); }
    double max() const { return percentile(100); }

    // "0.412" style text for a table cell; "–" when there is nothing to show.
    static QString format(double milliseconds);

private:
    QList<double> m_samples;
};
