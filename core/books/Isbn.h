#pragma once

#include "common/Result.h"

#include <QString>

// International Standard Book Numbers, ISBN-10 and ISBN-13, checked and normalised: hyphens and spaces go,
// a final ISBN-10 check character 'x' becomes 'X'. "978-3-16-148410-0" → "9783161484100".
namespace Isbn {

Result<QString> normalize(const QString &text, const QString &field = QStringLiteral("isbn"));

} // namespace Isbn
