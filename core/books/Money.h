#pragma once

#include "common/Result.h"

#include <QString>

// Exact money: an amount is a whole number of cents inside Bookwarden, and a decimal with at most two
// places outside (a JSON number like 19.99, or text typed in the GUI).
namespace Money {

inline constexpr qint64 maximumCents = 100'000'000'00; // 100 million, far above any book

// From a JSON number. Refuses NaN, infinities, negative amounts, more than two decimals and huge values.
Result<qint64> centsFromDecimal(double amount, const QString &field = QStringLiteral("price"));
// From text such as "19.99", "19.9", "19", "0.5" (a '.' or ',' as decimal separator; no thousands
// separators).
Result<qint64> centsFromText(const QString &text, const QString &field = QStringLiteral("price"));
// For JSON: 1999 → 19.99 (exactly representable to two decimals once serialized by QJsonDocument).
double toDecimal(qint64 cents);
// For plain text without locale: 1999 → "19.99".
QString toText(qint64 cents);

} // namespace Money
