#include "passwords/PasswordHashingPool.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

PasswordHashingPool::PasswordHashingPool(PasswordHasher hasher, int maxConcurrent, int maxQueued)
    : m_hasher(std::move(hasher))
{
    const int threads = maxConcurrent > 0 ? maxConcurrent : qMax(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(threads);
    m_pool.setObjectName(QStringLiteral("bookwarden-passwords"));
    m_capacity = threads + qMax(0, maxQueued);
}

PasswordHashingPool::~PasswordHashingPool()
{
    m_pool.waitForDone();
}

QFuture<Result<QString>> PasswordHashingPool::hash(const QString &password)
{
    return schedule<QString>([this, password] { return m_hasher.hash(password); });
}

QFuture<Result<PasswordHasher::Check>> PasswordHashingPool::verify(const QString &password,
                                                                   const QString &phc)
{
    return schedule<PasswordHasher::Check>([this, password, phc] { return m_hasher.verify(password, phc); });
}

void PasswordHashingPool::lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux a nice value applies to one thread when given its thread id.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}
