#pragma once

#include "CatalogGenerator.h"
#include "MarkdownTable.h"
#include "ScaleTarget.h"
#include "common/Result.h"

#include <QList>
#include <QString>

// Durable creates through BookService::create, the path a REST POST takes (rules, the writer's group
// commit, synchronous=FULL), with a fixed number in flight, as the big owner of each target. Rounds
// alternate between the targets; the ratio of each target's rate to the first target's is taken per round,
// so that load from other programs cancels out of it. Per create it also reports the process's CPU time and
// the bytes it wrote (WAL, checkpoints) and read through the kernel (pages missing from SQLite's cache),
// which other programs' load disturbs far less than the rate.
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
    struct RoundOutcome
    {
        double createsPerSecond = 0;
        double cpuMicrosecondsPerCreate = 0;
        double kibWrittenPerCreate = 0;
        double kibReadPerCreate = 0;
        double createsPerCommit = 0;
    };
    // What the process has used so far: CPU time and bytes through read/write calls (/proc/self/io).
    struct Usage
    {
        double cpuMicroseconds = 0;
        double bytesWritten = 0;
        double bytesRead = 0;
        static Usage now();
    };

    Result<RoundOutcome> round(const ScaleTarget &target);

    QList<ScaleTarget> m_targets;
    Settings m_settings;
    CatalogGenerator m_generator {29};
    QString m_titleTag;
    qint64 m_serial = 0;
};
