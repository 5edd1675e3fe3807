#include "BookTableModel.h"

#include "books/BookService.h"
#include "common/TextChecks.h"
#include "users/Actor.h"
#include "users/User.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace {
// The column each of core's orders shows.
constexpr std::pair<BookTableModel::Column, BookSort> sortableColumns[] = {
    {BookTableModel::TitleColumn, BookSort::Title},
    {BookTableModel::AuthorColumn, BookSort::Author},
    {BookTableModel::PriceColumn, BookSort::Price},
    {BookTableModel::AddedColumn, BookSort::Created},
};

// What SQL orders a sort's text by: the comparison key, compared as UTF-8 bytes (SQLite's BINARY).
QByteArray textOrder(const QString &text)
{
    return TextChecks::comparisonKey(text).toUtf8();
}
} // namespace

BookTableModel::BookTableModel(BookService &books, UserService &users, QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::AsScrolled, parent)
    , m_books(books)
{
    stageChangesFrom(&books, &BookService::bookCreated);
    stageChangesFrom(&books, &BookService::bookUpdated);
    stageRemovalsFrom(&books, &BookService::bookDeleted);
    connect(
        &users, &UserService::userDeleted, this,
        [this](const User &owner) {
            stageRemovalWhere([&owner](const Book &book) { return book.ownerPublicId == owner.publicId; });
        },
        Qt::QueuedConnection);
}

QVariant BookTableModel::cellValue(const Book &book, int column, bool sortKey) const
{
    const auto text = [sortKey](const QString &value) { return sortKey ? value.toLower() : value; };
    switch (column) {
    case TitleColumn:
        return text(book.title);
    case AuthorColumn:
        return text(book.author);
    case PublisherColumn:
        return text(book.publisher);
    case OwnerColumn:
        return text(book.ownerName);
    case PriceColumn:
        return sortKey ? QVariant(book.priceCents) : QVariant(formatPrice(book.priceCents));
    case IsbnColumn:
        return text(book.isbn);
    case YearColumn:
        if (sortKey)
            return book.year.value_or(-1);
        return book.year ? QString::number(*book.year) : QString();
    case AddedColumn:
        if (sortKey)
            return book.createdAtMs;
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.createdAtMs), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant BookTableModel::rowData(const Book &book, int column, int role) const
{
    if (role == OwnerPublicIdRole)
        return book.ownerPublicId;
    if (role == Qt::TextAlignmentRole && (column == PriceColumn || column == YearColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == TitleColumn)
        return book.title;
    if (role == Qt::ToolTipRole && column == AddedColumn)
        return tr("Version %1, last changed %2")
            .arg(book.version)
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.updatedAtMs), QLocale::LongFormat));
    return {};
}

QStringList BookTableModel::columnTitles() const
{
    return {tr("Title"), tr("Author"), tr("Publisher"), tr("Owner"),
            tr("Price"), tr("ISBN"),   tr("Year"),      tr("Added")};
}

QString BookTableModel::formatPrice(qint64 cents)
{
    // Cents are exact in core; as a double they stay exact far beyond any price (2^53 cents).
    return QLocale().toCurrencyString(double(cents) / 100.0, QString(), 2);
}

void BookTableModel::setFilter(const QString &ownerPublicId, const QString &text)
{
    if (ownerPublicId == m_query.ownerPublicId && text == m_query.text)
        return;
    m_query.ownerPublicId = ownerPublicId;
    m_query.text = text;
    restart();
}

qint64 BookTableModel::unfilteredCount() const
{
    if (!isFiltered())
        return totalCount();
    BookQuery everything;
    everything.limit = 1;
    const Result<BookPage> first = m_books.list(Actor::desktopAdministrator(), everything);
    return first ? first->total : totalCount();
}

bool BookTableModel::canSortBy(int column) const
{
    return std::any_of(std::cbegin(sortableColumns), std::cend(sortableColumns),
                       [column](const auto &sortable) { return sortable.first == column; });
}

bool BookTableModel::applySort(int column, Qt::SortOrder order)
{
    const BookQuery before = m_query;
    for (const auto &[sortable, sort] : sortableColumns) {
        if (sortable == column)
            m_query.sort = sort;
    }
    m_query.descending = order == Qt::DescendingOrder;
    return m_query.sort != before.sort || m_query.descending != before.descending;
}

bool BookTableModel::belongsToQuery(const Book &book) const
{
    if (!m_query.ownerPublicId.isEmpty() && book.ownerPublicId != m_query.ownerPublicId)
        return false;
    if (m_query.text.isEmpty())
        return true;
    const QString key = TextChecks::comparisonKey(m_query.text);
    return TextChecks::comparisonKey(book.title).contains(key)
        || TextChecks::comparisonKey(book.author).contains(key);
}

bool BookTableModel::sortsBefore(const Book &a, const Book &b) const
{
    const auto ordered = [this](const auto &left, const auto &right) {
        return m_query.descending ? right < left : left < right;
    };
    switch (m_query.sort) {
    case BookSort::Title:
        return ordered(std::pair(textOrder(a.title), a.id), std::pair(textOrder(b.title), b.id));
    case BookSort::Author:
        return ordered(std::pair(textOrder(a.author), a.id), std::pair(textOrder(b.author), b.id));
    case BookSort::Price:
        return ordered(std::pair(a.priceCents, a.id), std::pair(b.priceCents, b.id));
    case BookSort::Created:
        return ordered(std::pair(a.createdAtMs, a.id), std::pair(b.createdAtMs, b.id));
    }
    return false;
}

BookTableModel::PageSource BookTableModel::pageSource() const
{
    return pagesListedBy(m_books, m_query, pageSize);
}

BookTableModel::CountSource BookTableModel::countSource() const
{
    return countListedBy(m_books, m_query);
}
