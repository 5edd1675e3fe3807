#include "storage/GroupCommitWriter.h"

#include "common/Clock.h"
#include "common/OpenSslThreadState.h"
#include "storage/InstanceChanges.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
// Big enough to absorb every request a loaded server has in flight; small enough that one batch's
// transaction stays short for readers in other processes.
constexpr size_t maximumBatch = 1024;

// The writer connection's own settings (docs/performance.md, "The writer at a million books"). Readers keep
// theirs (Database.cpp); every connection's common ones are in SqlConnection.cpp.
const char *const writerPragmas[] = {
    // A page cache of 32 MiB instead of SQLite's 2 MiB. An insert at a million books walks about ten
    // b-trees (the row, six ordered indexes, the search index, the counters); with 2 MiB most of their
    // pages were read back from the file on every insert (66 KiB read per create at 1M, 33 KiB with
    // 32 MiB). Memory is only taken as pages are written, so a process that writes little stays small.
    "PRAGMA cache_size = -32768",
    // A checkpoint (copying the log back into the database file) every ~40 MiB of log instead of every
    // 4 MiB: a page written again before the next checkpoint is copied once (the search index's small
    // segments, the counters, the ends of the append-only indexes), and the checkpoint's fixed costs
    // (two fsyncs) come ten times less often. The log file on disk grows to that size once and is reused.
    "PRAGMA wal_autocheckpoint = 10000",
};
} // namespace

GroupCommitWriter::GroupCommitWriter(DatabaseUrl url, QString connectionName, const Clock &clock,
                                     QString origin)
    : m_url(std::move(url))
    , m_origin(std::move(origin))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{
    m_thread = QThread::create([this] { threadMain(); });
    m_thread->setObjectName(QStringLiteral("bookwarden-writer"));
    m_thread->start();
}

GroupCommitWriter::~GroupCommitWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    m_thread->wait();
    delete m_thread;
}

bool GroupCommitWriter::enqueue(Job &&job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_queue.push_back(std::move(job));
    }
    m_wakeUp.notify_one();
    return true;
}

void GroupCommitWriter::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

GroupCommitWriter::Statistics GroupCommitWriter::statistics() const
{
    std::lock_guard lock(m_mutex);
    return m_statistics;
}

bool GroupCommitWriter::isWriterThread() const
{
    return QThread::currentThread() == m_thread;
}

void GroupCommitWriter::openConnection()
{
    m_connection.reset(); // its QSqlDatabase name is the new one's
    m_connection = SqlConnection::open(m_url, m_connectionName);
    if (!m_connection->isOpen()) {
        qCCritical(lcSql) << "the writer cannot open the database:" << m_connection->openError();
        return;
    }
    if (m_connection->isPostgresql())
        return;
    for (const char *pragma : writerPragmas) {
        // The defaults are slower, not wrong: the writer goes on without the setting.
        if (Status applied = m_connection->execute(QLatin1String(pragma), "writerPragma"); !applied)
            qCWarning(lcSql) << "the writer keeps SQLite's default for" << pragma;
    }
}

bool GroupCommitWriter::ensureConnection()
{
    if (m_connection->isHealthy())
        return true;
    // A PostgreSQL server that went away: a new connection, at most one attempt a second, so that a burst of
    // writes while the server is down does not become a burst of connection attempts.
    // The batch waits for its turn (at most that second) rather than failing at once: its requests are
    // answered within a second either way, and a server that is back by then serves them.
    constexpr qint64 retryIntervalMs = 1000;
    const qint64 wait = m_lastConnectAttemptMs + retryIntervalMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0) {
        std::unique_lock lock(m_mutex);
        if (m_wakeUp.wait_for(lock, std::chrono::milliseconds(wait), [this] { return m_stopping; }))
            return false;
    }
    m_lastConnectAttemptMs = QDateTime::currentMSecsSinceEpoch();
    openConnection();
    return m_connection->isHealthy();
}

void GroupCommitWriter::threadMain()
{
    OpenSslThreadState::releaseWhenThisThreadFinishes(); // continuations issue tokens on this thread
    openConnection();

    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wakeUp.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < maximumBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_busy = true;
        }
        runBatch(batch);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
    m_connection.reset();
}

Status GroupCommitWriter::runTransaction(std::deque<Job> &batch,
                                         std::vector<std::function<void()>> &afterCommit, bool *committing)
{
    SqlConnection &connection = *m_connection;
    Status transaction = connection.begin();
    if (transaction) {
        for (Job &job : batch) {
            WriteTransaction context(connection, m_clock.nowMs(), m_origin);
            if (Status mark
                = SqlStatement(connection, QStringLiteral("SAVEPOINT job"), "savepoint").execute();
                !mark) {
                transaction = mark;
                break;
            }
            const Status outcome = job.execute(context);
            if (outcome || context.keepsChangesDespiteError()) {
                for (auto &action : context.takeAfterCommitActions())
                    afterCommit.push_back(std::move(action));
            } else if (Status undo
                       = SqlStatement(connection, QStringLiteral("ROLLBACK TO job"), "rollbackToSavepoint")
                             .execute();
                       !undo) {
                transaction = undo; // the job's partial writes cannot be undone alone: fail the whole batch
                break;
            }
            if (Status release
                = SqlStatement(connection, QStringLiteral("RELEASE job"), "releaseSavepoint").execute();
                !release) {
                transaction = release;
                break;
            }
        }
    }
    // The other processes on a PostgreSQL database wake up when this commits (nothing with SQLite).
    if (transaction)
        transaction = InstanceChanges::notify(connection, m_origin);
    if (transaction) {
        *committing = true;
        transaction = connection.commit();
    }
    if (!transaction)
        connection.rollback();
    return transaction;
}

void GroupCommitWriter::runBatch(std::deque<Job> &batch)
{
    if (!ensureConnection()) {
        const Error unreachable = SqlConnection::unreachable();
        for (Job &job : batch)
            job.complete(&unreachable);
        std::lock_guard lock(m_mutex);
        ++m_statistics.batches;
        m_statistics.jobs += batch.size();
        ++m_statistics.failedCommits;
        return;
    }
    std::vector<std::function<void()>> afterCommit;
    bool committing = false;
    Status transaction = runTransaction(batch, afterCommit, &committing);
    // The connection was lost before the COMMIT went out (a PostgreSQL server restarted since the last
    // write): nothing of the batch was written, so it runs once more on a new connection. A connection lost
    // during the COMMIT leaves its outcome unknown; that batch is not run again.
    if (!transaction && !committing && !m_connection->isHealthy()) {
        m_lastConnectAttemptMs = 0;
        if (ensureConnection()) {
            afterCommit.clear();
            transaction = runTransaction(batch, afterCommit, &committing);
        }
    }

    {
        std::lock_guard lock(m_mutex);
        ++m_statistics.batches;
        m_statistics.jobs += batch.size();
        m_statistics.largestBatch = std::max<quint64>(m_statistics.largestBatch, batch.size());
        if (!transaction)
            ++m_statistics.failedCommits;
    }

    if (transaction) {
        m_commitGeneration.fetch_add(1, std::memory_order_release);
        for (auto &action : afterCommit)
            action();
        for (Job &job : batch)
            job.complete(nullptr);
        return;
    }
    const Error failure = !m_connection->isHealthy()
        ? SqlConnection::unreachable()
        : Error(ErrorKind::Storage, ErrorCode::StorageError,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "Error", "The database could not save the change; nothing was written.")));
    qCCritical(lcSql) << "a batch of" << batch.size()
                      << "writes failed and was rolled back:" << transaction.error().message();
    for (Job &job : batch)
        job.complete(&failure);
}
