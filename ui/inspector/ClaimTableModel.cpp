#include "ClaimTableModel.h"

#include "SecurityEventModel.h"
#include "TokenHighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace {
QPixmap partSwatch(ClaimTableModel::Part part)
{
    const QColor color = TokenHighlighter::partColor(
        part == ClaimTableModel::Part::Header ? TokenHighlighter::Header : TokenHighlighter::Payload,
        QGuiApplication::palette());
    QPixmap swatch(10, 10);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 9.0, 9.0), 2.0, 2.0);
    return swatch;
}
} // namespace

ClaimTableModel::ClaimTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClaimTableModel::setInspection(const InspectionReport &inspection)
{
    QList<Row> rows;
    for (const ClaimExplanation &claim : inspection.headerParameters)
        rows.append({Part::Header, claim});
    for (const ClaimExplanation &claim : inspection.claims)
        rows.append({Part::Payload, claim});

    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).part == m_rows.at(i).part && rows.at(i).claim.name == m_rows.at(i).claim.name;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // The same members again (a re-inspection): only cells whose text moved change, so a selection and
    // the scroll position stay put while the countdown runs.
    for (int row = 0; row < rows.size(); ++row) {
        const Row before = m_rows.at(row);
        m_rows[row] = rows.at(row);
        for (int column = 0; column < ColumnCount; ++column) {
            if (text(before, column) != text(rows.at(row), column))
                emit dataChanged(index(row, column), index(row, column));
        }
    }
}

void ClaimTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case PartRole:
        return int(row.part);
    case NameRole:
        return row.claim.name;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return partSwatch(row.part);
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn || index.column() == UtcColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == NameColumn && row.claim.known) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.part == Part::Header ? tr("Header parameter") : tr("Claim in the payload");
        case ValueColumn:
            return row.claim.valueJson.size() > 60 ? row.claim.valueJson : QVariant();
        case LocalTimeColumn:
            return row.claim.localIso;
        case MeaningColumn:
            return explanation(index.row());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case RelativeColumn:
        return tr("When");
    case LocalTimeColumn:
        return tr("Local Time");
    case UtcColumn:
        return tr("UTC");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

int ClaimTableModel::rowOfClaim(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).part == Part::Payload && m_rows.at(row).claim.name == name)
            return row;
    }
    return -1;
}

QString ClaimTableModel::explanation(int row) const
{
    const ClaimExplanation &claim = m_rows.at(row).claim;
    QString text = claim.explanation.localized();
    if (claim.specification)
        text += u" ("_s + QString::fromLatin1(claim.specification) + u')';
    return text;
}

void ClaimTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString ClaimTableModel::text(const Row &row, int column) const
{
    const ClaimExplanation &claim = row.claim;
    switch (column) {
    case NameColumn:
        return claim.name;
    case ValueColumn:
        return claim.valueJson;
    case RelativeColumn:
        return claim.isTime ? claim.relative.localized() : QString();
    case LocalTimeColumn:
        return claim.isTime ? SecurityEventModel::formatTime(claim.utc.toMSecsSinceEpoch()) : QString();
    case UtcColumn:
        return claim.isTime ? claim.utcIso : QString();
    case MeaningColumn:
        return claim.explanation.localized();
    default:
        return {};
    }
}
