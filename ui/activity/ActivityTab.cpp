#include "ActivityTab.h"

#include "ErrorMessage.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "SecurityEventModel.h"
#include "SecurityEventText.h"
#include "UserTableModel.h"
#include "common/Clock.h"

#include <QCollator>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 hourMs = 3600 * 1000;
} // namespace

ActivityTab::ActivityTab(SecurityEventLog &log, const Clock &clock, UserTableModel &users, QWidget *parent)
    : WindowTab(parent)
    , m_log(log)
    , m_clock(clock)
    , m_users(users)
    , m_model(new SecurityEventModel(log, this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateTimeEdit(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_details(new QTextBrowser(m_splitter))
{
    setObjectName(u"activityTab"_s);

    m_type->setObjectName(u"typeFilter"_s);
    m_typeLabel->setBuddy(m_type);
    m_type->addItem(QString(), QString());
    for (const QString &type : SecurityEventType::all())
        m_type->addItem(QString(), type);

    m_user->setObjectName(u"userFilter"_s);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setMinimumContentsLength(14);
    m_user->lineEdit()->setClearButtonEnabled(true);
    m_userLabel->setBuddy(m_user);

    m_period->setObjectName(u"periodFilter"_s);
    for (const Period period : {Period::AnyTime, Period::LastHour, Period::LastDay, Period::LastWeek,
                                Period::LastMonth, Period::Custom})
        m_period->addItem(QString(), int(period));
    m_periodLabel->setBuddy(m_period);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs());
    m_from->setObjectName(u"from"_s);
    m_from->setCalendarPopup(true);
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_to->setObjectName(u"to"_s);
    m_to->setCalendarPopup(true);
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_from->hide();
    m_toLabel->hide();
    m_to->hide();

    m_count->setObjectName(u"count"_s);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_error);
    m_error->hide();

    m_view->setObjectName(u"eventsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"eventDetails"_s);
    m_details->setOpenLinks(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(12);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    m_userTyping.setSingleShot(true);
    m_userTyping.setInterval(300);
    connect(&m_userTyping, &QTimer::timeout, this, &ActivityTab::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityTab::applyFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_toLabel->setVisible(custom);
        m_to->setVisible(custom);
        applyFilters();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ActivityTab::applyFilters);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ActivityTab::applyFilters);
    connect(m_user, &QComboBox::editTextChanged, this, [this] { m_userTyping.start(); });
    connect(m_user, &QComboBox::activated, this, &ActivityTab::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityTab::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityTab::showDetails);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ActivityTab::rememberTopRow);
    connect(m_model, &SecurityEventModel::newestInserted, this, &ActivityTab::restoreTopRow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityTab::updateCount);
    connect(m_model, &SecurityEventModel::loadFailed, this, [this](const Error &error) {
        m_error->setText(tr("Could not read the security log: %1").arg(ErrorMessage::describe(error)));
        m_error->show();
    });
    connect(&m_users, &UserTableModel::changesApplied, this, &ActivityTab::refreshUserChoices);

    retranslateUi();
    refreshUserChoices();
    applyFilters();
}

QString ActivityTab::title() const
{
    return tr("Activity");
}

QString ActivityTab::menuTitle() const
{
    return tr("&Activity");
}

QIcon ActivityTab::icon() const
{
    return Icons::glyph(Icons::Glyph::Activity);
}

QString ActivityTab::settingsKey() const
{
    return u"activity"_s;
}

void ActivityTab::reload()
{
    applyFilters();
    if (m_error->isHidden())
        emit statusMessage(tr("Reloaded the security log."));
}

void ActivityTab::focusSearch()
{
    m_user->setFocus(Qt::ShortcutFocusReason);
    m_user->lineEdit()->selectAll();
}

void ActivityTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ActivityTab::saveState(QSettings &settings) const
{
    settings.setValue(u"activity/header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"activity/splitter"_s, m_splitter->saveState());
}

void ActivityTab::restoreState(QSettings &settings)
{
    const QByteArray splitter = settings.value(u"activity/splitter"_s).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({400, 140});
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = settings.value(u"activity/header"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    // First start: every event name and the longest actor fit; the details take the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(u"MM"_s);
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    QStringList typeNames;
    for (const QString &type : SecurityEventType::all())
        typeNames << SecurityEventText::typeName(type);
    fit(SecurityEventModel::TimeColumn, {SecurityEventModel::formatTime(m_clock.nowMs())});
    fit(SecurityEventModel::TypeColumn, typeNames);
    fit(SecurityEventModel::ActorColumn, {SecurityEventText::actorName(u"desktop"_s), u"MMMMMMMMMM"_s});
    fit(SecurityEventModel::SubjectColumn, {u"MMMMMMMMMM"_s});
    fit(SecurityEventModel::AddressColumn, {u"255.255.255.255"_s});
}

QString ActivityTab::detailsText() const
{
    return m_details->toPlainText();
}

SecurityEventQuery ActivityTab::currentQuery() const
{
    SecurityEventQuery query;
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        query.types = {type};
    query.user = m_user->currentText().trimmed();
    const qint64 now = m_clock.nowMs();
    switch (Period(m_period->currentData().toInt())) {
    case Period::AnyTime:
        break;
    case Period::LastHour:
        query.fromMs = now - hourMs;
        break;
    case Period::LastDay:
        query.fromMs = now - 24 * hourMs;
        break;
    case Period::LastWeek:
        query.fromMs = now - 7 * 24 * hourMs;
        break;
    case Period::LastMonth:
        query.fromMs = now - 30 * 24 * hourMs;
        break;
    case Period::Custom:
        query.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        query.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    return query;
}

void ActivityTab::applyFilters()
{
    m_userTyping.stop();
    m_error->hide();
    const qint64 selected = m_view->currentIndex().isValid()
        ? m_view->currentIndex().data(SecurityEventModel::IdRole).toLongLong()
        : 0;
    if (Status loaded = m_model->setQuery(currentQuery()); !loaded) {
        m_error->setText(
            tr("Could not read the security log: %1").arg(ErrorMessage::describe(loaded.error())));
        m_error->show();
        return;
    }
    // The same event stays selected when it still matches.
    if (const int row = selected ? m_model->rowOf(selected) : -1; row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void ActivityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WindowTab::changeEvent(event);
}

void ActivityTab::retranslateUi()
{
    m_typeLabel->setText(tr("&Event:"));
    m_type->setItemText(0, tr("All events"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, SecurityEventText::typeName(m_type->itemData(i).toString()));
    m_userLabel->setText(tr("U&ser:"));
    m_user->lineEdit()->setPlaceholderText(tr("All users"));
    m_user->setToolTip(tr("A username or account id: events by or about that account"));
    m_periodLabel->setText(tr("&Time:"));
    const QStringList periods {tr("Any time"),    tr("Last hour"),    tr("Last 24 hours"),
                               tr("Last 7 days"), tr("Last 30 days"), tr("Between…")};
    for (int i = 0; i < m_period->count() && i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_toLabel->setText(tr("and"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_from->setToolTip(tr("From this moment on"));
    m_to->setToolTip(tr("Up to (not including) this moment"));
    m_view->setAccessibleName(tr("Security events"));
    m_details->setAccessibleName(tr("Event details"));
    m_model->retranslate();
    showDetails();
    updateCount();
    emit titleChanged();
}

void ActivityTab::refreshUserChoices()
{
    QStringList names;
    for (const User &user : m_users.users())
        names << user.username;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QStringList current;
    for (int i = 0; i < m_user->count(); ++i)
        current << m_user->itemText(i);
    if (names == current)
        return;
    const QSignalBlocker blocker(m_user);
    const QString text = m_user->currentText();
    m_user->clear();
    m_user->addItems(names);
    m_user->setCurrentIndex(-1);
    m_user->setEditText(text);
}

void ActivityTab::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(u"<p>"_s
                           + tr("Select an event to see everything recorded about it.").toHtmlEscaped()
                           + u"</p>"_s);
        return;
    }
    m_details->setHtml(SecurityEventText::detailsHtml(m_model->eventAt(current.row())));
}

void ActivityTab::updateCount()
{
    const int shown = m_model->rowCount();
    QString text = tr("%n event(s)", nullptr, shown);
    if (m_model->canFetchMore({}))
        text = tr("Newest %n event(s); scroll down for older ones", nullptr, shown);
    m_count->setText(text);
}

void ActivityTab::rememberTopRow(const QModelIndex &parent, int first)
{
    m_anchorId = 0;
    if (parent.isValid() || first != 0 || m_view->verticalScrollBar()->value() == 0)
        return; // at the top, the newest events simply come into view
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (top.isValid())
        m_anchorId = top.data(SecurityEventModel::IdRole).toLongLong();
}

void ActivityTab::restoreTopRow()
{
    if (!m_anchorId)
        return;
    const int row = m_model->rowOf(m_anchorId);
    m_anchorId = 0;
    if (row < 0)
        return;
    m_view->doItemsLayout(); // the scroll range must already count the new rows
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
}
