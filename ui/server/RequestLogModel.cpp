#include "RequestLogModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::durationText(qint64 latencyUs) const
{
    const QLocale locale;
    // Three significant digits or so: 0.042 ms, 1.25 ms, 37 ms.
    if (latencyUs < 1'000)
        return tr("%1 ms").arg(locale.toString(double(latencyUs) / 1000.0, 'f', 3));
    if (latencyUs < 10'000)
        return tr("%1 ms").arg(locale.toString(double(latencyUs) / 1000.0, 'f', 2));
    return tr("%1 ms").arg(locale.toString(latencyUs / 1000));
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HttpRequestRecord &record = m_records.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(record.timeMs);
            if (role == Qt::ToolTipRole)
                return QLocale().toString(time, QLocale::LongFormat);
            return time.time().toString(u"HH:mm:ss.zzz"_s);
        }
        case ClientColumn:
            return record.client.toString();
        case MethodColumn:
            return record.method.isEmpty() ? tr("(unreadable)") : QString::fromLatin1(record.method);
        case PathColumn:
            return record.path;
        case StatusColumn:
            return record.status;
        case DurationColumn:
            return durationText(record.latencyUs);
        case UserColumn:
            return record.userLabel;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (record.status >= 500)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (record.status >= 400)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // In the order of Column.
    const QStringList titles
        = {tr("Time"), tr("Client"), tr("Method"), tr("Path"), tr("Status"), tr("Duration"), tr("User")};
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

void RequestLogModel::append(const QList<HttpRequestRecord> &records)
{
    if (records.isEmpty())
        return;
    // Only the newest `capacity` of the new ones can ever be shown.
    const qsizetype incoming = std::min<qsizetype>(records.size(), m_capacity);
    const qsizetype overflow = m_records.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow - 1));
        m_records.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    m_records.append(records.mid(records.size() - incoming));
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}
