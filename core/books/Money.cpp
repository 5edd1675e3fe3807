#include "books/Money.h"

#include <QRegularExpression>

#include <cmath>

namespace Money {

namespace {
Error invalidPrice(const QString &field, const char *message)
{
    return Error::invalidField(field, QString::fromLatin1(message));
}
} // namespace

Result<qint64> centsFromDecimal(double amount, const QString &field)
{
    if (!std::isfinite(amount))
        return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "The price must be a number."));
    if (amount < 0)
        return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "The price must not be negative."));
    if (amount > double(maximumCents) / 100.0)
        return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "The price is too high."));
    const double scaled = amount * 100.0;
    const double rounded = std::round(scaled);
    // 19.99 * 100 is 1998.9999999999998 in binary floating point: accept what is a two-decimal amount up to
    // rounding noise, refuse 19.999.
    if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, rounded))
        return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "A price has at most two decimal places."));
    return qint64(rounded);
}

Result<qint64> centsFromText(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (text.trimmed().startsWith(QLatin1Char('-')))
            return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "The price must not be negative."));
        return invalidPrice(
            field, QT_TRANSLATE_NOOP("Error", "Enter a price such as 19.99 (at most two decimals)."));
    }
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    const qint64 cents = match.captured(1).toLongLong() * 100 + fraction.toLongLong();
    if (cents > maximumCents)
        return invalidPrice(field, QT_TRANSLATE_NOOP("Error", "The price is too high."));
    return cents;
}

double toDecimal(qint64 cents)
{
    return double(cents) / 100.0;
}

QString toText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace Money
