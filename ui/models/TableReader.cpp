#include "TableReader.h"

#include "storage/Database.h"

#include <QMetaObject>

// Four tables' readers and the GUI thread's own connection, every cache full, on top of the 47 MiB the app
// holds at a million books: well inside the 150 MiB it may use.
static_assert(4 * TableReader::cacheKiB + Database::readerCacheKiB <= 80 * 1024);

TableReader::TableReader(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("TableReader"));
    connect(
        &m_thread, &QThread::started, &m_thread, [] { Database::setThreadCacheKiB(cacheKiB); },
        Qt::DirectConnection);
    // Emitted on the thread itself as it finishes: its connections close there, where they were opened.
    connect(
        &m_thread, &QThread::finished, &m_thread, [] { Database::releaseThreadConnections(); },
        Qt::DirectConnection);
}

TableReader::~TableReader()
{
    stop();
    delete m_context;
}

void TableReader::stop()
{
    // Jobs still queued are dropped with the context; the one running finishes first.
    m_stopped = true;
    m_thread.quit();
    m_thread.wait();
}

void TableReader::run(std::function<void()> job)
{
    if (m_stopped)
        return;
    if (!m_thread.isRunning()) {
        if (!m_context) {
            m_context = new QObject;
            m_context->moveToThread(&m_thread);
        }
        m_thread.start();
    }
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}
