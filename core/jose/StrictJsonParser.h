#pragma once

#include "jose/StrictJson.h"

// The recursive-descent parser behind StrictJson::parseObject(), for input already known to be UTF-8
// without a byte order mark; limits already clamped. Kept apart from StrictJson's interface and texts.
class StrictJsonParser
{
public:
    static std::optional<QJsonObject> parse(QByteArrayView utf8, const StrictJson::Limits &limits,
                                            StrictJson::Failure *failure);
};
