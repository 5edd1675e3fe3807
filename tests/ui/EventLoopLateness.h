#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

// How responsive the GUI thread stays: the lateness of a 5 ms precise timer, in milliseconds, while a plain
// event loop runs (QTest::qWait would sleep between its rounds of event processing). Figures for a test to
// print, never to pass or fail on.
namespace EventLoopLateness {

// While the event loop runs for `durationMs`, with `step(round)` called every `everyMs` when given (a
// scroll, a click, a search) and whatever else the loop has to do (polling, repainting, live updates).
inline std::vector<double> measure(int durationMs, int everyMs = 0,
                                   const std::function<void(int round)> &step = {})
{
    constexpr int intervalMs = 5;
    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(intervalMs);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - intervalMs));
        last = now;
    });
    int round = 0;
    QTimer stepper;
    stepper.setInterval(everyMs);
    QObject::connect(&stepper, &QTimer::timeout, [&] { step(round++); });
    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    clock.start();
    probe.start();
    if (step && everyMs > 0)
        stepper.start();
    loop.exec();
    return lateness;
}

inline double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

} // namespace EventLoopLateness
