#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// A PostgreSQL server of the test's own: initdb and pg_ctl from Debian's `postgresql` package in a fresh
// directory under the temporary path, on a free port of 127.0.0.1, trusted for the role `bookwarden`,
// stopped and removed afterwards. Tests never assume a running service, and a root CI runner still works:
// PostgreSQL refuses to run as root, so as root the server runs as the package's `postgres` account.
//
// Each server's directory holds `owner.pid`, the test process that started it. A process killed by a
// timeout cannot stop its server; the next start of any TemporaryPostgres stops and removes the servers
// whose owner no longer exists (and never those of a live process). Processes are judged by pid, so
// containers with their own pid namespaces must not share one temporary directory.
class TemporaryPostgres
{
public:
    TemporaryPostgres();
    // Stops the server (if running) and removes its directory; needs no QCoreApplication.
    ~TemporaryPostgres();
    Q_DISABLE_COPY_MOVE(TemporaryPostgres)

    // One server for the whole test process, started on first use and removed when the process ends
    // (when the QCoreApplication is destroyed, or at static destruction without one). When it could not
    // start, isRunning() is false and error() says why; it is not tried again.
    static TemporaryPostgres &shared();

    // Creates the directory and the cluster and starts the server; true when it answers. A server that
    // is already running is left alone; a stopped one is removed and replaced by a fresh one.
    bool start();
    // `pg_ctl stop -m fast` and `pg_ctl start` on the same directory and port, for tests of a database
    // that goes away and comes back.
    bool stop();
    bool startAgain();

    bool isRunning() const { return m_running; }
    // Why the last operation failed: the tool's output and, for a failed start, the server log's tail.
    QString error() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("bookwarden"); }
    QString directory() const { return m_directory; }
    QString binDirectory() const { return m_binDirectory; }
    qint64 initdbMilliseconds() const { return m_initdbMilliseconds; }
    qint64 startMilliseconds() const { return m_startMilliseconds; }

    // Creates a new empty database (bw_1, bw_2, … in this server) and returns its URL,
    // postgresql://bookwarden@127.0.0.1:PORT/bw_N?sslmode=disable; empty, with error(), on failure.
    QString createDatabase();

    // Runs `sql` through psql in `database` (a name such as "postgres", or a URL from createDatabase()),
    // stopping at the first error. `output` receives psql's unaligned, tuples-only output (`-At`: one row
    // a line, columns separated by '|') without the final line break.
    bool runSql(const QString &database, const QString &sql, QString *output = nullptr);

    // The newest /usr/lib/postgresql/VERSION/bin holding initdb, pg_ctl and psql, or
    // $BOOKWARDEN_POSTGRES_BINDIR when set; empty when none.
    static QString findBinDirectory();

private:
    enum class Account { Current, Server };

    bool createDirectory();
    bool initializeCluster();
    bool startServer();
    bool startOnFreePort();
    // Stops the server without QProcess (it also runs at static destruction) and removes the directory.
    void shutDown();
    void removeDirectory();
    static void removeLeftovers();
    static bool runsAsServerAccount();

    // Runs a tool of the bin directory (or one named by its absolute path); as the `postgres` account
    // when `account` is Server and this process is root. On failure m_error names the tool, its exit and
    // its output.
    bool runTool(const QString &tool, const QStringList &arguments, Account account, int timeoutMs,
                 QString *output = nullptr);
    QString logTailSince(qint64 offset) const;
    qint64 logSize() const;
    QString dataDirectory() const;

    QString m_binDirectory;
    QString m_directory;
    QString m_error;
    int m_port = 0;
    int m_databaseCount = 0;
    bool m_running = false;
    qint64 m_initdbMilliseconds = 0;
    qint64 m_startMilliseconds = 0;
};
