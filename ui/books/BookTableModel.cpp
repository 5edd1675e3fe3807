#include "BookTableModel.h"

#include "books/BookService.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

BookTableModel::BookTableModel(BookService &books, UserService &users, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(books)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(coalescingMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BookTableModel::flush);

    connect(&books, &BookService::bookCreated, this, &BookTableModel::noteChanged, Qt::QueuedConnection);
    connect(&books, &BookService::bookUpdated, this, &BookTableModel::noteChanged, Qt::QueuedConnection);
    connect(&books, &BookService::bookDeleted, this, &BookTableModel::noteRemoved, Qt::QueuedConnection);
    connect(&users, &UserService::userDeleted, this, &BookTableModel::noteOwnerRemoved, Qt::QueuedConnection);
}

Status BookTableModel::reload()
{
    const Actor actor = Actor::desktopAdministrator();
    QList<Book> fresh;
    BookQuery query;
    query.limit = 100;
    do {
        const Result<BookPage> page = m_service.list(actor, query);
        if (!page)
            return page.error();
        fresh += page->items;
        query.cursor = page->nextCursor;
    } while (!query.cursor.isEmpty());

    m_pending.clear();
    m_removedOwners.clear();
    QSet<qint64> seen;
    for (const Book &book : std::as_const(fresh)) {
        m_pending.insert(book.id, book);
        seen.insert(book.id);
    }
    for (const Book &book : std::as_const(m_books)) {
        if (!seen.contains(book.id))
            m_pending.insert(book.id, std::nullopt);
    }
    flush();
    return {};
}

int BookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_books.size());
}

int BookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_books.size())
        return {};
    const Book &book = m_books.at(index.row());
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
    switch (index.column()) {
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

QVariant BookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorColumn:
        return tr("Author");
    case PublisherColumn:
        return tr("Publisher");
    case OwnerColumn:
        return tr("Owner");
    case PriceColumn:
        return tr("Price");
    case IsbnColumn:
        return tr("ISBN");
    case YearColumn:
        return tr("Year");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

std::optional<Book> BookTableModel::book(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_books.at(row);
}

void BookTableModel::applyChanged(const Book &book)
{
    noteChanged(book);
    flush();
}

void BookTableModel::applyRemoved(const Book &book)
{
    noteRemoved(book);
    flush();
}

void BookTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_books.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_books.size()) - 1, ColumnCount - 1));
}

QString BookTableModel::formatPrice(qint64 cents)
{
    // Cents are exact in core; as a double they stay exact far beyond any price (2^53 cents).
    return QLocale().toCurrencyString(double(cents) / 100.0, QString(), 2);
}

void BookTableModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BookTableModel::noteChanged(const Book &book)
{
    // The writer emits in commit order, so the newest signal for a book is its current state.
    m_pending.insert(book.id, book);
    scheduleFlush();
}

void BookTableModel::noteRemoved(const Book &book)
{
    m_pending.insert(book.id, std::nullopt);
    scheduleFlush();
}

void BookTableModel::noteOwnerRemoved(const User &owner)
{
    m_removedOwners.insert(owner.publicId);
    scheduleFlush();
}

void BookTableModel::flush()
{
    m_flushTimer.stop();
    if (!m_removedOwners.isEmpty()) {
        for (const Book &book : std::as_const(m_books)) {
            if (m_removedOwners.contains(book.ownerPublicId))
                m_pending.insert(book.id, std::nullopt);
        }
        for (auto change = m_pending.begin(); change != m_pending.end(); ++change) {
            if (change.value() && m_removedOwners.contains(change.value()->ownerPublicId))
                change.value() = std::nullopt;
        }
        m_removedOwners.clear();
    }
    if (m_pending.isEmpty())
        return;

    QList<int> removals;
    QList<Book> additions;
    for (auto change = m_pending.cbegin(); change != m_pending.cend(); ++change) {
        const int row = rowOf(change.key());
        if (!change.value()) {
            if (row >= 0)
                removals.append(row);
            continue;
        }
        if (row < 0) {
            additions.append(*change.value());
            continue;
        }
        m_books[row] = *change.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_pending.clear();

    if (!removals.isEmpty()) {
        std::sort(removals.begin(), removals.end(), std::greater<int>());
        qsizetype i = 0;
        while (i < removals.size()) {
            const int last = removals.at(i);
            int first = last;
            while (i + 1 < removals.size() && removals.at(i + 1) == first - 1) {
                ++i;
                first = removals.at(i);
            }
            beginRemoveRows({}, first, last);
            m_books.remove(first, last - first + 1);
            endRemoveRows();
            ++i;
        }
        rebuildIndex();
    }
    if (!additions.isEmpty()) {
        const int first = int(m_books.size());
        beginInsertRows({}, first, first + int(additions.size()) - 1);
        for (const Book &book : std::as_const(additions)) {
            m_rowById.insert(book.id, int(m_books.size()));
            m_books.append(book);
        }
        endInsertRows();
    }
    emit changesApplied();
}

void BookTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_books.size(); ++row)
        m_rowById.insert(m_books.at(row).id, row);
}
