#pragma once

#include "common/Result.h"

#include <QTest>

// "invalid invalid_input Some fields are not valid. price: Too high." — what a failed assertion prints.
inline QString describeError(const Error &error)
{
    return Error::kindName(error.kind()) + QLatin1Char(' ') + error.codeName() + QLatin1Char(' ')
        + error.detailedMessage();
}

// Asserts that a Result (or Status) succeeded, printing the error when it did not. The expression is
// evaluated exactly once.
#define VERIFY_OK(expression)                                                                                \
    do {                                                                                                     \
        const auto &verifiedResult_ = (expression);                                                          \
        QVERIFY2(verifiedResult_.ok(),                                                                       \
                 qPrintable(verifiedResult_.ok() ? QString() : describeError(verifiedResult_.error())));     \
    } while (false)
