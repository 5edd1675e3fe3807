#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"
#include "storage/GroupCommitWriter.h"

#include <QString>

#include <functional>
#include <memory>

class Clock;
class SqlConnection;

// The open Bookwarden database, an SQLite file or a PostgreSQL database: validated, migrated (SQLite in WAL
// mode). Reads use the calling thread's own connection (connection()); every write goes through writer(),
// the single group-committing writer of this process. SQLite: one process at a time, open() refuses a file
// another process holds open (database_in_use). PostgreSQL: any number of processes, which tell each other
// what they keep in memory (InstanceChanges, ChangeListener).
class Database
{
public:
    // SQLite: creates the directory (0700) and file (0600) when missing, refuses files that are not SQLite
    // databases or are damaged. Both: refuses a database written by a newer Bookwarden or holding tables
    // of something else, then applies pending migrations (on PostgreSQL under an advisory lock, so that
    // servers started together migrate once).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const Clock &clock);
    // PostgreSQL: connects once and disconnects, to learn whether the server answers and accepts these
    // credentials before anything is opened. The connection is its own, so any thread may ask: the desktop
    // app asks off its GUI thread, since an unreachable host takes connect_timeout (5 s) to say so. The
    // error is open()'s (database_unreachable, libpq's reason in it). SQLite: nothing to ask, succeeds.
    static Status checkReachable(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's connection, opened on first use in this thread.
    SqlConnection &connection();
    // Closes the calling thread's connection now; worker threads call it before they end.
    void releaseThreadConnection();
    // The page cache of the connections the calling thread opens from now on, in KiB (readerCacheKiB unless
    // set): a process with many reading threads (the desktop app's tables) bounds its memory with it.
    static void setThreadCacheKiB(int kib);
    static constexpr int readerCacheKiB = 24 * 1024;
    // Closes the calling thread's connections to every open database: for a thread that reads for whichever
    // database its jobs name (the GUI's table readers), before it ends.
    static void releaseThreadConnections();

    GroupCommitWriter &writer() { return *m_writer; }
    // This process among those sharing a PostgreSQL database (a random id per open).
    QString origin() const { return m_origin; }
    // Tells the other processes on a PostgreSQL database about a change they keep in memory, at once (on
    // the calling thread's connection, outside any transaction). Writes inside a write job use
    // WriteTransaction::publish instead. Nothing to do with SQLite.
    Status publishNow(const QString &kind, const QString &payload);
    // Runs `work` while no other process sharing the PostgreSQL database runs its own (an advisory lock
    // held by the calling thread's connection): first-start steps that read "is there one yet?" and then
    // create it (the first signing key, the first administrator), so that servers started together make one.
    // With SQLite the file lock already keeps other processes out.
    Status runAlone(const std::function<Status()> &work);
    const Clock &clock() const { return m_clock; }
    DatabaseUrl url() const { return m_url; }
    QString filePath() const { return m_url.path(); } // SQLite only; empty for PostgreSQL
    int schemaVersion() const { return m_schemaVersion; }

    // For health checks: a read on the calling thread's connection answers, and (SQLite) the file opened is
    // still the one at its path (not deleted, moved away or replaced, which would make every later write
    // vanish with the orphaned file).
    Status checkHealth();

private:
    Database(DatabaseUrl url, const Clock &clock);
    Status openSqlite();
    Status openPostgresql();
    Status checkFileIsStillThere() const;
    QString connectionName(const char *purpose) const;

    DatabaseUrl m_url;
    const Clock &m_clock;
    quint64 m_instanceId;
    QString m_origin;
    int m_schemaVersion = 0;
    // The device and inode of the file opened, to notice it being deleted or replaced.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
    std::unique_ptr<GroupCommitWriter> m_writer;
    int m_lockFd = -1; // SQLite: holds <file>.lock while open
};
