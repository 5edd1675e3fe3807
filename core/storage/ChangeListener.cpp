#include "storage/ChangeListener.h"

#include "storage/PostgresConnection.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

#include <libpq-fe.h>
#include <poll.h>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

ChangeListener::ChangeListener(DatabaseUrl url, QString origin, QString connectionName, Handlers handlers,
                               qint64 startAfterId)
    : m_url(std::move(url))
    , m_origin(std::move(origin))
    , m_connectionName(std::move(connectionName))
    , m_handlers(std::move(handlers))
    , m_through(startAfterId)
{
    m_thread = QThread::create([this] { threadMain(); });
    m_thread->setObjectName(QStringLiteral("bookwarden-changes"));
    m_thread->start();
    std::unique_lock lock(m_startMutex);
    m_started.wait(lock, [this] { return m_firstAttemptDone; });
}

ChangeListener::~ChangeListener()
{
    m_stopping = true;
    m_thread->wait();
    delete m_thread;
}

bool ChangeListener::connect(std::unique_ptr<SqlConnection> &connection)
{
    connection.reset(); // its QSqlDatabase name is the new one's
    connection = SqlConnection::open(m_url, m_connectionName);
    if (!connection->isHealthy())
        return false;
    if (Status listen = connection->execute(
            QStringLiteral("LISTEN ") + QLatin1String(InstanceChanges::channel), "listenForInstances");
        !listen)
        return false;
    // The first time, the changes since the process loaded its state are read one by one. After a lost
    // connection, what was missed meanwhile is reloaded from the tables, and the changes after this point
    // are read one by one.
    if (!m_connectedBefore) {
        m_connectedBefore = true;
        return true;
    }
    const Result<qint64> newest = InstanceChanges::newestId(*connection);
    if (!newest)
        return false;
    m_through = newest.value();
    m_seen.clear();
    m_gapSinceMs = 0;
    m_handlers.resynchronise();
    return true;
}

bool ChangeListener::waitForNotification(SqlConnection &connection)
{
    PGconn *handle = static_cast<PostgresConnection &>(connection).handle();
    pollfd socket {PQsocket(handle), POLLIN, 0};
    ::poll(&socket, 1, pollIntervalMs);
    if (!PQconsumeInput(handle))
        return false; // the connection is gone: isHealthy() says so
    bool others = false;
    while (PGnotify *notification = PQnotifies(handle)) {
        others = others || QString::fromUtf8(notification->extra) != m_origin;
        PQfreemem(notification);
    }
    return others;
}

Status ChangeListener::readChanges(SqlConnection &connection, qint64 now)
{
    constexpr int batch = 1000;
    for (;;) {
        const Result<QList<InstanceChanges::Change>> changes
            = InstanceChanges::since(connection, m_through, batch);
        if (!changes)
            return changes.error();
        for (const InstanceChanges::Change &change : changes.value()) {
            if (m_seen.contains(change.id))
                continue;
            m_seen.insert(change.id);
            if (change.origin != m_origin) {
                m_handlers.apply(change);
                ++m_applied;
            }
        }
        // Advance over what is contiguous; a missing id is waited for, then given up (a rolled-back
        // transaction leaves its id unused for good).
        while (!m_seen.isEmpty()) {
            if (m_seen.remove(m_through + 1)) {
                ++m_through;
                m_gapSinceMs = 0;
                continue;
            }
            if (m_gapSinceMs == 0)
                m_gapSinceMs = now;
            if (now - m_gapSinceMs < gapPatienceMs)
                break;
            ++m_through;
            m_gapSinceMs = 0;
        }
        if (changes->size() < batch)
            return {};
    }
}

void ChangeListener::threadMain()
{
    std::unique_ptr<SqlConnection> connection;
    qint64 lastAttemptMs = 0;
    while (!m_stopping) {
        if (!connection || !connection->isHealthy()) {
            constexpr qint64 retryIntervalMs = 1000;
            if (nowMs() - lastAttemptMs < retryIntervalMs) {
                QThread::msleep(100);
                continue;
            }
            lastAttemptMs = nowMs();
            const bool connected = connect(connection);
            if (!m_firstAttemptDone) {
                {
                    std::lock_guard lock(m_startMutex);
                    m_firstAttemptDone = true;
                }
                m_started.notify_all();
            }
            if (!connected) {
                qCWarning(lcSql) << "not listening to the other Bookwarden processes yet:"
                                 << (connection ? connection->lastErrorText() : QString());
                continue;
            }
            qCInfo(lcSql) << "listening to the other Bookwarden processes on this database";
        }
        if (waitForNotification(*connection))
            m_handlers.othersCommitted();
        if (Status read = readChanges(*connection, nowMs()); !read)
            qCWarning(lcSql) << "reading the other processes' changes failed:" << read.error().message();
    }
    connection.reset();
    if (m_handlers.stopping)
        m_handlers.stopping();
}
