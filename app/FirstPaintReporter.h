#pragma once

#include <QObject>

#include <chrono>

class QWidget;

// For tools/scalebench: with BOOKWARDEN_REPORT_FIRST_PAINT=1 in the environment, prints one line
// "first-paint-ms <n>" to stderr once the main window has been painted for the first time (n counted from
// the start of main()), then "first-rows-ms <n>" once the tables' first pages (read off the GUI thread) are
// in, and with BOOKWARDEN_QUIT_AFTER_FIRST_PAINT_MS=<ms> quits that long after the paint, so
// that a benchmark can read the settled process's memory and then let it exit cleanly. Does nothing when
// the variable is not set.
class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    static void installIfRequested(QWidget *window, std::chrono::steady_clock::time_point mainStarted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QWidget *window, std::chrono::steady_clock::time_point mainStarted);
    void report();
    // "first-rows-ms" once no table of the window is reading.
    void reportRowsWhenRead();
    void print(const char *what);

    QWidget *m_window;
    std::chrono::steady_clock::time_point m_mainStarted;
    bool m_painted = false;
    bool m_rowsReported = false;
};
