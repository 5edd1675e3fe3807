#include "books/BookRules.h"

#include "books/Isbn.h"
#include "books/Money.h"
#include "common/TextChecks.h"

#include <QDateTime>

BookChanges BookChanges::replacingWith(const BookDraft &draft)
{
    BookChanges changes;
    changes.title = draft.title;
    changes.author = draft.author;
    changes.publisher = draft.publisher;
    changes.priceCents = draft.priceCents;
    changes.isbn = draft.isbn;
    changes.year = draft.year;
    return changes;
}

namespace BookRules {

namespace {
// Checks one required text field; returns the message for the field, or an empty string.
QString checkText(const QString &value, const char *missing)
{
    if (!TextChecks::isWellFormed(value))
        return QStringLiteral(QT_TRANSLATE_NOOP("Error", "This is not valid Unicode text."));
    if (TextChecks::hasControlCharacters(value))
        return QStringLiteral(
            QT_TRANSLATE_NOOP("Error", "Line breaks, tabs and control characters are not allowed."));
    const QString normalized = TextChecks::normalized(value);
    if (normalized.isEmpty())
        return QString::fromLatin1(missing);
    if (TextChecks::codePointCount(normalized) > maximumTextLength)
        return QStringLiteral(QT_TRANSLATE_NOOP("Error", "At most 200 characters."));
    return {};
}
} // namespace

Result<BookDraft> check(const BookDraft &draft, qint64 nowMs)
{
    Error problems = Error::invalid(ErrorCode::InvalidInput,
                                    QStringLiteral(QT_TRANSLATE_NOOP("Error", "Some fields are not valid.")));
    auto note = [&problems](const QString &field, const QString &message) {
        if (!message.isEmpty())
            problems.withField(field, message);
    };

    note(QStringLiteral("title"), checkText(draft.title, QT_TRANSLATE_NOOP("Error", "Enter a title.")));
    note(QStringLiteral("author"), checkText(draft.author, QT_TRANSLATE_NOOP("Error", "Enter an author.")));
    note(QStringLiteral("publisher"),
         checkText(draft.publisher, QT_TRANSLATE_NOOP("Error", "Enter a publisher.")));
    if (draft.priceCents < 0)
        note(QStringLiteral("price"),
             QStringLiteral(QT_TRANSLATE_NOOP("Error", "The price must not be negative.")));
    else if (draft.priceCents > Money::maximumCents)
        note(QStringLiteral("price"), QStringLiteral(QT_TRANSLATE_NOOP("Error", "The price is too high.")));

    BookDraft stored = draft;
    if (!draft.isbn.trimmed().isEmpty()) {
        const Result<QString> isbn = Isbn::normalize(draft.isbn);
        if (isbn)
            stored.isbn = isbn.value();
        else
            note(QStringLiteral("isbn"), isbn.error().fields().value(QStringLiteral("isbn")));
    } else {
        stored.isbn.clear();
    }
    if (draft.year) {
        const int latest = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().year() + 1;
        if (*draft.year < earliestYear || *draft.year > latest)
            note(QStringLiteral("year"),
                 QStringLiteral(QT_TRANSLATE_NOOP("Error", "The year must be from 1 to next year.")));
    }
    if (!problems.fields().isEmpty())
        return problems;

    stored.title = TextChecks::normalized(draft.title);
    stored.author = TextChecks::normalized(draft.author);
    stored.publisher = TextChecks::normalized(draft.publisher);
    return stored;
}

} // namespace BookRules
