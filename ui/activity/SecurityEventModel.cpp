#include "SecurityEventModel.h"

#include "SecurityEventText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// Past this many unseen events (a long sign-in storm behind a filter), starting over is cheaper than
// inserting them all at the top.
constexpr int maximumCatchUp = 5000;
} // namespace

SecurityEventModel::SecurityEventModel(SecurityEventLog &log, QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::AsScrolled, parent)
    , m_log(log)
{
    m_query.limit = pageSize;
    readAgainOn(&log, &SecurityEventLog::eventRecorded);
}

void SecurityEventModel::setQuery(const SecurityEventQuery &query)
{
    m_query = query;
    m_query.cursor.clear();
    m_query.limit = pageSize;
    restart();
}

SecurityEventModel::PageSource SecurityEventModel::pageSource() const
{
    return [&log = m_log, question = m_query, count = countSource()](const QString &cursor) -> Result<Page> {
        SecurityEventQuery page = question;
        page.cursor = cursor;
        Result<Page> read = pageOf(log.list(page));
        // The first page brings the count (up to SecurityEventLog::countLimit: more is "more than").
        if (read && cursor.isEmpty()) {
            const Result<TableCount> total = count();
            if (!total)
                return total.error();
            read.value().count = total.value();
        }
        return read;
    };
}

SecurityEventModel::CountSource SecurityEventModel::countSource() const
{
    return [&log = m_log, question = m_query]() -> Result<TableCount> {
        const Result<qint64> total = log.countUpTo(question);
        if (!total)
            return total.error();
        return TableCount {total.value(), total.value() <= SecurityEventLog::countLimit};
    };
}

QVariant SecurityEventModel::cellValue(const SecurityEvent &event, int column, bool) const
{
    switch (column) {
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

QVariant SecurityEventModel::rowData(const SecurityEvent &event, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == DetailsColumn)
        return SecurityEventText::summary(event);
    if (role == Qt::ToolTipRole && column == TypeColumn)
        return event.type;
    return {};
}

QStringList SecurityEventModel::columnTitles() const
{
    return {tr("Time"), tr("Event"), tr("By"), tr("User"), tr("Client Address"), tr("Details")};
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

bool SecurityEventModel::applyPendingChanges()
{
    // Not before a first page was read: that page has the newest events anyway.
    if (!takeReadAgain() || !isLoaded())
        return false;
    const qint64 newestShown = rowCount() == 0 ? 0 : eventAt(0).id;
    using Newer = Result<std::optional<QList<SecurityEvent>>>;
    readInBackground<Newer>(
        [source = pageSource(), newestShown] { return readNewerThan(source, newestShown); },
        [this](Newer fresh) {
            if (!fresh)
                emit loadFailed(fresh.error());
            else if (!fresh->has_value())
                restart();
            else
                insertNewest(**fresh);
        });
    return false; // what is new is inserted when it has been read
}

Result<std::optional<QList<SecurityEvent>>> SecurityEventModel::readNewerThan(const PageSource &source,
                                                                              qint64 newestShown)
{
    QList<SecurityEvent> fresh;
    QString cursor;
    for (;;) {
        const Result<Page> page = source(cursor);
        if (!page)
            return page.error();
        const auto shown
            = std::find_if(page->items.cbegin(), page->items.cend(),
                           [newestShown](const SecurityEvent &event) { return event.id <= newestShown; });
        fresh += QList<SecurityEvent>(page->items.cbegin(), shown);
        if (shown != page->items.cend() || page->nextCursor.isEmpty())
            return std::optional(fresh);
        if (fresh.size() > maximumCatchUp)
            return std::optional<QList<SecurityEvent>>();
        cursor = page->nextCursor;
    }
}

void SecurityEventModel::insertNewest(const QList<SecurityEvent> &fresh)
{
    // Never the same event twice, whatever was read meanwhile.
    QList<SecurityEvent> unseen;
    for (const SecurityEvent &event : fresh) {
        if (rowOf(event.id) < 0)
            unseen.append(event);
    }
    if (unseen.isEmpty())
        return;
    insertAtTop(unseen);
    scheduleRecount();
    emit newestInserted(int(unseen.size()));
    emit changesApplied();
}
