#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <functional>

class GroupCommitWriter;
struct Actor;
struct BookQuery;

// Repeated book-list reads answered from memory. An entry is the finished JSON of one list response, keyed
// by who asked (user, role) and exactly what they asked (the whole query and the response format); it
// stays valid only while no write has been committed since the read that built it began (the writer's
// commit generation), so a reader never sees a list older than a write it was told succeeded. Each HTTP
// worker thread keeps its own entries (no lock on the read path): at most 512 entries and 8 MiB per
// thread, all dropped at once when the limit or the generation is reached.
//
//   const QByteArray key = BookPageCache::key("v1", actor, query);
//   Result<QByteArray> json = cache.answer(key, [&] { return buildThePage(); });
class BookPageCache
{
public:
    explicit BookPageCache(const GroupCommitWriter &writer);

    // `format` names the response shape (the v1 page, the tutorial list): the same query in another
    // shape is another entry.
    static QByteArray key(QByteArrayView format, const Actor &actor, const BookQuery &query);

    // The cached JSON for `key`, or what `build` returns; a successful build is kept for the next reader.
    Result<QByteArray> answer(const QByteArray &key, const std::function<Result<QByteArray>()> &build) const;

    // Entries kept by the calling thread (for tests).
    static qsizetype entriesOnThisThread();

    static constexpr qsizetype maximumEntries = 512;
    static constexpr qsizetype maximumBytes = 8 * 1024 * 1024;

private:
    const GroupCommitWriter &m_writer;
    const quint64 m_serial; // tells this cache's entries from an earlier cache's on the same thread
};
