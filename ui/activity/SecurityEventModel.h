#pragma once

#include "KeyedTableModel.h"
#include "events/SecurityEventLog.h"

// The security event log, newest first, for one SecurityEventQuery (type, user, time range). Older events
// are read a page at a time as the view scrolls to them (KeyedTableModel's Loading::AsScrolled); new events
// are read as they are recorded — coalesced, then inserted at the top, so the rows below keep their
// selection.
class SecurityEventModel : public KeyedTableModel<SecurityEvent, qint64>
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
    enum DataRole { IdRole = KeyRole };

    static constexpr int pageSize = 200;

    explicit SecurityEventModel(SecurityEventLog &log, QObject *parent = nullptr);

    // A different question: the list starts over with its newest page.
    void setQuery(const SecurityEventQuery &query);
    SecurityEventQuery query() const { return m_query; }

    const SecurityEvent &eventAt(int row) const { return rowAt(row); }

    static QString formatTime(qint64 ms);

signals:
    // New events went in at the top (views that are scrolled down keep their place with this).
    void newestInserted(int count);

protected:
    QStringList columnTitles() const override;
    qint64 keyOf(const SecurityEvent &event) const override { return event.id; }
    QVariant cellValue(const SecurityEvent &event, int column, bool sortKey) const override;
    QVariant rowData(const SecurityEvent &event, int column, int role) const override;
    // Events are never changed: what was recorded since the newest one shown goes in at the top.
    bool applyPendingChanges() override;
    PageSource pageSource() const override;
    CountSource countSource() const override;

private:
    // Events newer than `newestShown`, newest first, read through `source`; nothing when there are more than
    // a restart would cost.
    static Result<std::optional<QList<SecurityEvent>>> readNewerThan(const PageSource &source,
                                                                     qint64 newestShown);
    void insertNewest(const QList<SecurityEvent> &fresh);

    SecurityEventLog &m_log;
    SecurityEventQuery m_query;
};
