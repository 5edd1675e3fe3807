#include "BookPageCache.h"

#include "books/BookQuery.h"
#include "storage/GroupCommitWriter.h"
#include "users/Actor.h"

#include <QHash>

#include <atomic>

namespace {
struct ThreadEntries
{
    quint64 cacheSerial = 0; // entries belong to one cache, and so to one database
    quint64 generation = 0;
    qsizetype bytes = 0;
    QHash<QByteArray, QByteArray> pages;

    void reset(quint64 serial, quint64 current)
    {
        pages.clear();
        bytes = 0;
        cacheSerial = serial;
        generation = current;
    }
};

thread_local ThreadEntries threadEntries;
std::atomic<quint64> lastCacheSerial {0};

// Each field with its length in front, so that no value can pass for a field boundary.
void appendField(QByteArray &key, QByteArrayView field)
{
    key += QByteArray::number(field.size());
    key += ':';
    key += field;
}
} // namespace

BookPageCache::BookPageCache(const GroupCommitWriter &writer)
    : m_writer(writer)
    , m_serial(lastCacheSerial.fetch_add(1, std::memory_order_relaxed) + 1)
{ }

QByteArray BookPageCache::key(QByteArrayView format, const Actor &actor, const BookQuery &query)
{
    QByteArray key;
    key.reserve(96 + query.cursor.size() + query.text.size() + query.ownerPublicId.size());
    appendField(key, format);
    appendField(key, QByteArray::number(actor.userId));
    appendField(key, actor.isAdmin() ? "admin" : "user");
    appendField(key, QByteArray::number(query.limit));
    appendField(key, QByteArray::number(int(query.sort)));
    appendField(key, query.descending ? "desc" : "asc");
    appendField(key, query.cursor.toUtf8());
    appendField(key, query.text.toUtf8());
    appendField(key, query.ownerPublicId.toUtf8());
    return key;
}

Result<QByteArray> BookPageCache::answer(const QByteArray &key,
                                         const std::function<Result<QByteArray>()> &build) const
{
    // Read before the build starts: a commit racing with the build makes the entry stale at once.
    const quint64 generation = m_writer.commitGeneration();
    ThreadEntries &entries = threadEntries;
    if (entries.cacheSerial != m_serial || entries.generation != generation)
        entries.reset(m_serial, generation);
    if (const auto found = entries.pages.constFind(key); found != entries.pages.cend())
        return *found;

    Result<QByteArray> built = build();
    if (!built)
        return built;
    const qsizetype size = key.size() + built->size();
    if (entries.pages.size() >= maximumEntries || entries.bytes + size > maximumBytes)
        entries.reset(m_serial, generation);
    if (size <= maximumBytes) {
        entries.pages.insert(key, built.value());
        entries.bytes += size;
    }
    return built;
}

qsizetype BookPageCache::entriesOnThisThread()
{
    return threadEntries.pages.size();
}
