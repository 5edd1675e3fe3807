#include "ActivityTab.h"

#include "AccountCompleter.h"
#include "DetailsTable.h"
#include "ErrorMessage.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "SecurityEventModel.h"
#include "SecurityEventText.h"
#include "common/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 hourMs = 3600 * 1000;
} // namespace

ActivityTab::ActivityTab(SecurityEventLog &log, const Clock &clock, UserService &users, QWidget *parent)
    : TableTab(u"activity"_s, Icons::Glyph::Activity, QT_TR_NOOP("Activity"), QT_TR_NOOP("&Activity"), parent)
    , m_log(log)
    , m_clock(clock)
    , m_model(new SecurityEventModel(log, this))
    , m_userSuggestions(new AccountCompleter(users, this))
{
    setObjectName(u"activityTab"_s);
    buildTypeFilter();
    addHeaderSpacing();
    buildUserFilter();
    addHeaderSpacing();
    buildPeriodFilter();
    buildTable();
    followTheLog();
    applyTexts();
    applyFilters();
}

void ActivityTab::buildTypeFilter()
{
    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeFilter"_s);
    m_type->addItem(QString(), QString());
    for (const QString &type : SecurityEventType::all())
        m_type->addItem(QString(), type);
    m_typeLabel = addLabeledHeaderWidget(m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityTab::applyFilters);
}

void ActivityTab::buildUserFilter()
{
    // Free text rather than a choice among accounts: a deleted account's name still finds its events.
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userFilter"_s);
    m_user->setMinimumWidth(m_user->fontMetrics().averageCharWidth() * 18);
    m_user->setClearButtonEnabled(true);
    m_userLabel = addLabeledHeaderWidget(m_user);
    setSearchWidget(m_user);
    m_userSuggestions->attachTo(m_user);
    m_userTyping.setSingleShot(true);
    m_userTyping.setInterval(300);
    connect(&m_userTyping, &QTimer::timeout, this, &ActivityTab::applyFilters);
    connect(m_user, &QLineEdit::textChanged, this, [this] { m_userTyping.start(); });
    connect(m_user, &QLineEdit::returnPressed, this, &ActivityTab::applyFilters);
    connect(m_userSuggestions, &AccountCompleter::accountPicked, this, [this](const User &user) {
        m_user->setText(user.username);
        applyFilters();
    });
}

void ActivityTab::buildPeriodFilter()
{
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodFilter"_s);
    for (const Period period : {Period::AnyTime, Period::LastHour, Period::LastDay, Period::LastWeek,
                                Period::LastMonth, Period::Custom})
        m_period->addItem(QString(), int(period));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(u"from"_s);
    m_from->setCalendarPopup(true);
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_toLabel = new QLabel(this);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(u"to"_s);
    m_to->setCalendarPopup(true);
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_periodLabel = addLabeledHeaderWidget(m_period);
    addHeaderWidget(m_from);
    addHeaderWidget(m_toLabel);
    addHeaderWidget(m_to);
    showPeriodChoice();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        showPeriodChoice();
        applyFilters();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ActivityTab::applyFilters);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ActivityTab::applyFilters);
}

void ActivityTab::buildTable()
{
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_error);
    m_error->hide();
    addNote(m_error);

    setTableModel(m_model);
    view()->setObjectName(u"eventsView"_s);
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    view()->setContextMenuPolicy(Qt::DefaultContextMenu);
    view()->horizontalHeader()->setStretchLastSection(true);
    m_details = addDetailsPane(u"eventDetails"_s, 3, 1, {400, 140});
}

void ActivityTab::followTheLog()
{
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityTab::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityTab::answerArrived);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ActivityTab::rememberTopRow);
    connect(m_model, &SecurityEventModel::newestInserted, this, &ActivityTab::restoreTopRow);
}

void ActivityTab::reload()
{
    m_announceAnswer = true;
    applyFilters();
}

void ActivityTab::answerArrived()
{
    // The same event stays selected when it still matches.
    if (const int row = m_selectedBefore ? m_model->rowOf(std::exchange(m_selectedBefore, 0)) : -1;
        row >= 0) {
        view()->setCurrentIndex(m_model->index(row, 0));
        view()->scrollTo(m_model->index(row, 0));
    }
    showDetails();
    if (std::exchange(m_announceAnswer, false))
        emit statusMessage(tr("Reloaded the security log."));
}

void ActivityTab::fitColumns()
{
    // First start: every event name and the longest actor fit; the details take the rest.
    const QString padding = u"MM"_s;
    QStringList typeNames;
    for (const QString &type : SecurityEventType::all())
        typeNames << SecurityEventText::typeName(type);
    fitColumn(SecurityEventModel::TimeColumn, {SecurityEventModel::formatTime(m_clock.nowMs())}, padding);
    fitColumn(SecurityEventModel::TypeColumn, typeNames, padding);
    fitColumn(SecurityEventModel::ActorColumn, {SecurityEventText::actorName(u"desktop"_s), u"MMMMMMMMMM"_s},
              padding);
    fitColumn(SecurityEventModel::SubjectColumn, {u"MMMMMMMMMM"_s}, padding);
    fitColumn(SecurityEventModel::AddressColumn, {u"255.255.255.255"_s}, padding);
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
    query.user = m_user->text().trimmed();
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
    const QModelIndex current = view()->currentIndex();
    m_selectedBefore = current.isValid() ? current.data(SecurityEventModel::IdRole).toLongLong() : 0;
    m_model->setQuery(currentQuery());
}

void ActivityTab::showLoadError(const Error &error)
{
    m_announceAnswer = false;
    m_error->setText(tr("Could not read the security log: %1").arg(ErrorMessage::describe(error)));
    m_error->show();
}

void ActivityTab::showPeriodChoice()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

void ActivityTab::retranslateUi()
{
    m_typeLabel->setText(tr("&Event:"));
    m_type->setItemText(0, tr("All events"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, SecurityEventText::typeName(m_type->itemData(i).toString()));
    m_userLabel->setText(tr("U&ser:"));
    m_user->setPlaceholderText(tr("All users"));
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
    view()->setAccessibleName(tr("Security events"));
    m_details->setAccessibleName(tr("Event details"));
    m_model->retranslate();
}

void ActivityTab::showDetails()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid()) {
        setDetailsHtml(DetailsTable::paragraph(tr("Select an event to see everything recorded about it.")));
        return;
    }
    setDetailsHtml(SecurityEventText::detailsHtml(m_model->eventAt(current.row())));
}

QString ActivityTab::countText() const
{
    // Counted in SQL up to a limit (an exact count of a million events would hold the window up).
    const qint64 total = m_model->totalCount();
    if (total > SecurityEventLog::countLimit)
        return tr("More than %1 events").arg(QLocale().toString(SecurityEventLog::countLimit));
    return tr("%Ln event(s)", nullptr, int(total));
}

void ActivityTab::rememberTopRow(const QModelIndex &parent, int first)
{
    m_anchorId = 0;
    if (parent.isValid() || first != 0 || view()->verticalScrollBar()->value() == 0)
        return; // at the top, the newest events simply come into view
    const QModelIndex top = view()->indexAt(QPoint(1, 1));
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
    view()->doItemsLayout(); // the scroll range must already count the new rows
    view()->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
}
