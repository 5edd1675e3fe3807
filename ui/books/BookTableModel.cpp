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

QVariant BookTableModel::rowData(const Book &book, int column, int role) const
{
    if (role == IdRole)
        return book.id;
    if (role == OwnerPublicIdRole)
        return book.ownerPublicId;

    const auto text = [role](const QString &value) -> QVariant {
        if (role == Qt::DisplayRole)
            return value;
        if (role == SortRole)
            return value.toLower();
        return {};
    };
    switch (column) {
    case TitleColumn:
        if (role == Qt::ToolTipRole)
            return book.title;
        return text(book.title);
    case AuthorColumn:
        return text(book.author);
    case PublisherColumn:
        return text(book.publisher);
    case OwnerColumn:
        return text(book.ownerName);
    case PriceColumn:
        if (role == Qt::DisplayRole)
            return formatPrice(book.priceCents);
        if (role == SortRole)
            return book.priceCents;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsbnColumn:
        return text(book.isbn);
    case YearColumn:
        if (role == Qt::DisplayRole)
            return book.year ? QString::number(*book.year) : QString();
        if (role == SortRole)
            return book.year.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.updatedAtMs), QLocale::ShortFormat);
        if (role == SortRole)
            return book.updatedAtMs;
        if (role == Qt::ToolTipRole)
            return tr("Version %1, added %2")
                .arg(book.version)
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(book.createdAtMs),
                                        QLocale::LongFormat));
        return {};
    default:
        return {};
    }
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
