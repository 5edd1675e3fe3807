#pragma once

#include "common/Result.h"
#include "events/SecurityEventLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

// The security event log, newest first, for one SecurityEventQuery (type, user, time range). Older events
// are read a page at a time as the view scrolls to them (canFetchMore/fetchMore); new events are read as
// they are recorded — coalesced, then inserted at the top, so the rows below keep their selection.
class SecurityEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        ActorColumn,
        SubjectColumn,
        AddressColumn,
        DetailsColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1 };

    static constexpr int pageSize = 200;
    static constexpr int coalescingMs = 100;

    explicit SecurityEventModel(SecurityEventLog &log, QObject *parent = nullptr);

    // A different question: the list starts over with its newest page.
    Status setQuery(const SecurityEventQuery &query);
    SecurityEventQuery query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const SecurityEvent &eventAt(int row) const { return m_events.at(row); }
    int rowOf(qint64 id) const;

    void retranslate();

    static QString formatTime(qint64 ms);

signals:
    // New events went in at the top (views that are scrolled down keep their place with this).
    void newestInserted(int count);
    void loadFailed(const Error &error);

private:
    void noteRecorded();
    void readNewest();

    SecurityEventLog &m_log;
    SecurityEventQuery m_query;
    QList<SecurityEvent> m_events;
    QString m_nextCursor;
    bool m_loaded = false;
    QTimer m_newestTimer;
};
