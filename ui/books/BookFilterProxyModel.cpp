#include "BookFilterProxyModel.h"

#include "BookTableModel.h"

BookFilterProxyModel::BookFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BookTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void BookFilterProxyModel::setOwnerPublicId(const QString &publicId)
{
    if (publicId == m_ownerPublicId)
        return;
    m_ownerPublicId = publicId;
    invalidateRowsFilter();
}

void BookFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool BookFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *books = qobject_cast<const BookTableModel *>(sourceModel());
    if (!books || sourceParent.isValid())
        return true;
    const Book &book = books->bookAt(sourceRow);
    if (!m_ownerPublicId.isEmpty() && book.ownerPublicId != m_ownerPublicId)
        return false;
    if (m_text.isEmpty())
        return true;
    return book.title.contains(m_text, Qt::CaseInsensitive)
        || book.author.contains(m_text, Qt::CaseInsensitive);
}
