#include "WholeNumber.h"

#include <QJsonValue>

#include <cmath>

std::optional<qint64> WholeNumber::from(double value)
{
    constexpr double twoToThe63 = 9223372036854775808.0; // qint64 holds [-2^63, 2^63)
    if (!std::isfinite(value) || std::trunc(value) != value || value < -twoToThe63 || value >= twoToThe63)
        return std::nullopt;
    return qint64(value);
}

std::optional<qint64> WholeNumber::from(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return from(value.toDouble());
}
