#pragma once

#include "inspector/InspectionReport.h"

#include <QAbstractTableModel>
#include <QList>

// The members of an inspected token's header and payload, one row each, with what each means and, for
// time claims, the moment in local time and UTC and how far it is from now ("expires in 14 min"). A
// re-inspection of the same token (the countdown, once a second) changes cells in place; another token
// starts over.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ValueColumn,
        RelativeColumn,
        LocalTimeColumn,
        UtcColumn,
        MeaningColumn,
        ColumnCount
    };
    enum DataRole { PartRole = Qt::UserRole + 1, NameRole };
    enum class Part { Header, Payload };

    explicit ClaimTableModel(QObject *parent = nullptr);

    void setInspection(const InspectionReport &inspection);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of a payload claim ("exp"), or -1.
    int rowOfClaim(const QString &name) const;
    Part partAt(int row) const { return m_rows.at(row).part; }
    const ClaimExplanation &claimAt(int row) const { return m_rows.at(row).claim; }
    // "Expiration time: … (RFC 7519)": the whole explanation of a row, for the pane below the table.
    QString explanation(int row) const;

    void retranslate();

private:
    struct Row
    {
        Part part;
        ClaimExplanation claim;
    };
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};
