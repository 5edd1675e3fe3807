// TableTab, the base of the table tabs, with a tab of its own over a plain model: the search narrows the
// rows and the count follows, rows that come and go live keep the selection, the actions follow the
// selection, Find goes to the search field, and the column layout is kept between sessions. Over a live
// model read off the GUI thread: the count says when an answer takes long, a reload is announced when its
// rows are in, and a read that fails is reported.
#include "ItemTableModel.h"
#include "TableTab.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

namespace {
class FruitTab : public TableTab
{
public:
    explicit FruitTab(QStandardItemModel &model)
        : TableTab(u"fruit"_s, Icons::Glyph::Books, "Fruit", "&Fruit")
    {
        m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QLineEdit *search = addSearchField(300);
        connect(search, &QLineEdit::textChanged, &m_proxy, &QSortFilterProxyModel::setFilterFixedString);
        setTableModel(&model, &m_proxy);
        m_details = addDetailsPane(u"fruitDetails"_s, 3, 1, {300, 100});
        applyTexts();
    }

    void reload() override { }

    QString selectedFruit() const
    {
        const QModelIndexList rows = selectedRows();
        return rows.size() == 1 ? rows.constFirst().data().toString() : QString();
    }
    bool select(int modelRow) { return selectModelRow(modelRow); }
    QString count() const { return findChild<QLabel *>(u"count"_s)->text(); }
    QString details() const { return m_details->toPlainText(); }

    int retranslations = 0;
    int fittings = 0;
    QStringList actionUpdates;

protected:
    QString countText() const override
    {
        return u"%1 of %2"_s.arg(m_proxy.rowCount()).arg(m_proxy.sourceModel()->rowCount());
    }
    void retranslateUi() override { ++retranslations; }
    void fitColumns() override { ++fittings; }
    void updateActions() override { actionUpdates << selectedFruit(); }
    void showDetails() override { setDetailsHtml(u"<p>"_s + selectedFruit() + u"</p>"_s); }

private:
    QSortFilterProxyModel m_proxy;
    QTextBrowser *m_details = nullptr;
};

// A tab over a live model (ItemModel): what TableTab does while its reads are on their way.
class ItemTab : public TableTab
{
public:
    explicit ItemTab(ItemModel &model)
        : TableTab(u"items"_s, Icons::Glyph::Books, "Items", "&Items")
        , m_model(model)
    {
        setTableModel(&model);
        applyTexts();
    }

    void reload() override { reloadRows(); }
    QString count() const { return findChild<QLabel *>(u"count"_s)->text(); }

    QList<Error> errorsShown;

protected:
    QString countText() const override { return u"%1 items"_s.arg(m_model.rowCount()); }
    QString reloadedText() const override { return u"Read again."_s; }
    void showLoadError(const Error &error) override { errorsShown.append(error); }
    void retranslateUi() override { }
    void fitColumns() override { }

private:
    ItemModel &m_model;
};

void fill(QStandardItemModel &model, const QStringList &fruit)
{
    for (const QString &name : fruit)
        model.appendRow({new QStandardItem(name), new QStandardItem(u"%1 g"_s.arg(name.size() * 40))});
}
} // namespace

