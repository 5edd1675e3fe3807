// KeyedTableModel, the base of every live table, over a fake page source: pages read one at a time (on the
// model's reader thread) or all at once, live changes coalesced and applied row by row (never a reset, so a
// selection survives), changes to rows that are not loaded yet left to their page, and answers to a question
// asked before the current one dropped.
#include "ItemTableModel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestKeyedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void reloadReadsEveryPageWhenLoadingEveryPage()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::EveryPage);
        QVERIFY(!model.canFetchMore({}));
        model.reloadNow();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(source.reads(), 4);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.nameAt(model.rowOf(7)), u"item 7"_s);
        QCOMPARE(model.index(model.rowOf(7), 0).data(LiveTableModel::KeyRole).toInt(), 7);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    }

    void fetchMoreAddsOnePageUntilTheLast()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QList<int> expected {6, 9, 10};
        for (const int rows : expected) {
            QVERIFY(model.canFetchMore({}));
            model.fetchNow();
            QCOMPARE(model.rowCount(), rows);
        }
        QCOMPARE(inserted.size(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.nameAt(9), u"item 10"_s);
        QCOMPARE(model.rowOf(10), 9);
    }

    void aPageThatCannotBeReadIsReportedAndNotAskedForAgain()
    {
        ItemSource source = tenItems();
        source.failFrom(3);
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QSignalSpy failed(&model, &LiveTableModel::loadFailed);
        model.fetchNow();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind(), ErrorKind::Storage);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
    }

    void liveChangesTouchOnlyLoadedRows()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.stageChange(Item {2, u"renamed"_s}); // loaded
        model.stageChange(Item {8, u"not loaded"_s}); // its page brings it
        model.stageChange(Item {11, u"new"_s}); // sorts into a page not read yet
        model.stageRemoval(9); // not loaded: nothing to take out
        QSignalSpy applied(&model, &LiveTableModel::changesApplied);
        QVERIFY(applied.wait(1000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nameAt(1), u"renamed"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(8), -1);
        QCOMPARE(model.rowOf(11), -1);

        source.put(11, u"new"_s);
        while (model.canFetchMore({}))
            model.fetchNow();
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.nameAt(model.rowOf(11)), u"new"_s);
        // Every page is loaded now: a new row has nowhere else to come from.
        model.stageChange(Item {12, u"newer"_s});
        QVERIFY(applied.wait(1000));
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.nameAt(11), u"newer"_s);
    }

    void aBurstOfChangesIsAppliedOnceRowByRowKeepingTheSelection()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::EveryPage);
        model.reloadNow();
        QItemSelectionModel selection(&model);
        selection.select(model.index(model.rowOf(5), 0), QItemSelectionModel::Select);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy applied(&model, &LiveTableModel::changesApplied);

        for (int i = 0; i < 100; ++i)
            model.stageChange(Item {20 + i, u"burst %1"_s.arg(i)});
        model.stageRemoval(1);
        model.stageRemoval(2);
        model.stageRemoval(3);
        model.stageChange(Item {5, u"selected, renamed"_s});
        QCOMPARE(model.rowCount(), 10); // nothing yet: changes wait for coalescingMs
        QVERIFY(applied.wait(1000));
        QTest::qWait(2 * LiveTableModel::coalescingMs);

        QCOMPARE(applied.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 107);
        QCOMPARE(model.rowOf(1), -1);
        const QModelIndexList selected = selection.selectedIndexes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data().toString(), u"selected, renamed"_s);
    }

    void reloadAppliesTheDifferencesWithoutAReset()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::EveryPage);
        model.reloadNow();
        QItemSelectionModel selection(&model);
        selection.select(model.index(model.rowOf(6), 0), QItemSelectionModel::Select);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        source.erase(2);
        source.erase(3);
        source.erase(9);
        source.put(6, u"six"_s);
        source.put(15, u"fifteen"_s);
        model.stageChange(Item {4, u"older than the reload"_s});
        model.reloadNow();

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 2); // rows 2 and 3 in one step, 9 in another
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.nameAt(model.rowOf(15)), u"fifteen"_s);
        QCOMPARE(model.nameAt(model.rowOf(4)), u"item 4"_s);
        QCOMPARE(selection.selectedIndexes().constFirst().data().toString(), u"six"_s);
        QTest::qWait(2 * LiveTableModel::coalescingMs);
        QCOMPARE(model.nameAt(model.rowOf(4)), u"item 4"_s); // the staged change was dropped
    }

    void reloadWhileLoadingAsScrolledKeepsWhatWasLoaded()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        model.fetchNow();
        QCOMPARE(model.rowCount(), 6);
        source.put(4, u"four"_s);
        model.reloadNow();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.nameAt(model.rowOf(4)), u"four"_s);
        QVERIFY(model.canFetchMore({}));
    }

    void restartForgetsEveryRowAndReadsTheFirstPage()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        model.fetchNow();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.restartNow();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
    }

    void pagesAreReadOffTheGuiThreadWhichKeepsRunning()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QVERIFY(source.readingThread() != QThread::currentThread());

        QSemaphore gate;
        source.holdReadsAt(&gate);
        source.put(1, u"first, renamed"_s);
        model.restart();
        QVERIFY(model.isReading());
        QVERIFY(model.isAwaitingAnswer());
        QTest::qWait(50); // the event loop runs while the page is being read
        QCOMPARE(model.nameAt(0), u"item 1"_s); // the previous answer stays until the new one is in
        QVERIFY(!model.canFetchMore({})); // no next page of the previous question meanwhile
        gate.release();
        QTRY_COMPARE(model.nameAt(0), u"first, renamed"_s);
        QVERIFY(!model.isAwaitingAnswer());
        source.holdReadsAt(nullptr);
    }

    void anAnswerToAnEarlierQuestionIsDropped()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QSemaphore gate;
        QSemaphore waiting;
        source.holdReadsAt(&gate, &waiting);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.restart();
        waiting.acquire(); // its page is being read
        model.fetchMore({}); // not asked: the first page of the new question is not in yet
        model.restart(); // not read: the question changes again before it starts
        source.erase(1);
        model.restart();
        gate.release(3);
        QTRY_VERIFY(!model.isReading());
        source.holdReadsAt(nullptr);
        QCOMPARE(resets.size(), 1); // only the last answer showed
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(source.reads(), 1 + 1 + 1); // the reload, the first restart, the last
    }

    void liveChangesArrivingDuringAReadAreAppliedOverItsAnswer()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        QSemaphore gate;
        source.holdReadsAt(&gate);
        QSignalSpy applied(&model, &LiveTableModel::changesApplied);
        model.fetchMore({}); // reads 4, 5, 6
        model.stageChange(Item {2, u"two"_s}); // loaded
        model.stageChange(Item {5, u"five"_s}); // on the page being read, committed after it was read
        model.stageRemoval(6);
        QTest::qWait(3 * LiveTableModel::coalescingMs);
        QCOMPARE(applied.size(), 0); // waiting for the page
        QCOMPARE(model.nameAt(1), u"item 2"_s);
        gate.release();
        QTRY_COMPARE(applied.size(), 1);
        source.holdReadsAt(nullptr);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.nameAt(model.rowOf(2)), u"two"_s);
        QCOMPARE(model.nameAt(model.rowOf(5)), u"five"_s);
        QCOMPARE(model.rowOf(6), -1);
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
