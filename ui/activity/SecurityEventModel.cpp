#include "SecurityEventModel.h"

#include "SecurityEventText.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
// Past this many unseen events (a long sign-in storm behind a filter), starting over is cheaper than
// inserting them all at the top.
constexpr int maximumCatchUp = 5000;
} // namespace

SecurityEventModel::SecurityEventModel(SecurityEventLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    m_newestTimer.setSingleShot(true);
    m_newestTimer.setInterval(coalescingMs);
    connect(&m_newestTimer, &QTimer::timeout, this, &SecurityEventModel::readNewest);
    connect(&log, &SecurityEventLog::eventRecorded, this, &SecurityEventModel::noteRecorded,
            Qt::QueuedConnection);
}

Status SecurityEventModel::setQuery(const SecurityEventQuery &query)
{
    m_newestTimer.stop();
    SecurityEventQuery first = query;
    first.cursor.clear();
    first.limit = pageSize;
    const Result<SecurityEventPage> page = m_log.list(first);

    beginResetModel();
    m_query = first;
    m_loaded = page.ok();
    m_events = page ? page->items : QList<SecurityEvent>();
    m_nextCursor = page ? page->nextCursor : QString();
    endResetModel();
    if (!page)
        return page.error();
    return {};
}

int SecurityEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SecurityEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const SecurityEvent &event = m_events.at(index.row());
    if (role == IdRole)
        return event.id;
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return SecurityEventText::summary(event);
    if (role == Qt::ToolTipRole && index.column() == TypeColumn)
        return event.type;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return formatTime(event.occurredAtMs);
    case TypeColumn:
        return SecurityEventText::typeName(event.type);
    case ActorColumn:
        return SecurityEventText::actorName(event.actor);
    case SubjectColumn:
        return event.subjectName.isEmpty() ? event.subjectId : event.subjectName;
    case AddressColumn:
        return event.clientAddress;
    case DetailsColumn:
        return SecurityEventText::summary(event);
    default:
        return {};
    }
}

QVariant SecurityEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case ActorColumn:
        return tr("By");
    case SubjectColumn:
        return tr("User");
    case AddressColumn:
        return tr("Client Address");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool SecurityEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty();
}

void SecurityEventModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SecurityEventQuery next = m_query;
    next.cursor = m_nextCursor;
    const Result<SecurityEventPage> page = m_log.list(next);
    if (!page) {
        m_nextCursor.clear(); // don't retry on every scroll; Reload starts over
        emit loadFailed(page.error());
        return;
    }
    m_nextCursor = page->nextCursor;
    if (page->items.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(page->items.size()) - 1);
    m_events += page->items;
    endInsertRows();
}

int SecurityEventModel::rowOf(qint64 id) const
{
    // Ids descend down the list.
    const auto found
        = std::lower_bound(m_events.cbegin(), m_events.cend(), id,
                           [](const SecurityEvent &event, qint64 wanted) { return event.id > wanted; });
    if (found == m_events.cend() || found->id != id)
        return -1;
    return int(found - m_events.cbegin());
}

void SecurityEventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

QString SecurityEventModel::formatTime(qint64 ms)
{
    // The short date with a time to the second (a security log needs seconds; the long time format's
    // zone name would only repeat itself on every row).
    const QLocale locale;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    QString timeFormat = locale.timeFormat(QLocale::LongFormat);
    timeFormat.remove(QLatin1Char('t'));
    return locale.toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(time.time(), timeFormat.trimmed());
}

void SecurityEventModel::noteRecorded()
{
    if (m_loaded && !m_newestTimer.isActive())
        m_newestTimer.start();
}

void SecurityEventModel::readNewest()
{
    const qint64 newestShown = m_events.isEmpty() ? 0 : m_events.constFirst().id;
    SecurityEventQuery newest = m_query;
    newest.cursor.clear();
    newest.limit = 500;
    QList<SecurityEvent> fresh;
    for (;;) {
        const Result<SecurityEventPage> page = m_log.list(newest);
        if (!page) {
            emit loadFailed(page.error());
            return;
        }
        bool reachedShown = false;
        for (const SecurityEvent &event : page->items) {
            if (event.id <= newestShown) {
                reachedShown = true;
                break;
            }
            fresh.append(event);
        }
        if (reachedShown || page->nextCursor.isEmpty())
            break;
        if (fresh.size() > maximumCatchUp) {
            if (Status reloaded = setQuery(m_query); !reloaded)
                emit loadFailed(reloaded.error());
            return;
        }
        newest.cursor = page->nextCursor;
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    endInsertRows();
    emit newestInserted(int(fresh.size()));
}
