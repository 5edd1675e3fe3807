#pragma once

#include "common/OpenSslThreadState.h"
#include "common/Result.h"
#include "passwords/PasswordHasher.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

// Runs Argon2 off the calling thread, on a pool of its own with a bounded queue. At most `maxConcurrent`
// hashes run at once (each holds Argon2Parameters::memoryKiB of memory) and at most `maxQueued` wait; a
// request beyond that is refused at once with ErrorKind::Unavailable, so a login storm costs bounded memory
// and gets a quick "try again" instead of an ever-growing queue.
class PasswordHashingPool
{
public:
    explicit PasswordHashingPool(PasswordHasher hasher, int maxConcurrent = 0 /* one per core */,
                                 int maxQueued = 64);
    ~PasswordHashingPool();
    PasswordHashingPool(const PasswordHashingPool &) = delete;
    PasswordHashingPool &operator=(const PasswordHashingPool &) = delete;

    const PasswordHasher &hasher() const { return m_hasher; }

    QFuture<Result<QString>> hash(const QString &password);
    QFuture<Result<PasswordHasher::Check>> verify(const QString &password, const QString &phc);

    // Hashes waiting or running now.
    int inFlight() const { return m_inFlight.load(); }
    int capacity() const { return m_capacity; }

private:
    template<typename T>
    QFuture<Result<T>> schedule(std::function<Result<T>()> work);
    // Hashing threads run at a lower scheduling priority (nice 10 on Linux, once per thread): under a login
    // storm they use what the request threads leave, so reads stay fast while sign-ins still progress.
    static void lowerThreadPriority();

    PasswordHasher m_hasher;
    QThreadPool m_pool;
    std::atomic<int> m_inFlight {0};
    int m_capacity;
};

template<typename T>
QFuture<Result<T>> PasswordHashingPool::schedule(std::function<Result<T>()> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    if (m_inFlight.fetch_add(1) >= m_capacity) {
        m_inFlight.fetch_sub(1);
        promise->addResult(Result<T>(Error::unavailable(
            ErrorCode::TooBusy,
            QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                             "Too many sign-ins are being checked right now; "
                                             "try again in a moment.")))));
        promise->finish();
        return future;
    }
    m_pool.start([this, promise, work = std::move(work)] {
        lowerThreadPriority();
        OpenSslThreadState::releaseWhenThisThreadFinishes(); // continuations may issue tokens here
        Result<T> outcome = work();
        m_inFlight.fetch_sub(1); // before the result is visible: a waiting caller may check inFlight()
        promise->addResult(std::move(outcome));
        promise->finish();
    });
    return future;
}
