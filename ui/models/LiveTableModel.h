#pragma once

#include "TableReader.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

// What every live table of the GUI does whatever its rows are (the typed part is KeyedTableModel<Row, Key>):
// changes that core signals — made by the GUI or by a REST client, emitted on the writer thread — are
// collected for coalescingMs and then applied in one go, row by row and never by a reset, so that views keep
// their selection and scroll position while hundreds of changes a second arrive; the headers come from one
// list of column titles; and a view that scrolls to the end asks for the next page (canFetchMore/fetchMore).
//
// Pages and counts are read on the model's TableReader thread (readInBackground), never on the GUI thread: a
// search over a million rows may take a few hundred milliseconds, and the window stays responsive meanwhile.
// While a read is on its way the rows shown stay as they are, live changes wait (they are applied over the
// answer, being as new as it or newer) and no next page is asked for; an answer to an earlier question (a
// sort or filter since changed) is dropped.
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

    // Reads the rows shown again and applies the differences row by row; then reloaded(). A failure is
    // reported by loadFailed.
    virtual void reload() = 0;
    // Reads the first page of a different question (sort, filter) and then replaces every row with it (a
    // reset). Until it arrives the rows of the previous question stay; a failure is reported by loadFailed.
    virtual void restart() = 0;
    // Rows matching the model's question on every page, loaded or not (what a tab counts).
    virtual qint64 totalCount() const = 0;
    // Whether a read (a page, the rows again, a count) is on its way from the reader thread.
    bool isReading() const { return m_readsInFlight > 0; }
    // Whether the rows shown still answer an earlier question: the first page of this one is being read.
    bool isAwaitingAnswer() const { return m_awaitingAnswer; }
    // Pages read from the source since the model was made: what a test of lazy loading counts.
    int pagesRead() const { return m_pagesRead; }

    // Headers and formatted values (dates, names) follow a language change.
    void retranslate();
    // Reads nothing more (the read running finishes first): before the backend it reads from goes.
    void stopReading() { m_reader.stop(); }
    // Whether any live table model under `root` (a window) is reading.
    static bool anyReading(const QObject *root);

signals:
    // After a batch of changes was applied: for views that depend on more than one row (counts, the last
    // administrator, the details of the selected row).
    void changesApplied();
    // A read failed; after a failed page the model stops asking until it is loaded again.
    void loadFailed(const Error &error);
    // isReading() or isAwaitingAnswer() changed: what a count label says meanwhile ("Loading…").
    void readingChanged();
    // A reload() (rows read again) finished and its rows are shown.
    void reloaded();

protected:
    LiveTableModel(int columnCount, QObject *parent);

    // One title per column, in the current language.
    virtual QStringList columnTitles() const = 0;
    virtual bool hasMorePages() const = 0;
    // Reads the next page in the background (readInBackground) and appends it.
    virtual void fetchNextPage() = 0;
    // Applies what was collected since the last time; true when anything changed.
    virtual bool applyPendingChanges() = 0;
    // Sets the model's question to this order; called by sort() for columns canSortBy() accepts. False when
    // that was the order already (nothing to read again).
    virtual bool applySort(int /*column*/, Qt::SortOrder /*order*/) { return false; }
    // Reads the total again (the count source); called at most every recountMs after changes were applied.
    virtual void recount() { }
    void countPageRead() { ++m_pagesRead; }

    // Runs `read` on the reader thread, then `apply` with what it returned on this (the GUI) thread, unless
    // the question changed since (startQuestion()): then the answer is dropped, and a read that has not
    // started yet does not run at all. `read` must not touch the model: it captures its question by value.
    template<typename Answer>
    void readInBackground(std::function<Answer()> read, std::function<void(Answer)> apply)
    {
        const std::shared_ptr<std::atomic<quint64>> current = m_currentQuestion;
        const quint64 question = current->load();
        setReadsInFlight(m_readsInFlight + 1);
        m_reader.run([this, question, current, read = std::move(read), apply = std::move(apply)] {
            std::optional<Answer> answer;
            if (current->load() == question)
                answer = read();
            // `this` only names the receiver here: the model outlives its reader's jobs (~LiveTableModel).
            QMetaObject::invokeMethod(
                this,
                [this, question, apply, answer = std::move(answer)]() mutable {
                    if (answer && question == m_currentQuestion->load())
                        apply(std::move(*answer));
                    readDone();
                },
                Qt::QueuedConnection);
        });
    }
    // A new question (sort, filter): answers to earlier ones are dropped from now on. Until finishQuestion()
    // the model is awaiting the answer.
    void startQuestion();
    void finishQuestion();

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
    void setReadsInFlight(int reads);
    void readDone();

    const int m_columnCount;
    // Its destructor waits for the job running: jobs touch nothing of the model's but its QObject (to post
    // their answer), which is still there then.
    TableReader m_reader;
    // The question asked last, counted up by startQuestion() on this thread and read by jobs on the reader's.
    std::shared_ptr<std::atomic<quint64>> m_currentQuestion = std::make_shared<std::atomic<quint64>>(0);
    int m_readsInFlight = 0;
    bool m_awaitingAnswer = false;
    bool m_applyAfterRead = false; // changes arrived while reading
    QTimer m_applyTimer;
    QTimer m_recountTimer;
    int m_pagesRead = 0;
    bool m_readAgain = false;
};
