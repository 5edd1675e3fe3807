#include "FirstPaintReporter.h"

#include "LiveTableModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <utility>

FirstPaintReporter::FirstPaintReporter(QWidget *window, std::chrono::steady_clock::time_point mainStarted)
    : QObject(window)
    , m_window(window)
    , m_mainStarted(mainStarted)
{
    window->installEventFilter(this);
}

void FirstPaintReporter::installIfRequested(QWidget *window,
                                            std::chrono::steady_clock::time_point mainStarted)
{
    if (qEnvironmentVariableIntValue("BOOKWARDEN_REPORT_FIRST_PAINT") == 1)
        new FirstPaintReporter(window, mainStarted);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // The window's own paint event comes first in a repaint; its children paint in the same pass, so
        // the report waits for the event loop's next turn, when the whole frame is done.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return false;
}

void FirstPaintReporter::print(const char *what)
{
    const auto elapsed = std::chrono::steady_clock::now() - m_mainStarted;
    std::fprintf(
        stderr, "%s %lld\n", what,
        static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
    std::fflush(stderr);
}

void FirstPaintReporter::reportRowsWhenRead()
{
    if (LiveTableModel::anyReading(m_window) || std::exchange(m_rowsReported, true))
        return;
    // The frame with the rows is drawn in the event loop's next turn.
    QTimer::singleShot(0, this, [this] { print("first-rows-ms"); });
}

void FirstPaintReporter::report()
{
    print("first-paint-ms");
    for (LiveTableModel *model : m_window->findChildren<LiveTableModel *>())
        connect(model, &LiveTableModel::readingChanged, this, &FirstPaintReporter::reportRowsWhenRead);
    reportRowsWhenRead();
    bool set = false;
    const int quitAfterMs = qEnvironmentVariableIntValue("BOOKWARDEN_QUIT_AFTER_FIRST_PAINT_MS", &set);
    if (set)
        QTimer::singleShot(quitAfterMs, QCoreApplication::instance(), &QCoreApplication::quit);
}
