#pragma once

#include "LiveTableModel.h"
#include "users/Actor.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

// How many rows match a model's question: exactly `rows`, or at least that many when the source stops
// counting at a bound (a search matching more than core counts).
struct TableCount
{
    qint64 rows = 0;
    bool exact = true;
};

// The rows of a live table, each under a stable key (a book's id, an account's public id…), read from core a
// page at a time and kept current by the changes the concrete model stages from core's signals.
//
// Pages come from the concrete model's pageSource(): its question (filter and order) as it stands, captured
// by value, as a function of a cursor (empty for the first page) that returns the rows, the next cursor
// (empty after the last page) and, with the first page, how many rows match in all — core's list APIs page
// with keyset cursors and count in SQL.
//
// Loading::AsScrolled reads one page and then one more each time a view scrolls to the end (fetchMore):
// what a table of a million rows needs. Every read runs on the reader thread (LiveTableModel). A filter
// change or a header click (sort(), for the columns canSortBy() accepts) asks a new question with restart().
// Loading::EveryPage reads every page on reload(), at once on the GUI thread: for small tables shown through
// a proxy (keys, held in memory).
//
// Live changes touch only loaded rows and the total: a changed row that is loaded is updated in place (or
// leaves, when it no longer belongs to the question); a new row that sorts among the loaded ones is
// inserted where it belongs (sortsBefore()), one that sorts after them is left to its page. The GUI's own
// additions (applyChanged) are always shown, at their place or after the loaded rows.
//
// `Count` is what the model counts: TableCount, or a model's own with more in it (open sessions among all).
//
// A template cannot carry Q_OBJECT: the signals and the coalescing timer live in LiveTableModel, and each
// concrete model (BookTableModel : KeyedTableModel<Book, qint64>) declares Q_OBJECT for its own.
template<typename Row, typename Key, typename Count = TableCount>
class KeyedTableModel : public LiveTableModel
{
public:
    struct Page
    {
        QList<Row> items;
        QString nextCursor; // empty after the last page
        std::optional<Count> count; // rows matching on all pages, when the source counts them
    };
    using PageSource = std::function<Result<Page>(const QString &cursor)>;
    using CountSource = std::function<Result<Count>()>;
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

    // Every page (EveryPage, at once), or as many as are loaded now (AsScrolled).
    void reload() override
    {
        // Whatever is staged now was committed before this read starts: the read has it.
        cancelScheduledApply();
        m_pending.clear();
        if (m_loading == Loading::EveryPage) {
            applyReload(readRows(pageSource(), Loading::EveryPage, 0));
            return;
        }
        const qsizetype loaded = m_rows.size();
        m_pageReadInFlight = true;
        readInBackground<Result<Rows>>(
            [source = pageSource(), loaded] { return readRows(source, Loading::AsScrolled, loaded); },
            [this](Result<Rows> rows) {
                m_pageReadInFlight = false;
                applyReload(std::move(rows));
            });
    }

    void restart() override
    {
        if (m_loading == Loading::EveryPage) {
            resetRows({});
            reload();
            return;
        }
        cancelScheduledApply();
        startQuestion();
        m_pageReadInFlight = true;
        readInBackground<Result<Rows>>(
            [source = pageSource()] { return readRows(source, Loading::AsScrolled, 0); },
            [this](Result<Rows> rows) {
                m_pageReadInFlight = false;
                finishQuestion();
                if (!rows) {
                    emit loadFailed(rows.error());
                    return;
                }
                resetRows(*rows);
                emit changesApplied();
            });
    }

    qint64 totalCount() const override
    {
        if (m_loading == Loading::EveryPage || !m_count)
            return m_rows.size();
        return m_count->rows;
    }
    // What the source counted with the first page (and since, recount()); nothing before it.
    const std::optional<Count> &count() const { return m_count; }
    // False when the source stopped counting at a bound: totalCount() is then a lower bound (a search that
    // matches more than core counts).
    bool totalIsExact() const { return !m_count || m_count->exact; }

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