class TestTableTab : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model.clear();
        fill(m_model, {u"apple"_s, u"banana"_s, u"cherry"_s, u"mango"_s});
    }

    void theCountSaysHowManyRowsThereAre()
    {
        FruitTab tab(m_model);
        QCOMPARE(tab.count(), u"4 of 4"_s);
    }

    void theSearchNarrowsTheRowsAndTheCountFollows()
    {
        FruitTab tab(m_model);
        QTest::keyClicks(tab.findChild<QLineEdit *>(u"search"_s), u"AN"_s);
        QCOMPARE(tab.view()->model()->rowCount(), 2);
        QCOMPARE(tab.count(), u"2 of 4"_s);
        tab.findChild<QLineEdit *>(u"search"_s)->clear();
        QCOMPARE(tab.count(), u"4 of 4"_s);
    }

    void rowsAddedAndRemovedLiveKeepTheSelectionAndTheCount()
    {
        FruitTab tab(m_model);
        QVERIFY(tab.select(2));
        QCOMPARE(tab.selectedFruit(), u"cherry"_s);
        m_model.insertRow(0, {new QStandardItem(u"apricot"_s), new QStandardItem(u"1 g"_s)});
        m_model.removeRow(m_model.findItems(u"banana"_s).constFirst()->row());
        QCOMPARE(tab.selectedFruit(), u"cherry"_s);
        QCOMPARE(tab.count(), u"4 of 4"_s);
        fill(m_model, {u"plum"_s});
        QCOMPARE(tab.count(), u"5 of 5"_s);
        QCOMPARE(tab.selectedFruit(), u"cherry"_s);
    }

    void aRowHiddenByTheSearchCannotBeSelected()
    {
        FruitTab tab(m_model);
        QTest::keyClicks(tab.findChild<QLineEdit *>(u"search"_s), u"an"_s);
        QVERIFY(!tab.select(0));
        QVERIFY(tab.select(1));
        QCOMPARE(tab.selectedFruit(), u"banana"_s);
        QVERIFY(!tab.select(-1));
    }

    void theActionsAndTheDetailsFollowTheSelection()
    {
        FruitTab tab(m_model);
        tab.actionUpdates.clear();
        QVERIFY(tab.select(3));
        QCOMPARE(tab.actionUpdates.last(), u"mango"_s);
        QCOMPARE(tab.details(), u"mango"_s);
        tab.view()->clearSelection();
        QCOMPARE(tab.actionUpdates.last(), QString());
        QCOMPARE(tab.details(), QString());
    }

    void findGoesToTheSearchFieldAndContentToTheFirstRow()
    {
        FruitTab tab(m_model);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        auto *search = tab.findChild<QLineEdit *>(u"search"_s);
        search->setText(u"mango"_s);
        tab.focusSearch();
        QCOMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->selectedText(), u"mango"_s);
        tab.focusContent();
        QCOMPARE(QApplication::focusWidget(), tab.view());
        QCOMPARE(tab.view()->currentIndex().data().toString(), u"mango"_s);
    }

    void theColumnLayoutIsKeptBetweenSessions()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"tab.ini"_s), QSettings::IniFormat);
        {
            FruitTab first(m_model);
            first.restoreState(settings);
            QCOMPARE(first.fittings, 1); // nothing saved yet: the tab fits its columns
            first.view()->setColumnWidth(0, 123);
            first.view()->sortByColumn(0, Qt::DescendingOrder);
            first.saveState(settings);
        }
        QVERIFY(settings.contains(u"fruit/header"_s));
        QVERIFY(settings.contains(u"fruit/splitter"_s));
        FruitTab second(m_model);
        second.restoreState(settings);
        QCOMPARE(second.fittings, 0);
        QCOMPARE(second.view()->columnWidth(0), 123);
        QCOMPARE(second.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(second.view()->model()->index(0, 0).data().toString(), u"mango"_s);
    }

    void aLanguageChangeRetranslatesAndRelabelsTheTab()
    {
        FruitTab tab(m_model);
        QSignalSpy titleChanged(&tab, &WindowTab::titleChanged);
        const int before = tab.retranslations;
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&tab, &change);
        QCOMPARE(tab.retranslations, before + 1);
        QCOMPARE(titleChanged.size(), 1);
    }

    void theCountSaysLoadingOnlyWhenAnAnswerTakesLong()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        ItemTab tab(model);
        QCOMPARE(tab.count(), u"3 items"_s);

        QSemaphore gate;
        source.holdReadsAt(&gate);
        model.restart();
        QCOMPARE(tab.count(), u"3 items"_s); // a quick answer would only make it flicker
        QTRY_COMPARE(tab.count(), u"Loading…"_s);
        QVERIFY(model.isAwaitingAnswer());
        source.erase(1);
        gate.release();
        QTRY_VERIFY(!model.isReading());
        source.holdReadsAt(nullptr);
        QCOMPARE(tab.count(), u"3 items"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"item 2"_s);
    }

    void aReloadIsAnnouncedOnceItsRowsAreIn()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        ItemTab tab(model);
        QSignalSpy said(&tab, &WindowTab::statusMessage);
        QSemaphore gate;
        source.holdReadsAt(&gate);
        tab.reload();
        QTest::qWait(50);
        QCOMPARE(said.size(), 0); // not before the rows are in
        gate.release();
        QTRY_COMPARE(said.size(), 1);
        source.holdReadsAt(nullptr);
        QCOMPARE(said.constFirst().constFirst().toString(), u"Read again."_s);
        model.reloadNow(); // a reload the tab did not ask for is not announced
        QTest::qWait(50);
        QCOMPARE(said.size(), 1);
    }

    void aReadThatFailsIsShown()
    {
        ItemSource source = tenItems();
        ItemModel model(source, ItemModel::Loading::AsScrolled);
        model.reloadNow();
        ItemTab tab(model);
        source.failFrom(3);
        model.fetchNow();
        QTRY_COMPARE(tab.errorsShown.size(), 1);
        QCOMPARE(tab.errorsShown.constFirst().kind(), ErrorKind::Storage);
    }

private:
    QStandardItemModel m_model;
};

QTEST_MAIN(TestTableTab)
#include "tst_tabletab.moc"
