#include "TableTab.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TableTab::TableTab(const QString &settingsKey, const QIcon &icon, QWidget *parent)
    : WindowTab(settingsKey, icon, parent)
    , m_layout(new QVBoxLayout(this))
    , m_header(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_count->setObjectName(u"count"_s);
    m_header->addStretch();
    m_header->addWidget(m_count);
    m_layout->addLayout(m_header);
    m_layout->addWidget(m_view, 1);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TableTab::setTableModel(QAbstractItemModel *model, QSortFilterProxyModel *proxy)
{
    m_model = model;
    m_proxy = proxy;
    QAbstractItemModel *shown = model;
    if (proxy) {
        proxy->setSourceModel(model);
        shown = proxy;
    }
    m_view->setModel(shown);
    m_view->setSortingEnabled(proxy != nullptr);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    // Whatever changes the rows shown (a filter, a live update) changes the count. The model's own signals
    // too: the proxy removes its rows before the model has removed them.
    const QList<QAbstractItemModel *> counted = proxy ? QList {model, shown} : QList {model};
    for (QAbstractItemModel *rows : counted) {
        connect(rows, &QAbstractItemModel::rowsInserted, this, &TableTab::updateCount);
        connect(rows, &QAbstractItemModel::rowsRemoved, this, &TableTab::updateCount);
        connect(rows, &QAbstractItemModel::modelReset, this, &TableTab::updateCount);
        connect(rows, &QAbstractItemModel::layoutChanged, this, &TableTab::updateCount);
    }
}

void TableTab::addHeaderWidget(QWidget *widget, int stretch)
{
    m_header->insertWidget(m_header->count() - 2, widget, stretch);
    // Tab goes through the header before the table, whichever was made first.
    QWidget::setTabOrder(widget, m_view);
}

void TableTab::addHeaderSpacing()
{
    m_header->insertSpacing(m_header->count() - 2, 12);
}

void TableTab::setCountAlignment(Qt::Alignment alignment)
{
    m_header->setAlignment(m_count, alignment);
}

QLineEdit *TableTab::addSearchField(int maximumWidth)
{
    auto *search = new QLineEdit(this);
    search->setObjectName(u"search"_s);
    search->setClearButtonEnabled(true);
    search->addAction(Icons::glyph(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    search->setMaximumWidth(maximumWidth);
    addHeaderWidget(search, 1);
    m_searchWidget = search;
    return search;
}

void TableTab::addNote(QWidget *note)
{
    m_layout->insertWidget(m_layout->count() - 1, note);
}

QTextBrowser *TableTab::addDetailsPane(const QString &objectName, int tableStretch, int detailsStretch,
                                       const QList<int> &firstSizes)
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_details = new QTextBrowser(m_splitter);
    m_details->setObjectName(objectName);
    m_details->setOpenLinks(false);
    m_layout->removeWidget(m_view);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, tableStretch);
    m_splitter->setStretchFactor(1, detailsStretch);
    m_splitter->setChildrenCollapsible(false);
    m_layout->addWidget(m_splitter, 1);
    m_firstSplitterSizes = firstSizes;
    return m_details;
}

QAction *TableTab::createAction(std::optional<Icons::Glyph> glyph, const char *name)
{
    auto *action = new QAction(glyph ? Icons::glyph(*glyph) : QIcon(), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QMenu *TableTab::createMenu(const char *name, const QList<QAction *> &actions)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QString::fromLatin1(name));
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    connect(menu, &QMenu::triggered, this, &WindowTab::showRequested);
    return menu;
}

void TableTab::focusSearch()
{
    if (!m_searchWidget) {
        focusContent();
        return;
    }
    m_searchWidget->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(m_searchWidget))
        edit->selectAll();
    else if (auto *combo = qobject_cast<QComboBox *>(m_searchWidget); combo && combo->lineEdit())
        combo->lineEdit()->selectAll();
}

void TableTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

void TableTab::saveState(QSettings &settings) const
{
    settings.setValue(settingsKey() + u"/header"_s, m_view->horizontalHeader()->saveState());
    if (m_splitter)
        settings.setValue(settingsKey() + u"/splitter"_s, m_splitter->saveState());
}

void TableTab::restoreState(QSettings &settings)
{
    if (m_splitter) {
        const QByteArray splitter = settings.value(settingsKey() + u"/splitter"_s).toByteArray();
        if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
            m_splitter->setSizes(m_firstSplitterSizes);
    }
    const QByteArray saved = settings.value(settingsKey() + u"/header"_s).toByteArray();
    if (!saved.isEmpty() && m_view->horizontalHeader()->restoreState(saved))
        return;
    fitColumns();
}

void TableTab::fitColumn(int column, const QStringList &samples, const QString &padding)
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int extra = metrics.horizontalAdvance(padding);
    int width = m_view->horizontalHeader()->sectionSizeHint(column);
    for (const QString &sample : samples)
        width = qMax(width, metrics.horizontalAdvance(sample) + extra);
    m_view->setColumnWidth(column, width);
}

QModelIndexList TableTab::selectedRows() const
{
    return m_view->selectionModel()->selectedRows();
}

bool TableTab::selectModelRow(int row)
{
    if (row < 0)
        return false;
    QModelIndex index = m_model->index(row, 0);
    if (m_proxy)
        index = m_proxy->mapFromSource(index);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TableTab::setDetailsHtml(const QString &html)
{
    if (html == m_detailsHtml)
        return;
    m_detailsHtml = html;
    m_details->setHtml(html);
}

void TableTab::updateCount()
{
    m_count->setText(countText());
}

void TableTab::rowsChanged()
{
    updateCount();
    updateActions();
    showDetails();
}

void TableTab::applyTexts()
{
    retranslateUi();
    rowsChanged();
}

void TableTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        applyTexts();
        emit titleChanged();
    }
    WindowTab::changeEvent(event);
}
