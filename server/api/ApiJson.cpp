#include "ApiJson.h"

#include "books/Money.h"
#include "users/Role.h"

#include <QDateTime>
#include <QJsonArray>

namespace ApiJson {

QJsonValue time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue optionalTime(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? time(*msSinceEpoch) : QJsonValue(QJsonValue::Null);
}

QJsonObject user(const User &user)
{
    return QJsonObject{
        {QStringLiteral("id"), user.publicId},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("role"), Roles::name(user.role)},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("created_at"), time(user.createdAtMs)},
        {QStringLiteral("updated_at"), time(user.updatedAtMs)},
        {QStringLiteral("last_login_at"), optionalTime(user.lastLoginAtMs)},
        {QStringLiteral("book_count"), double(user.bookCount)},
    };
}

QJsonObject book(const Book &book)
{
    return QJsonObject{
        {QStringLiteral("id"), double(book.id)},
        {QStringLiteral("title"), book.title},
        {QStringLiteral("author"), book.author},
        {QStringLiteral("publisher"), book.publisher},
        {QStringLiteral("price"), Money::toDecimal(book.priceCents)},
        {QStringLiteral("isbn"), book.isbn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(book.isbn)},
        {QStringLiteral("year"), book.year ? QJsonValue(*book.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("owner"),
         QJsonObject{{QStringLiteral("id"), book.ownerPublicId}, {QStringLiteral("username"), book.ownerName}}},
        {QStringLiteral("created_at"), time(book.createdAtMs)},
        {QStringLiteral("updated_at"), time(book.updatedAtMs)},
        {QStringLiteral("version"), double(book.version)},
    };
}

QJsonObject bookPage(const BookPage &page)
{
    QJsonArray items;
    for (const Book &item : page.items)
        items.append(book(item));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("next_cursor"),
                        page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
                       {QStringLiteral("total"), double(page.total)}};
}

QJsonObject userPage(const UserPage &page)
{
    QJsonArray items;
    for (const User &item : page.items)
        items.append(user(item));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("next_cursor"),
                        page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
                       {QStringLiteral("total"), double(page.total)}};
}

QJsonObject session(const RefreshSession &session)
{
    return QJsonObject{
        {QStringLiteral("id"), session.publicId},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), session.userPublicId}, {QStringLiteral("username"), session.username}}},
        {QStringLiteral("created_at"), time(session.createdAtMs)},
        {QStringLiteral("last_used_at"), time(session.lastUsedAtMs)},
        {QStringLiteral("expires_at"), time(session.expiresAtMs)},
        {QStringLiteral("client_address"), session.clientAddress},
        {QStringLiteral("user_agent"), session.userAgent},
        {QStringLiteral("revoked_at"), optionalTime(session.revokedAtMs)},
        {QStringLiteral("revoked_reason"),
         session.revokedReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(session.revokedReason)},
    };
}

QJsonObject tokenPair(const TokenPair &pair)
{
    return QJsonObject{
        {QStringLiteral("access_token"), pair.accessToken},
        {QStringLiteral("refresh_token"), pair.refreshToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), double(pair.expiresIn)},
        {QStringLiteral("user"), user(pair.user)},
    };
}

QByteArray entityTag(const Book &book)
{
    return '"' + QByteArray::number(book.version) + '"';
}

std::optional<qint64> ifMatchVersion(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (value == "*")
        return 0;
    // Strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
    if (value.size() < 3 || value.front() != '"' || value.back() != '"')
        return -1;
    bool ok = false;
    const qint64 version = value.mid(1, value.size() - 2).toLongLong(&ok);
    return ok && version > 0 ? version : -1;
}

} // namespace ApiJson
