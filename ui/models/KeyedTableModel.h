#pragma once

#include "LiveTableModel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

// The rows of a live table, each under a stable key (a book's id, an account's public id…), read from core a
// page at a time and kept current by the changes the concrete model stages from core's signals.
//
// Pages come from a page source the concrete model gives: a cursor in (empty for the first page), the rows,
// the next cursor out (empty after the last page) and, with the first page, how many rows match in all —
// core's list APIs page with keyset cursors and count in SQL.
//
// Loading::AsScrolled reads one page and then one more each time a view scrolls to the end (fetchMore):
// what a table of a million rows needs. Its question (filter and order) is the concrete model's, asked in
// SQL: a filter change or a header click (sort(), for the columns canSortBy() accepts) starts over with
// restart(). Loading::EveryPage reads every page on reload(), for small tables shown through a proxy.
//
// Live changes touch only loaded rows and the total: a changed row that is loaded is updated in place (or
// leaves, when it no longer belongs to the question); a new row that sorts among the loaded ones is
// inserted where it belongs (sortsBefore()), one that sorts after them is left to its page. The GUI's own
// additions (applyChanged) are always shown, at their place or after the loaded rows.
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
        std::optional<qint64> total; // rows matching on all pages, when the source counts them
    };
    using PageSource = std::function<Result<Page>(const QString &cursor)>;
    using CountSource = std::function<Result<qint64>()>;
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
        std::optional<qint64> total;
        do {
            const bool first = cursor.isEmpty();
            const Result<Page> page = m_source(cursor);
            countPageRead();
            if (!page)
                return page.error();
            if (first)
                total = page->total;
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
        m_total = total;
        applyRows(fresh, gone, Placement::InOrder);
        emit changesApplied();
        return {};
    }

    Status restart() override
    {
        cancelScheduledApply();
        beginResetModel();
        m_rows.clear();
        m_rowByKey.clear();
        m_pending.clear();
        m_nextCursor.clear();
        m_total.reset();
        m_loaded = false;
        endResetModel();
        return reload();
    }

    qint64 totalCount() const override
    {
        if (m_loading == Loading::EveryPage || !m_total)
            return m_rows.size();
        return *m_total;
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
        m_alwaysShown.insert(keyOf(row));
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
    // Where the total comes from after live changes (read again at most every recountMs); without one, the
    // total follows the rows the changes add and remove.
    void setCountSource(CountSource source) { m_countSource = std::move(source); }
    // A page of core's (BookPage, UserPage, SecurityEventPage…) as the page source returns it.
    template<typename CorePage>
    static Result<Page> pageOf(const Result<CorePage> &page)
    {
        if (!page)
            return page.error();
        Page converted {page->items, page->nextCursor, std::nullopt};
        if constexpr (requires { page->total; })
            converted.total = page->total;
        return converted;
    }
    Result<Page> readPage(const QString &cursor) const { return m_source(cursor); }

    virtual Key keyOf(const Row &row) const = 0;
    // What a cell shows, or with `sortKey` what it sorts by (SortRole).
    virtual QVariant cellValue(const Row &row, int column, bool sortKey) const = 0;
    // Every other role of a cell (tool tips, alignment, colours, a model's own roles); none by default.
    virtual QVariant rowData(const Row &, int, int) const { return {}; }
    // Whether a row answers the model's question (its filter): a live change that does not leaves the
    // table. Everything by default.
    virtual bool belongsToQuery(const Row &) const { return true; }
    // Whether `a` comes before `b` in the model's current order (the SQL order): where a live addition goes.
    // By default nothing does, and additions go after the loaded rows once every page is loaded.
    virtual bool sortsBefore(const Row &, const Row &) const { return false; }

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
        const qsizetype rowsBefore = m_rows.size();
        applyRows(changed, removed, Placement::Live);
        m_alwaysShown.clear();
        if (m_loading == Loading::AsScrolled && m_total) {
            if (m_countSource)
                scheduleRecount();
            else
                *m_total = qMax<qint64>(0, *m_total + (m_rows.size() - rowsBefore));
        }
        return true;
    }

    void recount() override
    {
        if (!m_countSource || !m_total)
            return;
        if (const Result<qint64> total = m_countSource())
            m_total = *total;
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
        countPageRead();
        if (!page) {
            m_nextCursor.clear(); // not again on every scroll; a reload starts over
            return page.error();
        }
        m_nextCursor = page->nextCursor;
        applyRows(page->items, {}, Placement::Page);
        return {};
    }

private:
    // Where rows not loaded yet go: a page's after the loaded rows (they come in order); a reload's in order;
    // a live change's in order among the loaded rows, or nowhere when it sorts after them while pages remain.
    enum class Placement { Page, InOrder, Live };

    // Updates the loaded rows among `changed` in place (or removes those that left the question), removes
    // the `removed` ones and adds the others as `placement` says.
    void applyRows(const QList<Row> &changed, QList<Key> removed, Placement placement)
    {
        QList<Row> additions;
        for (const Row &row : changed) {
            const bool belongs = placement == Placement::Page || belongsToQuery(row);
            if (const int at = rowOf(keyOf(row)); at >= 0) {
                if (belongs) {
                    m_rows[at] = row;
                    rowChanged(at);
                } else {
                    removed.append(keyOf(row));
                }
            } else if (belongs) {
                additions.append(row);
            }
        }
        QList<int> removals;
        for (const Key &key : std::as_const(removed)) {
            if (const int at = rowOf(key); at >= 0)
                removals.append(at);
        }
        if (!removals.isEmpty()) {
            removeRowRanges(removals, [this](int first, int count) { m_rows.remove(first, count); });
            rebuildIndex();
        }
        if (placement == Placement::Page)
            appendRows(additions);
        else
            insertInOrder(additions, placement == Placement::Live && hasMorePages());
    }

    // Each row at its place in the current order; with `onlyAmongLoaded`, rows that sort after the last
    // loaded row are left to their page (unless the GUI just made them: applyChanged).
    // Rows that go to the same place go in one step (a burst of additions is one insertion for views).
    void insertInOrder(QList<Row> rows, bool onlyAmongLoaded)
    {
        const auto before = [this](const Row &a, const Row &b) { return sortsBefore(a, b); };
        std::stable_sort(rows.begin(), rows.end(), before);
        const auto placeOf = [this, &before](const Row &row) {
            return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), row, before) - m_rows.cbegin());
        };
        qsizetype next = 0;
        while (next < rows.size()) {
            const int position = placeOf(rows.at(next));
            QList<Row> block;
            while (next < rows.size() && placeOf(rows.at(next)) == position) {
                const Row &row = rows.at(next++);
                if (!onlyAmongLoaded || position < m_rows.size() || m_alwaysShown.contains(keyOf(row)))
                    block.append(row);
            }
            if (block.isEmpty())
                continue;
            if (position == m_rows.size()) {
                appendRows(block);
                continue;
            }
            beginInsertRows({}, position, position + int(block.size()) - 1);
            for (qsizetype i = 0; i < block.size(); ++i)
                m_rows.insert(position + i, block.at(i));
            rebuildIndex();
            endInsertRows();
        }
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
    CountSource m_countSource;
    std::optional<qint64> m_total;
    QSet<Key> m_alwaysShown; // the GUI's own additions in the batch being applied
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
    QHash<Key, std::optional<Row>> m_pending; // a row to show, or std::nullopt for one that went
    QString m_nextCursor;
    bool m_loaded = false;
};
