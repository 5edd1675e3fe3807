#pragma once

#include <QtGlobal>

#include <optional>

class QJsonValue;

// A number from outside (a JSON body, a page cursor) as a 64-bit whole number. Nothing when it has a
// fraction, is not finite or lies outside qint64's range: converting such a double to an integer is
// undefined behaviour in C++, so every such conversion goes through here.
namespace WholeNumber {
std::optional<qint64> from(double value);
// Also nothing when the value is not a JSON number.
std::optional<qint64> from(const QJsonValue &value);
} // namespace WholeNumber
