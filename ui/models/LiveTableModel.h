#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <utility>

// What every live table of the GUI does whatever its rows are (the typed part is KeyedTableModel<Row, Key>):
// changes that core signals — made by the GUI or by a REST client, emitted on the writer thread — are
// collected for coalescingMs and then applied in one go, row by row and never by a reset, so that views keep
// their selection and scroll position while hundreds of changes a second arrive; the headers come from one
// list of column titles; and a view that scrolls to the end asks for the next page (canFetchMore/fetchMore).
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // How long changes are collected before they are applied: well under the second a change may take to
    // show, long enough to turn a burst into one update.
    static constexpr int coalescingMs = 100;
    // How often at most the total is counted again in SQL while changes arrive: a count over a search can
    // take milliseconds at a million rows, and the count label need not follow faster than this.
    static constexpr int recountMs = 500;

    enum SharedRole {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (times as numbers, names without case)
        KeyRole, // the row's stable key (KeyedTableModel)
        FirstOwnRole, // a model's own roles start here
    };

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is the database's: a column the model can sort by starts the rows over in that order (the first
    // page again); other columns are ignored (TableTab keeps the view's sort indicator where it was).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    virtual bool canSortBy(int /*column*/) const { return false; }

    // Forgets every row and reads the first page again (a reset): for a different question (sort, filter).
    virtual Status restart() = 0;
    // Rows matching the model's question on every page, loaded or not (what a tab counts).
    virtual qint64 totalCount() const = 0;
    // Pages read from the source since the model was made: what a test of lazy loading counts.
    int pagesRead() const { return m_pagesRead; }

    // Headers and formatted values (dates, names) follow a language change.
    void retranslate();

signals:
    // After a batch of changes was applied: for views that depend on more than one row (counts, the last
    // administrator, the details of the selected row).
    void changesApplied();
    // The next page could not be read; the model stops asking until it is loaded again.
    void loadFailed(const Error &error);

protected:
    LiveTableModel(int columnCount, QObject *parent);

    // One title per column, in the current language.
    virtual QStringList columnTitles() const = 0;
    virtual bool hasMorePages() const = 0;
    virtual Status fetchNextPage() = 0;
    // Applies what was collected since the last time; true when anything changed.
    virtual bool applyPendingChanges() = 0;
    // Sets the model's question to this order; called by sort() for columns canSortBy() accepts. False when
    // that was the order already (nothing to read again).
    virtual bool applySort(int /*column*/, Qt::SortOrder /*order*/) { return false; }
    // Reads the total again (the count source); called at most every recountMs after changes were applied.
    virtual void recount() { }
    void countPageRead() { ++m_pagesRead; }

    // Applies the collected changes after coalescingMs. Not restarted by later changes: under a steady
    // stream the view still updates every coalescingMs.
    void scheduleApply();
    // Applies the collected changes now (the GUI's own writes, which it already holds).
    void applyNow();
    // Drops what a scheduled apply would have applied (a reload read something newer).
    void cancelScheduledApply() { m_applyTimer.stop(); }

    // For a signal that says the rows changed without carrying them (keys changed, an event was recorded):
    // it asks for an apply, and applyPendingChanges() reads again when takeReadAgain() says so. Core emits
    // its change signals on the writer thread after the commit: they are queued to this (the GUI) thread.
    template<typename Sender, typename... Arguments>
    void readAgainOn(const Sender *sender, void (Sender::*signal)(Arguments...))
    {
        connect(
            sender, signal, this,
            [this] {
                m_readAgain = true;
                scheduleApply();
            },
            Qt::QueuedConnection);
    }
    bool takeReadAgain() { return std::exchange(m_readAgain, false); }

    // Removes rows in as few steps as possible: contiguous ones at once, from the bottom up so that the
    // rows still to remove keep their numbers. `erase(first, count)` takes them out of the storage.
    void removeRowRanges(QList<int> rows, const std::function<void(int first, int count)> &erase);
    // Tells views that every column of a row changed.
    void rowChanged(int row);
    // Asks for recount() within recountMs (after changes that may change the total).
    void scheduleRecount();

private:
    const int m_columnCount;
    QTimer m_applyTimer;
    QTimer m_recountTimer;
    int m_pagesRead = 0;
    bool m_readAgain = false;
};
