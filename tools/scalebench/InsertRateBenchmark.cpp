#include "InsertRateBenchmark.h"

#include "Backend.h"
#include "LatencySummary.h"
#include "books/BookService.h"
#include "storage/Database.h"
#include "storage/GroupCommitWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <deque>
#include <sys/resource.h>

InsertRateBenchmark::InsertRateBenchmark(QList<ScaleTarget> targets, Settings settings)
    : m_targets(std::move(targets))
    , m_settings(settings)
    // The run's start in base 36: titles stay new when the benchmark runs again on a kept database.
    , m_titleTag(QString::number(QDateTime::currentSecsSinceEpoch(), 36))
{ }

InsertRateBenchmark::Usage InsertRateBenchmark::Usage::now()
{
    Usage usage;
    rusage self {};
    if (getrusage(RUSAGE_SELF, &self) == 0)
        usage.cpuMicroseconds = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) * 1e6
            + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec);
    // rchar/wchar: bytes through read and write calls, whether or not they reached the disk.
    QFile io(QStringLiteral("/proc/self/io"));
    if (io.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("wchar:"))
                usage.bytesWritten = line.mid(6).trimmed().toDouble();
            else if (line.startsWith("rchar:"))
                usage.bytesRead = line.mid(6).trimmed().toDouble();
        }
    }
    return usage;
}

Result<InsertRateBenchmark::RoundOutcome> InsertRateBenchmark::round(const ScaleTarget &target)
{
    BookService &books = target.backend->books();
    std::deque<QFuture<Result<Book>>> inFlight;
    auto submit = [&] {
        BookDraft draft = m_generator.book();
        // A number no generated title has, so that no create fails as a duplicate.
        draft.title += QStringLiteral(" #") + m_titleTag + QLatin1Char('-') + QString::number(++m_serial);
        inFlight.push_back(books.create(target.bigOwner, draft));
    };
    const GroupCommitWriter::Statistics writerBefore = target.backend->database().writer().statistics();
    const Usage before = Usage::now();
    QElapsedTimer timer;
    timer.start();
    qint64 created = 0;
    const qint64 deadlineNs = qint64(m_settings.secondsPerRound * 1e9);
    while (timer.nsecsElapsed() < deadlineNs) {
        while (int(inFlight.size()) < m_settings.inFlight)
            submit();
        const Result<Book> done = inFlight.front().result();
        inFlight.pop_front();
        if (!done)
            return done.error();
        ++created;
    }
    while (!inFlight.empty()) {
        const Result<Book> done = inFlight.front().result();
        inFlight.pop_front();
        if (!done)
            return done.error();
        ++created;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const Usage after = Usage::now();
    const GroupCommitWriter::Statistics writerAfter = target.backend->database().writer().statistics();
    const double creates = double(std::max<qint64>(1, created));
    const double commits = double(std::max<quint64>(1, writerAfter.batches - writerBefore.batches));
    return RoundOutcome {double(created) / seconds,
                         (after.cpuMicroseconds - before.cpuMicroseconds) / creates,
                         (after.bytesWritten - before.bytesWritten) / 1024.0 / creates,
                         (after.bytesRead - before.bytesRead) / 1024.0 / creates,
                         double(writerAfter.jobs - writerBefore.jobs) / commits};
}

Result<MarkdownTable> InsertRateBenchmark::run()
{
    QList<LatencySummary> rates(m_targets.size()); // creates/s, kept in a summary for its median
    QList<LatencySummary> ratios(m_targets.size());
    QList<LatencySummary> cpu(m_targets.size()), written(m_targets.size()), read(m_targets.size()),
        perCommit(m_targets.size());
    for (int run = 0; run < m_settings.rounds; ++run) {
        QList<double> thisRound;
        for (qsizetype index = 0; index < m_targets.size(); ++index) {
            const Result<RoundOutcome> outcome = round(m_targets.at(index));
            if (!outcome)
                return outcome.error();
            thisRound.append(outcome->createsPerSecond);
            cpu[index].add(outcome->cpuMicrosecondsPerCreate);
            written[index].add(outcome->kibWrittenPerCreate);
            read[index].add(outcome->kibReadPerCreate);
            perCommit[index].add(outcome->createsPerCommit);
        }
        for (qsizetype index = 0; index < m_targets.size(); ++index) {
            rates[index].add(thisRound.at(index));
            ratios[index].add(100.0 * thisRound.at(index) / thisRound.at(0));
        }
    }
    MarkdownTable table({QStringLiteral("durable creates, %1 in flight").arg(m_settings.inFlight),
                         QStringLiteral("books before"), QStringLiteral("creates/s (median)"),
                         QStringLiteral("min"), QStringLiteral("max"),
                         QStringLiteral("% of ") + m_targets.constFirst().label,
                         QStringLiteral("CPU µs/create"), QStringLiteral("KiB written/create"),
                         QStringLiteral("KiB read/create"), QStringLiteral("creates/commit")});
    for (qsizetype index = 0; index < m_targets.size(); ++index) {
        table.addRow({m_targets.at(index).label, MarkdownTable::count(m_targets.at(index).books),
                      QString::number(rates.at(index).median(), 'f', 0),
                      QString::number(rates.at(index).percentile(0), 'f', 0),
                      QString::number(rates.at(index).max(), 'f', 0),
                      QString::number(ratios.at(index).median(), 'f', 0) + QLatin1Char('%'),
                      QString::number(cpu.at(index).median(), 'f', 0),
                      QString::number(written.at(index).median(), 'f', 1),
                      QString::number(read.at(index).median(), 'f', 1),
                      QString::number(perCommit.at(index).median(), 'f', 1)});
    }
    return table;
}
