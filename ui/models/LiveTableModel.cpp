#include "LiveTableModel.h"

#include <algorithm>

LiveTableModel::LiveTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(coalescingMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &LiveTableModel::applyNow);
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(recountMs);
    connect(&m_recountTimer, &QTimer::timeout, this, [this] { recount(); });
}

int LiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant LiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitles().value(section);
}

bool LiveTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMorePages();
}

void LiveTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchNextPage();
}

void LiveTableModel::sort(int column, Qt::SortOrder order)
{
    if (canSortBy(column) && applySort(column, order))
        restart();
}

void LiveTableModel::scheduleRecount()
{
    if (!m_recountTimer.isActive())
        m_recountTimer.start();
}

void LiveTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, m_columnCount - 1));
}

void LiveTableModel::scheduleApply()
{
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void LiveTableModel::applyNow()
{
    if (isReading()) {
        // Applied over the answer (readDone()): these changes are as new as what is being read, or newer.
        m_applyTimer.stop();
        m_applyAfterRead = true;
        return;
    }
    const bool changed = applyPendingChanges();
    // What applying staged on its way (accounts read again) went in with it: no second round for it.
    m_applyTimer.stop();
    if (changed)
        emit changesApplied();
}

void LiveTableModel::removeRowRanges(QList<int> rows, const std::function<void(int first, int count)> &erase)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        beginRemoveRows({}, first, last);
        erase(first, last - first + 1);
        endRemoveRows();
        ++i;
    }
}

void LiveTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, m_columnCount - 1));
}

void LiveTableModel::startQuestion()
{
    m_currentQuestion->fetch_add(1);
    if (!m_awaitingAnswer) {
        m_awaitingAnswer = true;
        emit readingChanged();
    }
}

void LiveTableModel::finishQuestion()
{
    if (m_awaitingAnswer) {
        m_awaitingAnswer = false;
        emit readingChanged();
    }
}

bool LiveTableModel::anyReading(const QObject *root)
{
    const QList<LiveTableModel *> models = root->findChildren<LiveTableModel *>();
    return std::any_of(models.cbegin(), models.cend(),
                       [](const LiveTableModel *model) { return model->isReading(); });
}

void LiveTableModel::setReadsInFlight(int reads)
{
    const bool wasReading = isReading();
    m_readsInFlight = reads;
    if (isReading() != wasReading)
        emit readingChanged();
}

void LiveTableModel::readDone()
{
    setReadsInFlight(m_readsInFlight - 1);
    if (!isReading() && std::exchange(m_applyAfterRead, false))
        applyNow();
}
