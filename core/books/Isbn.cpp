#include "books/Isbn.h"

namespace Isbn {

namespace {
bool isbn10Valid(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const QChar c = digits.at(i);
        int value;
        if (c.isDigit())
            value = c.digitValue();
        else if (i == 9 && c == QLatin1Char('X'))
            value = 10;
        else
            return false;
        sum += value * (10 - i);
    }
    return sum % 11 == 0;
}

bool isbn13Valid(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > u'9')
            return false;
        sum += c.digitValue() * (i % 2 == 0 ? 1 : 3);
    }
    return sum % 10 == 0;
}
} // namespace

Result<QString> normalize(const QString &text, const QString &field)
{
    QString compact;
    for (const QChar c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        // ASCII digits only: QChar::isDigit() also accepts other scripts' digits.
        if ((c.unicode() >= u'0' && c.unicode() <= u'9') || c == QLatin1Char('x') || c == QLatin1Char('X'))
            compact += c.toUpper();
        else
            return Error::invalidField(field,
                                       QStringLiteral(QT_TRANSLATE_NOOP(
                                           "Error", "An ISBN has only digits, hyphens and a final X.")));
    }
    if (compact.size() == 10 && isbn10Valid(compact))
        return compact;
    if (compact.size() == 13 && isbn13Valid(compact))
        return compact;
    if (compact.size() != 10 && compact.size() != 13)
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "An ISBN has 10 or 13 digits.")));
    return Error::invalidField(field,
                               QStringLiteral(QT_TRANSLATE_NOOP(
                                   "Error", "This ISBN's check digit is wrong; check for a typing error.")));
}

} // namespace Isbn
