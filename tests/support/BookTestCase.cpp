#include "BookTestCase.h"

#include "Backend.h"
#include "ResultAssertions.h"
#include "books/BookService.h"

#include <QTest>

#include <algorithm>
#include <utility>

BookDraft BookTestCase::draft(const QString &title, const QString &author, qint64 priceCents)
{
    BookDraft book;
    book.title = title;
    book.author = author;
    book.publisher = QStringLiteral("Ace");
    book.priceCents = priceCents;
    return book;
}

void BookTestCase::addSortRows()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("ownBooks");
    for (const char *sort : {"title", "-author", "price", "-created"}) {
        QTest::addRow("%s, one owner", sort) << QString::fromLatin1(sort) << true;
        QTest::addRow("%s, all owners", sort) << QString::fromLatin1(sort) << false;
    }
}

QList<Book> BookTestCase::sortedAsListed(QList<Book> books, const BookQuery &query)
{
    const auto key = [&query](const Book &book) -> std::pair<QString, qint64> {
        switch (query.sort) {
        case BookSort::Title:
            return {book.title.toCaseFolded(), book.id};
        case BookSort::Author:
            return {book.author.toCaseFolded(), book.id};
        case BookSort::Price:
            return {QStringLiteral("%1").arg(book.priceCents, 12, 10, QLatin1Char('0')), book.id};
        case BookSort::Created:
            return {QString(), book.id};
        }
        return {};
    };
    std::sort(books.begin(), books.end(), [&](const Book &a, const Book &b) {
        return query.descending ? key(b) < key(a) : key(a) < key(b);
    });
    return books;
}

BookService &BookTestCase::books()
{
    return m_fixture->backend().books();
}

Book BookTestCase::create(const Actor &actor, const BookDraft &book)
{
    const Result<Book> created = books().create(actor, book).result();
    if (!created) {
        QTest::qFail(qPrintable(describeError(created.error())), __FILE__, __LINE__);
        return {};
    }
    return created.value();
}

void BookTestCase::init()
{
    m_fixture = std::make_unique<BackendFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
    m_ann = m_fixture->createUser(QStringLiteral("ann"));
    m_bob = m_fixture->createUser(QStringLiteral("bob"));
    m_root = m_fixture->createUser(QStringLiteral("root"), Role::Admin);
}

void BookTestCase::cleanup()
{
    m_fixture.reset();
}
