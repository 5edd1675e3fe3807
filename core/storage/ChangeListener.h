#pragma once

#include "storage/DatabaseUrl.h"
#include "storage/InstanceChanges.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;
class SqlConnection;

// A thread that listens to the other processes sharing a PostgreSQL database (InstanceChanges): it LISTENs
// on its own connection, and whenever one of them commits (a NOTIFY), and at least every half second in
// any case, reads the changes it has not seen and hands each one made elsewhere to `apply`. Changes are read
// in id order; an id that is not there yet while later ones are (a transaction that took its id first but
// commits later) is waited for, up to gapPatienceMs, so that none is skipped. When its connection fails it
// reconnects (once a second at most), and after every (re)connection it asks for a resynchronisation:
// whatever was missed meanwhile is reloaded from the tables, which stay the truth.
class ChangeListener
{
public:
    struct Handlers
    {
        std::function<void(const InstanceChanges::Change &)> apply; // a change another process made
        std::function<void()> othersCommitted; // another process committed something (caches go stale)
        std::function<void()> resynchronise; // connected (again): reload what is kept in memory
        std::function<void()> stopping; // on the listener's thread, as it ends (closing connections)
    };

    static constexpr qint64 gapPatienceMs = 10'000;
    static constexpr int pollIntervalMs = 500;

    // `startAfterId`: the newest change when the process loaded what it keeps in memory; the first connection
    // reads on from there (no resynchronisation: nothing was missed), later ones resynchronise.
    ChangeListener(DatabaseUrl url, QString origin, QString connectionName, Handlers handlers,
                   qint64 startAfterId);
    // Stops the thread (within a poll interval) and closes its connection.
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // How many changes from elsewhere have been applied so far (for tests and metrics).
    quint64 appliedChanges() const { return m_applied.load(); }

private:
    void threadMain();
    bool connect(std::unique_ptr<SqlConnection> &connection);
    // Waits up to the poll interval for a notification; true when another process committed.
    bool waitForNotification(SqlConnection &connection);
    Status readChanges(SqlConnection &connection, qint64 nowMs);

    DatabaseUrl m_url;
    QString m_origin;
    QString m_connectionName;
    Handlers m_handlers;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stopping {false};
    std::atomic<quint64> m_applied {0};

    // Listener thread only: every change with an id up to m_through is applied or given up; m_seen holds
    // the applied ones above it; m_gapSinceMs is when the lowest missing id was first noticed.
    qint64 m_through = 0;
    bool m_connectedBefore = false;
    // The constructor returns once the first connection was tried (LISTEN in place when it worked), so that
    // no commit of another process after Backend::open goes unnoticed.
    std::mutex m_startMutex;
    std::condition_variable m_started;
    bool m_firstAttemptDone = false;
    QSet<qint64> m_seen;
    qint64 m_gapSinceMs = 0;
};
