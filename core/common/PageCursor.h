#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

// The opaque "next_cursor" of keyset pagination: the sort key values of the last row of a page, as
// base64url-encoded JSON. Opaque to clients, but never trusted: decode() refuses anything malformed and
// callers check the shape before binding the values.
namespace PageCursor {

QString encode(const QJsonArray &lastRowKeys);
std::optional<QJsonArray> decode(const QString &cursor);

} // namespace PageCursor
