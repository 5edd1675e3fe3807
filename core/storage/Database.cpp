#include "storage/Database.h"

#include "common/Clock.h"
#include "storage/InstanceChanges.h"
#include "storage/MigrationRunner.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
std::atomic<quint64> nextInstanceId {1};

// Each thread's connections, one per open Database, closed when the thread ends (or earlier through
// releaseThreadConnection()). Keyed by instance id so that several databases can be open at once (tests).
struct ThreadConnections
{
    std::unordered_map<quint64, std::unique_ptr<SqlConnection>> byDatabase;
};
thread_local ThreadConnections threadConnections;
thread_local int threadCacheKiB = Database::readerCacheKiB;

Error storageError(ErrorCode code, const char *message, const QStringList &arguments)
{
    return Error(ErrorKind::Storage, code, QString::fromLatin1(message), arguments);
}

Status ensureDirectory(const QString &directory)
{
    QDir dir(directory);
    if (dir.exists())
        return {};
    if (!dir.mkpath(QStringLiteral(".")))
        return storageError(ErrorCode::DataDirectoryUnwritable,
                            QT_TRANSLATE_NOOP("Error", "Cannot create the data directory %1."),
                            {QDir::toNativeSeparators(directory)});
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Creates an empty file readable and writable by its owner only; SQLite gives its -wal and -shm files the
// same permissions as the database file.
Status createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(ErrorCode::DatabaseUnwritable,
                            QT_TRANSLATE_NOOP("Error", "Cannot create the database file %1."),
                            {QDir::toNativeSeparators(path)});
    ::close(fd);
    return {};
}

// A non-empty file must start with SQLite's magic header; anything else is refused before SQLite sees it.
Status checkIsSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(ErrorCode::DatabaseUnreadable,
                            QT_TRANSLATE_NOOP("Error", "Cannot read the database file %1."),
                            {QDir::toNativeSeparators(path)});
    if (file.size() == 0)
        return {};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return storageError(
            ErrorCode::DatabaseNotSqlite,
            QT_TRANSLATE_NOOP("Error", "%1 is not a Bookwarden database (it is not an SQLite file)."),
            {QDir::toNativeSeparators(path)});
    return {};
}

// Takes `<database>.lock` for this process alone (flock: the kernel lets it go when the process ends, however
// it ends). Returns the descriptor holding it.
Result<int> lockForThisProcess(const QString &databasePath)
{
    const QString lockPath = databasePath + QStringLiteral(".lock");
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(ErrorCode::DataDirectoryUnwritable,
                            QT_TRANSLATE_NOOP("Error", "Cannot create the lock file %1."),
                            {QDir::toNativeSeparators(lockPath)});
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        return fd;
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK)
        return storageError(ErrorCode::DatabaseInUse,
                            QT_TRANSLATE_NOOP("Error",
                                              "The database %1 is already open in another Bookwarden program "
                                              "(the desktop app or bookwarden-server). Stop that one first, "
                                              "or give this one another data directory."),
                            {QDir::toNativeSeparators(databasePath)});
    return storageError(ErrorCode::DataDirectoryUnwritable,
                        QT_TRANSLATE_NOOP("Error", "Cannot lock the database %1."),
                        {QDir::toNativeSeparators(databasePath)});
}

// Advisory lock keys of this program (numbers no other program on the server uses): the migrations, and the
// first-start steps (Database::runAlone).
constexpr qint64 migrationLockKey = 0x426f6f6b77617264; // "Bookward"
constexpr qint64 startupLockKey = migrationLockKey + 1;

Status lockAdvisory(SqlConnection &connection, const char *function, qint64 key)
{
    SqlStatement lock(connection, QStringLiteral("SELECT %1(?)").arg(QLatin1String(function)),
                      "advisoryLock");
    lock.bind(key);
    return lock.execute();
}
} // namespace

