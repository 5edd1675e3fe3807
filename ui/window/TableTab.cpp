#include "TableTab.h"

#include "ErrorMessage.h"
#include "LiveTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TableTab::TableTab(const QString &settingsKey, Icons::Glyph glyph, const char *title, const char *menuTitle,
                   QWidget *parent)
    : WindowTab(settingsKey, glyph, title, menuTitle, parent)
    , m_layout(new QVBoxLayout(this))
    , m_header(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_loadingNote(new QTimer(this))
{
    m_loadingNote->setSingleShot(true);
    m_loadingNote->setInterval(loadingNoteMs);
    connect(m_loadingNote, &QTimer::timeout, this, &TableTab::updateCount);
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
    auto *live = qobject_cast<LiveTableModel *>(model);
    bool sortsInSql = false;
    for (int column = 0; live && column < live->columnCount(); ++column)
        sortsInSql = sortsInSql || live->canSortBy(column);
    m_view->setSortingEnabled(proxy != nullptr || sortsInSql);
    if (live && !proxy) {
        // The model sorts in SQL, by the columns it has an order for; a click on another header leaves the
        // indicator (and the rows) where they were.
        QHeaderView *header = m_view->horizontalHeader();
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this, live, header](int column) {
            if (live->canSortBy(column)) {
                m_sortColumn = column;
                m_sortOrder = header->sortIndicatorOrder();
                return;
            }
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_sortColumn, m_sortOrder);
        });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    // Whatever changes the rows shown (a filter, a live update) changes the count. The model's own signals
    // too: the proxy removes its rows before the model has removed them.
    // A new question (a filter, an order) starts at the top: kept at the bottom, the view would ask for the
    // next page at once.
    connect(model, &QAbstractItemModel::modelReset, m_view, &QAbstractItemView::scrollToTop);
    // A live model says when a batch of changes is in.
    if (live) {
        connect(live, &LiveTableModel::changesApplied, this, &TableTab::rowsChanged);
        connect(live, &LiveTableModel::readingChanged, this, [this, live] {
            if (live->isAwaitingAnswer())
                m_loadingNote->start();
            else
                m_loadingNote->stop();
            updateCount();
        });
        connect(live, &LiveTableModel::reloaded, this, [this] {
            if (std::exchange(m_announceReload, false))
                emit statusMessage(reloadedText());
        });
        // Said once the window is up, so that the message has a window to belong to.
        connect(live, &LiveTableModel::loadFailed, this, &TableTab::showLoadError, Qt::QueuedConnection);
    }
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

QLabel *TableTab::addLabeledHeaderWidget(QWidget *widget)
{
    auto *label = new QLabel(this);
    label->setBuddy(widget);
    addHeaderWidget(label);
    addHeaderWidget(widget);
    return label;
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

void TableTab::searchAsTyped(const std::function<void(const QString &text)> &search)
{
    QLineEdit *field = qobject_cast<QLineEdit *>(m_searchWidget);
    Q_ASSERT(field);
    auto *pause = new QTimer(field);
    pause->setSingleShot(true);
    pause->setInterval(searchPauseMs);
    const auto searchNow = [field, pause, search] {
        pause->stop();
        search(field->text().trimmed());
    };
    connect(pause, &QTimer::timeout, field, [this, field, searchNow] {
        const qsizetype typed = field->text().trimmed().size();
        if (typed == 0 || typed >= minimumTypedSearch)
            searchNow();
        else
            emit statusMessage(tr("Searching starts at %n character(s); press Enter to search for fewer.",
                                  nullptr, minimumTypedSearch));
    });
    connect(field, &QLineEdit::textChanged, pause, [pause, field, searchNow] {
        if (field->text().trimmed().isEmpty())
            searchNow();
        else
            pause->start();
    });
    connect(field, &QLineEdit::returnPressed, field, searchNow);
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
    const auto *live = qobject_cast<const LiveTableModel *>(m_model);
    if (live && live->isAwaitingAnswer() && !m_loadingNote->isActive())
        m_count->setText(tr("Loading…"));
    else
        m_count->setText(countText());
}

void TableTab::reloadRows()
{
    auto *live = qobject_cast<LiveTableModel *>(m_model);
    if (!live)
        return;
    m_announceReload = true;
    live->reload();
}

void TableTab::showLoadError(const Error &error)
{
    m_announceReload = false;
    ErrorMessage::show(this, loadErrorText(), error);
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
