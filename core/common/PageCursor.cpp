#include "common/PageCursor.h"

#include <QJsonDocument>

namespace PageCursor {

namespace {
constexpr qsizetype maximumCursorLength = 1024;
}

QString encode(const QJsonArray &lastRowKeys)
{
    return QString::fromLatin1(QJsonDocument(lastRowKeys)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonArray> decode(const QString &cursor)
{
    if (cursor.isEmpty() || cursor.size() > maximumCursorLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

} // namespace PageCursor
