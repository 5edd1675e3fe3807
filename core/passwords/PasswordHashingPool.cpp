#include "passwords/PasswordHashingPool.h"

#include <QThread>

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

QFuture<Result<PasswordHasher::Check>> PasswordHashingPool::verify(const QString &password, const QString &phc)
{
    return schedule<PasswordHasher::Check>([this, password, phc] { return m_hasher.verify(password, phc); });
}
