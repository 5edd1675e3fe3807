#pragma once

#include "LiveTableModel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// The rows of a live table, each under a stable key (a book's id, an account's public id…), read from core a
// page at a time and kept current by the changes the concrete model stages from core's signals.
//
// Pages come from a page source the concrete model gives: a cursor in (empty for the first page), the rows
// and the next cursor out (empty after the last page), as core's list APIs page with keyset cursors.
//
// Loading::AsScrolled reads one page and then one more each time a view scrolls to the end (fetchMore):
// what a table of a million rows needs, with sorting and filtering done in SQL. Loading::EveryPage reads
// every page on reload(): what the tabs need for now, as they still search and sort through proxies over all
// rows. Switching a table to lazy loading is that one constructor argument.
//
// Live changes touch only loaded rows: while pages remain to be read, a changed row that is not loaded yet is
// left to its page (a new row sorts into a page not read yet); once every page is loaded it is added.
//
// A template cannot carry Q_OBJECT: the signals and the coalescing timer live in LiveTableModel, and each
// concrete model (BookTableModel : KeyedTableModel<Book, qint64>) declares Q_OBJECT for its own.
template<typename Row, typename Key>
class KeyedTableModel : public LiveTableModel
{
public:
    struct Page
    {
        QList<Row> items;
        QString nextCursor; // empty after the last page
    };
    using PageSource = std::function<Result<Page>(const QString &cursor)>;
    enum class Loading { EveryPage, AsScrolled };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == Qt::DisplayRole || role == SortRole)
            return cellValue(row, index.column(), role == SortRole);
        if (role == KeyRole)
            return QVariant::fromValue(keyOf(row));
        return rowData(row, index.column(), role);
    }

    // Reads the rows again (every page, or as many as are loaded now) and applies the differences row by
    // row. Whatever was pending is older than what was just read, and is dropped.
    virtual Status reload()
    {
        QList<Row> fresh;
        QString cursor;
        do {
            const Result<Page> page = m_source(cursor);
            if (!page)
                return page.error();
            fresh += page->items;
            cursor = page->nextCursor;
        } while (!cursor.isEmpty() && (m_loading == Loading::EveryPage || fresh.size() < m_rows.size()));

        cancelScheduledApply();
        m_pending.clear();
        QSet<Key> seen;
        for (const Row &row : std::as_const(fresh))
            seen.insert(keyOf(row));
        QList<Key> gone;
        for (const Row &row : std::as_const(m_rows)) {
            if (!seen.contains(keyOf(row)))
                gone.append(keyOf(row));
        }
        m_loaded = true;
        m_nextCursor = cursor;
        applyRows(fresh, gone, true);
        emit changesApplied();
        return {};
    }

    // Starts over for a different question: forgets every row (a reset) and reads again.
    Status restart()
    {
        cancelScheduledApply();
        beginResetModel();
        m_rows.clear();
        m_rowByKey.clear();
        m_pending.clear();
        m_nextCursor.clear();
        m_loaded = false;
        endResetModel();
        return reload();
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }
    std::optional<Row> find(const Key &key) const
    {
        const int row = rowOf(key);
        if (row < 0)
            return std::nullopt;
        return m_rows.at(row);
    }
    const QList<Row> &rows() const { return m_rows; }

    // Applies an outcome the GUI already holds (its own write), without waiting for the change signal.
    void applyChanged(const Row &row)
    {
        stageChange(row);
        applyNow();
    }
    void applyRemoved(const Row &row)
    {
        stageRemoval(keyOf(row));
        applyNow();
    }

