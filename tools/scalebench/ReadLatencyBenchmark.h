#pragma once

#include "LatencySummary.h"
#include "MarkdownTable.h"
#include "ScaleTarget.h"
#include "common/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

// Latencies of the reads a client or the GUI makes, through core's services on this thread (no HTTP):
// book pages in every sort, a deep cursor page, searches by class of query, account searches, the first
// page of the security log. Each measurement alternates between the targets, run by run, so that load from
// other programs hits every database alike. Core keeps no result cache (the server's page cache is in
// server/api), so every call here is cold: the figures are those of a list after any write.
class ReadLatencyBenchmark
{
public:
    struct Settings
    {
        int repeats = 15;
        // Per class of search, actor and target: stop repeating once this much time went into it (a
        // search that scans a million rows takes a second; at least one round always runs).
        double searchBudgetSeconds = 20;
    };

    ReadLatencyBenchmark(QList<ScaleTarget> targets, Settings settings);

    Result<MarkdownTable> pages();
    Result<MarkdownTable> searches();
    Result<MarkdownTable> accountSearches();
    // The queries of each search class and how many books they match, for the line under the table.
    QStringList searchClassDescriptions() const { return m_searchDescriptions; }

private:
    using Probe = std::function<Status(const ScaleTarget &target, const Actor &actor)>;
    // Times `probe` for every target, alternating between them run by run, as the desktop administrator or
    // as the owner of half the books; one summary per target.
    Result<QList<LatencySummary>> measure(bool asBigOwner, int repeats, const Probe &probe);
    // One row of the pages table: the median of `probe` per target, as the administrator and (unless
    // administratorOnly) as the big owner.
    Status addPageRow(MarkdownTable &table, const QString &name, const Probe &probe,
                      bool administratorOnly = false);
    using QueryProbe
        = std::function<Status(const ScaleTarget &target, const Actor &actor, const QString &text)>;
    // Times every query once per round, each call one sample; rounds alternate between the targets and
    // stop for a target once its samples add up to the search budget.
    Result<QList<LatencySummary>> measureQueries(bool asBigOwner, const QStringList &queries,
                                                 const QueryProbe &probe);
    Result<QString> deepCursor(const ScaleTarget &target, const Actor &actor, qint64 *depth);

    QList<ScaleTarget> m_targets;
    Settings m_settings;
    QStringList m_searchDescriptions;
};
