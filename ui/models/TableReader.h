#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// The thread a table model reads its pages and counts on, so that a read that takes long (a search for a
// frequent word over a million books, a count) never holds the GUI's event loop. Jobs run one at a time, in
// the order given, on a connection of the thread's own (core opens one per thread); the thread starts with
// the first job and ends, closing its connections, with stop() or when the reader is destroyed — after the
// job running then has finished.
class TableReader : public QObject
{
    Q_OBJECT

public:
    // The page cache of a reader's connection: the window has one reader per table (four) besides its own
    // connection, and the desktop app stays under 150 MiB with all of them full (docs/performance.md).
    static constexpr int cacheKiB = 12 * 1024;

    explicit TableReader(QObject *parent = nullptr);
    ~TableReader() override;

    // Runs `job` on the reader's thread. A job says what it found by posting to the GUI thread itself.
    // After stop(), jobs are dropped.
    void run(std::function<void()> job);
    // Lets the job running finish, drops those queued and ends the thread: before the backend the jobs read
    // from goes.
    void stop();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what jobs are queued to
    bool m_stopped = false;
};
