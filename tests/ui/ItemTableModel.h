#pragma once

// A table of items for tests of the live table models and tabs: ItemSource is a page source over a map
// (which can fail from an id on, and hold each read at a gate), ItemModel a KeyedTableModel over it.
#include "KeyedTableModel.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <map>

struct Item
{
    int id = 0;
    QString name;
};

// A table of items in id order, read three at a time; the cursor is the last id of the previous page.
class ItemSource
{
public:
    static constexpr int pageSize = 3;

    void put(int id, const QString &name) { m_items[id] = name; }
    void erase(int id) { m_items.erase(id); }
    void failFrom(int id) { m_failFrom = id; }
    int reads() const { return m_reads; }
    // Each read waits for the gate to let it through (QSemaphore::release()), on the thread reading, after
    // saying so to `waiting` when given.
    void holdReadsAt(QSemaphore *gate, QSemaphore *waiting = nullptr)
    {
        m_gate = gate;
        m_waiting = waiting;
    }
    // The thread the last page was read on.
    QThread *readingThread() const { return m_readingThread; }

    Result<KeyedTableModel<Item, int>::Page> page(const QString &cursor)
    {
        if (m_waiting)
            m_waiting->release();
        if (m_gate)
            m_gate->acquire();
        m_readingThread = QThread::currentThread();
        ++m_reads;
        const int after = cursor.isEmpty() ? 0 : cursor.toInt();
        if (m_failFrom > 0 && after >= m_failFrom)
            return Error::storage(QStringLiteral("The disk is gone."));
        KeyedTableModel<Item, int>::Page page;
        for (auto item = m_items.upper_bound(after); item != m_items.end(); ++item) {
            if (page.items.size() == pageSize) {
                page.nextCursor = QString::number(page.items.constLast().id);
                break;
            }
            page.items.append(Item {item->first, item->second});
        }
        return page;
    }

private:
    std::map<int, QString> m_items;
    int m_failFrom = 0;
    int m_reads = 0;
    QSemaphore *m_gate = nullptr;
    QSemaphore *m_waiting = nullptr;
    QThread *m_readingThread = nullptr;
};

class ItemModel : public KeyedTableModel<Item, int>
{
public:
    ItemModel(ItemSource &source, Loading loading)
        : KeyedTableModel(1, loading, nullptr)
        , m_source(source)
    { }

    // Reads the rows again, the next page or the first of a new question, and waits until they are in.
    void reloadNow()
    {
        reload();
        QTRY_VERIFY(!isReading());
    }
    void fetchNow()
    {
        fetchMore({});
        QTRY_VERIFY(!isReading());
    }
    void restartNow()
    {
        restart();
        QTRY_VERIFY(!isReading());
    }

    using KeyedTableModel::stageChange;
    using KeyedTableModel::stageRemoval;

    QString nameAt(int row) const { return index(row, 0).data().toString(); }

protected:
    QStringList columnTitles() const override { return {QStringLiteral("Name")}; }
    int keyOf(const Item &item) const override { return item.id; }
    QVariant cellValue(const Item &item, int, bool sortKey) const override
    {
        return sortKey ? item.name.toLower() : item.name;
    }
    PageSource pageSource() const override
    {
        return [&source = m_source](const QString &cursor) { return source.page(cursor); };
    }

private:
    ItemSource &m_source;
};

// Items 1 to 10, named "item 1"…
inline ItemSource tenItems()
{
    ItemSource source;
    for (int id = 1; id <= 10; ++id)
        source.put(id, QStringLiteral("item %1").arg(id));
    return source;
}
