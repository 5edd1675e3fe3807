#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"
#include "storage/WriteTransaction.h"

#include <QFuture>
#include <QPromise>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class Clock;
class SqlConnection;
class QThread;

// The one writer of the database. Write jobs submitted from any thread queue up; the writer thread takes
// everything queued, runs it in ONE transaction (each job inside its own SAVEPOINT, so a failing job leaves
// no trace and doesn't spoil its batch-mates) and commits once. With synchronous=FULL a commit costs an
// fsync (on PostgreSQL, a round trip and the server's WAL flush), so batching concurrent writes multiplies
// durable throughput. A job's future finishes only after
// the COMMIT that contains it: an acknowledged write is on disk.
class GroupCommitWriter
{
public:
    struct Statistics
    {
        quint64 batches = 0;
        quint64 jobs = 0;
        quint64 largestBatch = 0;
        quint64 failedCommits = 0;
    };

    // `origin` names this process to the others sharing a PostgreSQL database (InstanceChanges).
    GroupCommitWriter(DatabaseUrl url, QString connectionName, const Clock &clock, QString origin = {});
    // Finishes every job already submitted, then stops the thread.
    ~GroupCommitWriter();
    GroupCommitWriter(const GroupCommitWriter &) = delete;
    GroupCommitWriter &operator=(const GroupCommitWriter &) = delete;

    template<typename T>
    QFuture<Result<T>> submit(std::function<Result<T>(WriteTransaction &)> work);

    // submit() and wait. For tests, tools and start-up; never call it from the writer thread itself
    // (a job that needs another write simply does it on its own transaction).
    template<typename T>
    Result<T> run(std::function<Result<T>(WriteTransaction &)> work)
    {
        return submit<T>(std::move(work)).result();
    }

    // Blocks until every job submitted so far has finished (for orderly shutdown and tests).
    void waitForIdle();

    Statistics statistics() const;
    bool isWriterThread() const;

    // Goes up by one after every commit that changed the database, before the jobs in it are answered.
    // Anything computed from a read that started while it had a value is current until it changes.
    quint64 commitGeneration() const { return m_commitGeneration.load(std::memory_order_acquire); }
    // Another process sharing the database committed: what was computed from earlier reads is stale too.
    void noteCommitElsewhere() { m_commitGeneration.fetch_add(1, std::memory_order_release); }

private:
    struct Job
    {
        // Runs the work; an error rolls the job's savepoint back.
        std::function<Status(WriteTransaction &)> execute;
        // Delivers the outcome; batchFailure is set when the COMMIT itself failed.
        std::function<void(const Error *batchFailure)> complete;
    };

    bool enqueue(Job &&job);
    void threadMain();
    void openConnection();
    // Reconnects when the connection is gone, at most once a second (a batch waits for the next attempt).
    bool ensureConnection();
    void runBatch(std::deque<Job> &batch);
    // BEGIN, every job in its savepoint, COMMIT; *committing is set once the COMMIT is sent.
    Status runTransaction(std::deque<Job> &batch, std::vector<std::function<void()>> &afterCommit,
                          bool *committing);

    DatabaseUrl m_url;
    QString m_origin;
    QString m_connectionName;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::unique_ptr<SqlConnection> m_connection; // lives and dies on the writer thread
    qint64 m_lastConnectAttemptMs = 0; // steady clock, writer thread only

    mutable std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_busy = false;
    std::condition_variable m_idle;
    Statistics m_statistics;
    std::atomic<quint64> m_commitGeneration {0};
};

template<typename T>
QFuture<Result<T>> GroupCommitWriter::submit(std::function<Result<T>(WriteTransaction &)> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();

    Job job;
    job.execute = [work = std::move(work), outcome](WriteTransaction &transaction) -> Status {
        outcome->emplace(work(transaction));
        if (outcome->value().ok())
            return {};
        return outcome->value().error();
    };
    job.complete = [promise, outcome](const Error *batchFailure) {
        if (!outcome->has_value())
            promise->addResult(
                Result<T>(batchFailure ? *batchFailure : Error::internal(QStringLiteral("not run"))));
        else if (batchFailure && outcome->value().ok())
            promise->addResult(Result<T>(*batchFailure));
        else
            promise->addResult(std::move(outcome->value()));
        promise->finish();
    };
    if (!enqueue(std::move(job))) {
        promise->addResult(Result<T>(
            Error::unavailable(ErrorCode::ShuttingDown,
                               QStringLiteral(QT_TRANSLATE_NOOP(
                                   "Error", "Bookwarden is shutting down; the change was not made.")))));
        promise->finish();
    }
    return future;
}