protected:
    KeyedTableModel(int columnCount, Loading loading, QObject *parent)
        : LiveTableModel(columnCount, parent)
        , m_loading(loading)
    { }

    void setPageSource(PageSource source) { m_source = std::move(source); }
    // A page of core's (BookPage, UserPage, SecurityEventPage…) as the page source returns it.
    template<typename CorePage>
    static Result<Page> pageOf(const Result<CorePage> &page)
    {
        if (!page)
            return page.error();
        return Page {page->items, page->nextCursor};
    }
    Result<Page> readPage(const QString &cursor) const { return m_source(cursor); }

    virtual Key keyOf(const Row &row) const = 0;
    // What a cell shows, or with `sortKey` what it sorts by (SortRole).
    virtual QVariant cellValue(const Row &row, int column, bool sortKey) const = 0;
    // Every other role of a cell (tool tips, alignment, colours, a model's own roles); none by default.
    virtual QVariant rowData(const Row &, int, int) const { return {}; }

    // The rows a signal carries are staged as changes, or as removals. Core emits its change signals on the
    // writer thread after the commit: they are queued to this (the GUI) thread.
    template<typename Sender>
    void stageChangesFrom(const Sender *sender, void (Sender::*signal)(const Row &))
    {
        connect(
            sender, signal, this, [this](const Row &row) { stageChange(row); }, Qt::QueuedConnection);
    }
    template<typename Sender>
    void stageRemovalsFrom(const Sender *sender, void (Sender::*signal)(const Row &))
    {
        connect(
            sender, signal, this, [this](const Row &row) { stageRemoval(keyOf(row)); }, Qt::QueuedConnection);
    }

    // Live changes, applied after coalescingMs (or at once by applyNow()). The writer emits in commit order,
    // so the newest change staged for a key is its current state. A model whose rows leave when they change
    // (a session that ended) decides that here.
    virtual void stageChange(const Row &row)
    {
        m_pending.insert(keyOf(row), row);
        scheduleApply();
    }
    void stageRemoval(const Key &key)
    {
        m_pending.insert(key, std::nullopt);
        scheduleApply();
    }
    // Every loaded or staged row for which `gone` holds goes (rows that left with something else).
    void stageRemovalWhere(const std::function<bool(const Row &)> &gone)
    {
        for (const Row &row : std::as_const(m_rows)) {
            if (gone(row))
                m_pending.insert(keyOf(row), std::nullopt);
        }
        for (auto change = m_pending.begin(); change != m_pending.end(); ++change) {
            if (change.value() && gone(*change.value()))
                change.value() = std::nullopt;
        }
        scheduleApply();
    }
    // The change staged for a key: a row, std::nullopt for a removal; nothing when none is staged.
    std::optional<std::optional<Row>> stagedChange(const Key &key) const
    {
        const auto found = m_pending.constFind(key);
        if (found == m_pending.cend())
            return std::nullopt;
        return found.value();
    }

    bool applyPendingChanges() override
    {
        if (m_pending.isEmpty())
            return false;
        QList<Row> changed;
        QList<Key> removed;
        for (auto change = m_pending.cbegin(); change != m_pending.cend(); ++change) {
            if (change.value())
                changed.append(*change.value());
            else
                removed.append(change.key());
        }
        m_pending.clear();
        applyRows(changed, removed, !hasMorePages());
        return true;
    }

    // Rows that belong above every loaded one (the newest events of a log shown newest first).
    void insertAtTop(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows + m_rows;
        rebuildIndex();
        endInsertRows();
    }

    // Since the first page was read (and until restart()).
    bool isLoaded() const { return m_loaded; }
    bool hasMorePages() const override { return m_loaded && !m_nextCursor.isEmpty(); }

    Status fetchNextPage() override
    {
        const Result<Page> page = m_source(m_nextCursor);
        if (!page) {
            m_nextCursor.clear(); // not again on every scroll; a reload starts over
            return page.error();
        }
        m_nextCursor = page->nextCursor;
        applyRows(page->items, {}, true);
        return {};
    }

private:
    // Updates the loaded rows among `changed` in place, removes the `removed` ones and appends the others
    // when `addUnknown`.
    void applyRows(const QList<Row> &changed, const QList<Key> &removed, bool addUnknown)
    {
        QList<Row> additions;
        for (const Row &row : changed) {
            if (const int at = rowOf(keyOf(row)); at >= 0) {
                m_rows[at] = row;
                rowChanged(at);
            } else if (addUnknown) {
                additions.append(row);
            }
        }
        QList<int> removals;
        for (const Key &key : removed) {
            if (const int at = rowOf(key); at >= 0)
                removals.append(at);
        }
        if (!removals.isEmpty()) {
            removeRowRanges(removals, [this](int first, int count) { m_rows.remove(first, count); });
            rebuildIndex();
        }
        appendRows(additions);
    }

    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (const Row &row : rows) {
            m_rowByKey.insert(keyOf(row), int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    void rebuildIndex()
    {
        m_rowByKey.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(keyOf(m_rows.at(row)), row);
    }

    const Loading m_loading;
    PageSource m_source;
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
    QHash<Key, std::optional<Row>> m_pending; // a row to show, or std::nullopt for one that went
    QString m_nextCursor;
    bool m_loaded = false;
};
