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

qint64 walkBudget(qint64 matches, qint64 population, int limit)
{
    constexpr double timesExpected = 4;
    if (matches <= 0)
        return limit + 1;
    return std::max(qint64(limit + 1), qint64(timesExpected * expectedWalk(matches, population, limit)));
}

} // namespace TrigramSearch
