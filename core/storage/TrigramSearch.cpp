#include "storage/TrigramSearch.h"

#include <algorithm>
#include <cmath>

namespace TrigramSearch {

namespace {
// A row visited on the walk costs about this many matches fetched by rowid and sorted, at a million books
// (docs/performance.md, "Search and indexes at a million books"): the walk reads rows in sort order, each
// on another page of the table (6-14 us), while the index hands out matches in rowid order, so
// neighbours share pages (1-5 us each, sort included).
constexpr double walkedRowCostPerFetchedMatch = 2.5;

double expectedWalk(qint64 matches, qint64 population, int limit)
{
    return double(limit + 1) * double(population) / double(matches);
}
} // namespace

bool canAnswer(const QString &key)
{
    int codePoints = 0;
    for (qsizetype i = 0; i < key.size() && codePoints < 3; ++i) {
        if (!(key.at(i).isLowSurrogate() && i > 0 && key.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    return codePoints >= 3;
}

QString phrase(const QString &key)
{
    QString quoted = key;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString indexedPart(const QString &key)
{
    // Twelve characters are ten trigrams: about 60 ms at a million books when all ten are as common as
    // they get, 10-40 ms typically (docs/performance.md).
    constexpr int maximumCharacters = 12;
    int codePoints = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i).isLowSurrogate() && i > 0 && key.at(i - 1).isHighSurrogate())
            continue;
        if (++codePoints > maximumCharacters)
            return key.left(i);
    }
    return key;
}

bool walkSortIndex(qint64 matches, qint64 population, int limit)
{
    // Walk when (limit + 1) × population ÷ matches × weight < matches.
    return matches > mostMatchesToFetch(population, limit);
}

qint64 mostMatchesToFetch(qint64 population, int limit)
{
    return qint64(std::sqrt(double(limit + 1) * double(std::max<qint64>(population, 0))
                            * walkedRowCostPerFetchedMatch));
}

qint64 mostMatchesToList(qint64 population)
{
    // Listing a match costs FTS5 0.1-0.5 us; at a million books 4,000 keep both the list and LIKE's reads
    // (at most 1,300 rows, see the header) to a few milliseconds. Fewer books need fewer.
    constexpr qint64 atAMillion = 4000;
    return std::clamp<qint64>(qint64(atAMillion * std::sqrt(double(std::max<qint64>(population, 0)) / 1e6)),
                              100, atAMillion);
}

bool walkListedBeatsFetch(qint64 matches, qint64 population, int limit)
{
    // A sort-index entry checked against the list: ~1 us; a listed row read by id and sorted: ~2 us
    // (docs/performance.md, issue 13's search figures).
    constexpr double walkedEntryCostPerFetchedRow = 0.5;
    return double(matches) * double(matches)
        > walkedEntryCostPerFetchedRow * double(limit + 1) * double(std::max<qint64>(population, 0));
}

qint64 walkBudget(qint64 matches, qint64 population, int limit)
{
    constexpr double timesExpected = 4;
    // Matches do not spread evenly over a sort order: "the" is in 58 % of the generated titles but in 2 % of
    // the first 2,000 by title (those that begin with "the" sort under T). However many matches there are,
    // the walk may visit this many rows per row of the page (but never a sixteenth of a small table, where
    // fetching is cheap anyway) before it gives up on the order.
    constexpr qint64 rowsPerPageRow = 100;
    const qint64 floor = std::max<qint64>(
        limit + 1, std::min(rowsPerPageRow * (limit + 1), std::max<qint64>(population, 0) / 16));
    if (matches <= 0)
        return floor;
    return std::max(floor, qint64(timesExpected * expectedWalk(matches, population, limit)));
}

} // namespace TrigramSearch
