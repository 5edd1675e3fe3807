#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// The Books tab's view of BookTableModel: one owner's books or everyone's, narrowed to titles and authors
// containing a text, sorted on BookTableModel::SortRole.
class BookFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BookFilterProxyModel(QObject *parent = nullptr);

    QString ownerPublicId() const { return m_ownerPublicId; }
    void setOwnerPublicId(const QString &publicId);
    QString text() const { return m_text; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_ownerPublicId;
    QString m_text;
};
