#include "InsertRateBenchmark.h"

#include "Backend.h"
#include "LatencySummary.h"
#include "books/BookService.h"

#include <QElapsedTimer>

#include <deque>

InsertRateBenchmark::InsertRateBenchmark(QList<ScaleTarget> targets, Settings settings)
    : m_targets(std::move(targets))
    , m_settings(settings)
{ }

Result<double> InsertRateBenchmark::round(const ScaleTarget &target)
{
    BookService &books = target.backend->books();
    std::deque<QFuture<Result<Book>>> inFlight;
    auto submit = [&] {
        BookDraft draft = m_generator.book();
        // A number no generated title has, so that no create fails as a duplicate.
        draft.title += QStringLiteral(" #") + QString::number(++m_serial);
        inFlight.push_back(books.create(target.bigOwner, draft));
    };
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
    return double(created) / (double(timer.nsecsElapsed()) / 1e9);
}

Result<MarkdownTable> InsertRateBenchmark::run()
{
    QList<LatencySummary> rates(m_targets.size()); // creates/s, kept in a summary for its median
    QList<LatencySummary> ratios(m_targets.size());
    for (int run = 0; run < m_settings.rounds; ++run) {
        QList<double> thisRound;
        for (const ScaleTarget &target : m_targets) {
            const Result<double> rate = round(target);
            if (!rate)
                return rate.error();
            thisRound.append(rate.value());
        }
        for (qsizetype index = 0; index < m_targets.size(); ++index) {
            rates[index].add(thisRound.at(index));
            ratios[index].add(100.0 * thisRound.at(index) / thisRound.at(0));
        }
    }
    MarkdownTable table({QStringLiteral("durable creates, %1 in flight").arg(m_settings.inFlight),
                         QStringLiteral("books before"), QStringLiteral("creates/s (median)"),
                         QStringLiteral("min"), QStringLiteral("max"),
                         QStringLiteral("% of ") + m_targets.constFirst().label});
    for (qsizetype index = 0; index < m_targets.size(); ++index) {
        table.addRow({m_targets.at(index).label, MarkdownTable::count(m_targets.at(index).books),
                      QString::number(rates.at(index).median(), 'f', 0),
                      QString::number(rates.at(index).percentile(0), 'f', 0),
                      QString::number(rates.at(index).max(), 'f', 0),
                      QString::number(ratios.at(index).median(), 'f', 0) + QLatin1Char('%')});
    }
    return table;
}
