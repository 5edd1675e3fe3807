#pragma once

#include "CatalogGenerator.h"
#include "MarkdownTable.h"
#include "ScaleTarget.h"
#include "common/Result.h"

#include <QList>

// Durable creates through BookService::create, the path a REST POST takes (rules, the writer's group
// commit, synchronous=FULL), with a fixed number in flight, as the big owner of each target. Rounds
// alternate between the targets; the ratio of each target's rate to the first target's is taken per round,
// so that load from other programs cancels out of it.
class InsertRateBenchmark
{
public:
    struct Settings
    {
        int inFlight = 32;
        double secondsPerRound = 3;
        int rounds = 3;
    };

    InsertRateBenchmark(QList<ScaleTarget> targets, Settings settings);
    Result<MarkdownTable> run();

private:
    // Creates per second in one round on one target.
    Result<double> round(const ScaleTarget &target);

    QList<ScaleTarget> m_targets;
    Settings m_settings;
    CatalogGenerator m_generator {29};
    qint64 m_serial = 0;
};
