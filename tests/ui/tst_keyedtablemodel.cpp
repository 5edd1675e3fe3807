// KeyedTableModel, the base of every live table, over a fake page source: pages read one at a time or all at
// once, live changes coalesced and applied row by row (never a reset, so a selection survives), and changes
// to rows that are not loaded yet left to their page.
#include "KeyedTableModel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace {
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

    Result<KeyedTableModel<Item, int>::Page> page(const QString &cursor)
    {
        ++m_reads;
        const int after = cursor.isEmpty() ? 0 : cursor.toInt();
        if (m_failFrom > 0 && after >= m_failFrom)
            return Error::storage(u"The disk is gone."_s);
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
};

class ItemModel : public KeyedTableModel<Item, int>
{
public:
    ItemModel(ItemSource &source, Loading loading)
        : KeyedTableModel(1, loading, nullptr)
    {
        setPageSource([&source](const QString &cursor) { return source.page(cursor); });
    }

    using KeyedTableModel::stageChange;
    using KeyedTableModel::stageRemoval;

    QString nameAt(int row) const { return index(row, 0).data().toString(); }

protected:
    QStringList columnTitles() const override { return {u"Name"_s}; }
    int keyOf(const Item &item) const override { return item.id; }
    QVariant cellValue(const Item &item, int, bool sortKey) const override
    {
        return sortKey ? item.name.toLower() : item.name;
    }
};

ItemSource tenItems()
{
    ItemSource source;
    for (int id = 1; id <= 10; ++id)
        source.put(id, u"item %1"_s.arg(id));
    return source;
}
} // namespace

class TestKeyedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void reloadReadsEveryPageWhenLoadingEveryPage()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::EveryPage);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.reload().ok());
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
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QList<int> expected {6, 9, 10};
        for (const int rows : expected) {
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
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
        QVERIFY(model.reload().ok());
        QSignalSpy failed(&model, &LiveTableModel::loadFailed);
        model.fetchMore({});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().kind(), ErrorKind::Storage);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
    }

    void liveChangesTouchOnlyLoadedRows()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        QVERIFY(model.reload().ok());
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
            model.fetchMore({});
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
        QVERIFY(model.reload().ok());
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
        QVERIFY(model.reload().ok());
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
        QVERIFY(model.reload().ok());

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
        QVERIFY(model.reload().ok());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        source.put(4, u"four"_s);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.nameAt(model.rowOf(4)), u"four"_s);
        QVERIFY(model.canFetchMore({}));
    }

    void restartForgetsEveryRowAndReadsTheFirstPage()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        QVERIFY(model.reload().ok());
        model.fetchMore({});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.restart().ok());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
