#pragma once

#include "HttpMetrics.h"

#include <QAbstractTableModel>
#include <QList>

// The Server tab's live request log: one row per answered request, oldest first, newest at the bottom.
// Holds at most `capacity` rows; when more arrive, the oldest are dropped so that a long-running server
// never grows the GUI's memory.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        UserColumn,
        ColumnCount
    };
    static constexpr int defaultCapacity = 2000;

    explicit RequestLogModel(int capacity = defaultCapacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends requests (oldest first) and drops the oldest rows beyond the capacity.
    void append(const QList<HttpRequestRecord> &records);
    void clear();

    int capacity() const { return m_capacity; }
    const HttpRequestRecord &recordAt(int row) const { return m_records.at(row); }

private:
    QString durationText(qint64 latencyUs) const;

    const int m_capacity;
    QList<HttpRequestRecord> m_records;
};