Database::Database(DatabaseUrl url, const Clock &clock)
    : m_url(std::move(url))
    , m_clock(clock)
    , m_instanceId(nextInstanceId.fetch_add(1))
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    m_writer.reset(); // drains every submitted write first
    releaseThreadConnection();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString Database::connectionName(const char *purpose) const
{
    return QStringLiteral("bookwarden-%1-%2-%3")
        .arg(m_instanceId)
        .arg(QLatin1String(purpose))
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const Clock &clock)
{
    std::unique_ptr<Database> database(new Database(url, clock));
    if (Status opened = url.isPostgresql() ? database->openPostgresql() : database->openSqlite(); !opened)
        return opened.error();
    database->m_writer = std::make_unique<GroupCommitWriter>(url, database->connectionName("writer"), clock,
                                                             database->m_origin);
    qCInfo(lcSql) << "opened" << url.displayName() << "at schema version" << database->m_schemaVersion;
    return database;
}

Status Database::checkReachable(const DatabaseUrl &url)
{
    if (!url.isPostgresql())
        return {};
    static std::atomic<int> nextProbe {1};
    const QString name = QStringLiteral("bookwarden-probe-%1").arg(nextProbe.fetch_add(1));
    const std::unique_ptr<SqlConnection> probe = SqlConnection::open(url, name);
    if (!probe->isOpen())
        return storageError(ErrorCode::DatabaseUnreachable,
                            QT_TRANSLATE_NOOP("Error", "Cannot connect to the PostgreSQL database %1: %2"),
                            {url.displayName(), probe->openError()});
    return {};
}

