#include "BookTableModel.h"

#include "books/BookService.h"
#include "users/Actor.h"
#include "users/User.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QLocale>

BookTableModel::BookTableModel(BookService &books, UserService &users, QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::EveryPage, parent)
{
    setPageSource([&books](const QString &cursor) {
        BookQuery query;
        query.limit = 100;
        query.cursor = cursor;
        return pageOf(books.list(Actor::desktopAdministrator(), query));
    });
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
    case UpdatedColumn:
        if (sortKey)
            return book.updatedAtMs;
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.updatedAtMs), QLocale::ShortFormat);
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
    if (role == Qt::ToolTipRole && column == UpdatedColumn)
        return tr("Version %1, added %2")
            .arg(book.version)
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.createdAtMs), QLocale::LongFormat));
    return {};
}

QStringList BookTableModel::columnTitles() const
{
    return {tr("Title"), tr("Author"), tr("Publisher"), tr("Owner"),
            tr("Price"), tr("ISBN"),   tr("Year"),      tr("Updated")};
}

QString BookTableModel::formatPrice(qint64 cents)
{
    // Cents are exact in core; as a double they stay exact far beyond any price (2^53 cents).
    return QLocale().toCurrencyString(double(cents) / 100.0, QString(), 2);
}