    // The model's question as it stands, as a function of a cursor that may run on any thread: it captures
    // what it asks by value and touches nothing of the model's.
    virtual PageSource pageSource() const = 0;
    // Where the total comes from after live changes (read again at most every recountMs), made like
    // pageSource(); without one (an empty function), the total follows the rows the changes add and remove.
    virtual CountSource countSource() const { return {}; }
    // The pages of a core service's list(actor, query) as the desktop administrator sees them, for a query
    // with a cursor and a limit (BookService and BookQuery, UserService and UserQuery), and its count as a
    // first page of one row says it.
    template<typename Service, typename Query>
    static PageSource pagesListedBy(Service &service, Query question, int pageSize)
    {
        return [&service, question = std::move(question), pageSize](const QString &cursor) {
            Query page = question;
            page.limit = pageSize;
            page.cursor = cursor;
            return pageOf(service.list(Actor::desktopAdministrator(), page));
        };
    }
    template<typename Service, typename Query>
    static CountSource countListedBy(Service &service, Query question)
    {
        return countFromOneRow(
            [listed = pagesListedBy(service, std::move(question), 1)] { return listed(QString()); });
    }
    // A count source for a model whose source counts with every first page: `readOneRow` reads a first page
    // of one row, and its count is the answer.
    static CountSource countFromOneRow(std::function<Result<Page>()> readOneRow)
    {
        return [readOneRow = std::move(readOneRow)]() -> Result<Count> {
            const Result<Page> page = readOneRow();
            if (!page)
                return page.error();
            return page->count.value_or(Count {});
        };
    }
    // A page of core's (BookPage, UserPage, SecurityEventPage…) as the page source returns it.
    template<typename CorePage>
    static Result<Page> pageOf(const Result<CorePage> &page)
    {
        if (!page)
            return page.error();
        Page converted {page->items, page->nextCursor, std::nullopt};
        if constexpr (requires { page->total; }) {
            Count count;
            count.rows = page->total;
            if constexpr (requires { page->totalExact; })
                count.exact = page->totalExact;
            converted.count = count;
        }
        return converted;
    }

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
        if (m_loading == Loading::AsScrolled && m_count) {
            if (countSource())
                scheduleRecount();
            else
                m_count->rows = qMax<qint64>(0, m_count->rows + (m_rows.size() - rowsBefore));
        }
        return true;
    }

    void recount() override
    {
        CountSource source = countSource();
        if (!source || !m_count)
            return;
        readInBackground<Result<Count>>(std::move(source), [this](Result<Count> count) {
            if (!count) {
                emit loadFailed(count.error());
                return;
            }
            m_count = *count;
            emit changesApplied();
        });
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

    // Since the first page was read.
    bool isLoaded() const { return m_loaded; }
    // Not while a page is being read: the next one is asked for once that one is in.
    bool hasMorePages() const override { return pagesRemain() && !m_pageReadInFlight; }
    bool pagesRemain() const { return m_loaded && !m_nextCursor.isEmpty(); }

    void fetchNextPage() override
    {
        m_pageReadInFlight = true;
        readInBackground<Result<Page>>(
            [source = pageSource(), cursor = m_nextCursor] { return source(cursor); },
            [this](Result<Page> page) {
                m_pageReadInFlight = false;
                countPageRead();
                if (!page) {
                    m_nextCursor.clear(); // not again on every scroll
                    emit loadFailed(page.error());
                    return;
                }
                m_nextCursor = page->nextCursor;
                applyRows(page->items, {}, Placement::Page);
                pageApplied();
            });
    }
    // After a page was added (fetchNextPage) or the rows were read again: for what a model keeps beside its
    // rows (the open sessions of the accounts loaded).
    virtual void pageApplied() { }

private:
    // Rows read for reload() or restart(): the pages read, the cursor after them and the count.
    struct Rows
    {
        QList<Row> items;
        QString nextCursor;
        std::optional<Count> count;
        int pages = 0;
    };

    // Every page (EveryPage), or pages until at least `atLeast` rows are read (AsScrolled; one page for 0).
    static Result<Rows> readRows(const PageSource &source, Loading loading, qsizetype atLeast)
    {
        Rows rows;
        QString cursor;
        do {
            const bool first = cursor.isEmpty();
            const Result<Page> page = source(cursor);
            ++rows.pages;
            if (!page)
                return page.error();
            if (first)
                rows.count = page->count;
            rows.items += page->items;
            cursor = page->nextCursor;
        } while (!cursor.isEmpty() && (loading == Loading::EveryPage || rows.items.size() < atLeast));
        rows.nextCursor = cursor;
        return rows;
    }

    // The rows read again replace the loaded ones, difference by difference.
    void applyReload(Result<Rows> rows)
    {
        if (!rows) {
            emit loadFailed(rows.error());
            return;
        }
        for (int page = 0; page < rows->pages; ++page)
            countPageRead();
        QSet<Key> seen;
        for (const Row &row : std::as_const(rows->items))
            seen.insert(keyOf(row));
        QList<Key> gone;
        for (const Row &row : std::as_const(m_rows)) {
            if (!seen.contains(keyOf(row)))
                gone.append(keyOf(row));
        }
        m_loaded = true;
        m_nextCursor = rows->nextCursor;
        m_count = rows->count;
        applyRows(rows->items, gone, Placement::InOrder);
        pageApplied();
        emit changesApplied();
        emit reloaded();
    }

    // The first page of a new question replaces every row (a reset).
    void resetRows(const Rows &rows)
    {
        for (int page = 0; page < rows.pages; ++page)
            countPageRead();
        beginResetModel();
        m_rows = rows.items;
        rebuildIndex();
        m_nextCursor = rows.nextCursor;
        m_count = rows.count;
        m_loaded = rows.pages > 0;
        endResetModel();
        pageApplied();
    }

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
            insertInOrder(additions, placement == Placement::Live && pagesRemain());
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
    std::optional<Count> m_count;
    QSet<Key> m_alwaysShown; // the GUI's own additions in the batch being applied
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
    QHash<Key, std::optional<Row>> m_pending; // a row to show, or std::nullopt for one that went
    QString m_nextCursor;
    bool m_loaded = false;
    bool m_pageReadInFlight = false;
};