Status Database::openSqlite()
{
    const QString path = m_url.path();
    if (Status directory = ensureDirectory(QFileInfo(path).absolutePath()); !directory)
        return directory.error();

    // One process per database: revocations and cached lists live in this process's memory and follow
    // only the writes made through its own writer.
    const Result<int> lock = lockForThisProcess(path);
    if (!lock)
        return lock.error();
    m_lockFd = lock.value();

    const bool existed = QFileInfo::exists(path);
    if (existed) {
        if (QFileInfo(path).isDir())
            return storageError(ErrorCode::DatabaseNotSqlite,
                                QT_TRANSLATE_NOOP("Error", "%1 is a directory, not a database file."),
                                {QDir::toNativeSeparators(path)});
        if (Status sqlite = checkIsSqliteFile(path); !sqlite)
            return sqlite.error();
    } else if (Status created = createPrivateFile(path); !created) {
        return created.error();
    }

    {
        // Validation and migration happen on a connection of their own that is closed before the writer
        // starts, so that a refused file is left exactly as it was.
        const std::unique_ptr<SqlConnection> setup = SqlConnection::open(m_url, connectionName("setup"));
        if (!setup->isOpen()) {
            if (!existed)
                QFile::remove(path);
            return storageError(ErrorCode::DatabaseUnreadable,
                                QT_TRANSLATE_NOOP("Error", "Cannot open the database %1: %2"),
                                {QDir::toNativeSeparators(path), setup->openError()});
        }
        const MigrationRunner migrations(bookwardenMigrations());
        if (Status compatible = migrations.checkCompatible(*setup); !compatible)
            return compatible.error();

        // WAL lets readers on every thread proceed while the writer commits. It is a property of the file.
        {
            SqlStatement wal(*setup, QStringLiteral("PRAGMA journal_mode = WAL"), "journalMode");
            if (Status run = wal.execute();
                !run || !wal.next() || wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return storageError(ErrorCode::DatabaseUnwritable,
                                    QT_TRANSLATE_NOOP("Error", "Cannot switch %1 to write-ahead logging."),
                                    {QDir::toNativeSeparators(path)});
        }
        if (Status migrated = migrations.migrate(*setup, m_clock.nowMs()); !migrated)
            return migrated.error();
        m_schemaVersion = migrations.currentVersion(*setup).valueOr(0);
    }

    struct stat opened
    { };
    if (::stat(QFile::encodeName(path).constData(), &opened) == 0) {
        m_fileDevice = quint64(opened.st_dev);
        m_fileInode = quint64(opened.st_ino);
    }
    return {};
}

Status Database::openPostgresql()
{
    std::unique_ptr<SqlConnection> setup = SqlConnection::open(m_url, connectionName("setup"));
    if (!setup->isOpen())
        return storageError(ErrorCode::DatabaseUnreachable,
                            QT_TRANSLATE_NOOP("Error", "Cannot connect to the PostgreSQL database %1: %2"),
                            {m_url.displayName(), setup->openError()});
    const MigrationRunner migrations(bookwardenMigrations());
    {
        // Servers started together migrate one after the other: the first applies what is pending, the
        // others then find nothing left to do. The lock is the session's and goes with its connection,
        // however this process ends.
        if (Status locked = lockAdvisory(*setup, "pg_advisory_lock", migrationLockKey); !locked)
            return locked;
        const Status migrated = migrations.migrate(*setup, m_clock.nowMs());
        const Status unlocked = lockAdvisory(*setup, "pg_advisory_unlock", migrationLockKey);
        if (!migrated)
            return migrated;
        if (!unlocked)
            return unlocked;
        m_schemaVersion = migrations.currentVersion(*setup).valueOr(0);
    }
    return {};
}

SqlConnection &Database::connection()
{
    std::unique_ptr<SqlConnection> &slot = threadConnections.byDatabase[m_instanceId];
    // A connection that failed or lost its server (PostgreSQL) is opened again for the next read.
    if (slot && !slot->isHealthy())
        slot.reset();
    if (!slot) {
        slot = SqlConnection::open(m_url, connectionName("reader"));
        if (slot->isPostgresql())
            return *slot;
        // A search walks a sort order's index and reads the rows it cannot decide from the index, each on
        // another table page; SQLite's default 2 MiB cache keeps few of them, so every such row is a read
        // from the OS. 24 MiB (6,000 pages) made searches at a million books 1.5-3x faster (32 MiB and a
        // 1 GiB mmap measured alike, docs/performance.md). The cache grows only as pages are read, once per
        // thread that reads: an HTTP worker, the GUI thread, and the GUI's table readers, which ask for less
        // (setThreadCacheKiB) so that the desktop app stays under its 150 MiB with every cache full.
        if (Status cache
            = slot->execute(QStringLiteral("PRAGMA cache_size = -%1").arg(threadCacheKiB), "readerCacheSize");
            !cache)
            qCWarning(lcSql) << "reader cache size:" << cache.error().detailedMessage();
    }
    return *slot;
}

Status Database::publishNow(const QString &kind, const QString &payload)
{
    if (!m_url.isPostgresql())
        return {};
    SqlConnection &connection = this->connection();
    if (Status recorded = InstanceChanges::record(connection, m_origin, kind, payload, m_clock.nowMs());
        !recorded)
        return recorded;
    return InstanceChanges::notify(connection, m_origin);
}

Status Database::runAlone(const std::function<Status()> &work)
{
    if (!m_url.isPostgresql())
        return work();
    SqlConnection &connection = this->connection();
    if (Status locked = lockAdvisory(connection, "pg_advisory_lock", startupLockKey); !locked)
        return locked;
    const Status done = work();
    if (Status unlocked = lockAdvisory(connection, "pg_advisory_unlock", startupLockKey); !unlocked)
        qCWarning(lcSql) << "releasing the start-up lock failed:" << unlocked.error().message();
    return done;
}

void Database::releaseThreadConnection()
{
    threadConnections.byDatabase.erase(m_instanceId);
}

void Database::setThreadCacheKiB(int kib)
{
    threadCacheKiB = kib;
}

void Database::releaseThreadConnections()
{
    threadConnections.byDatabase.clear();
}

Status Database::checkHealth()
{
    if (!m_url.isPostgresql()) {
        if (Status file = checkFileIsStillThere(); !file)
            return file;
    }
    SqlStatement probe(connection(), QStringLiteral("SELECT count(*) FROM schema_migrations"), "healthCheck");
    if (Status run = probe.execute(); !run)
        return run;
    if (!probe.next())
        return Error::storage(QStringLiteral("The database did not answer."));
    return {};
}

Status Database::checkFileIsStillThere() const
{
    struct stat now
    { };
    if (::stat(QFile::encodeName(m_url.path()).constData(), &now) != 0)
        return Error::storage(
            QStringLiteral("The database file %1 is gone: writes would be lost.").arg(m_url.path()));
    if (quint64(now.st_dev) != m_fileDevice || quint64(now.st_ino) != m_fileInode)
        return Error::storage(QStringLiteral("The database file %1 was replaced since the server opened it; "
                                             "restart the server.")
                                  .arg(m_url.path()));
    return {};
}
