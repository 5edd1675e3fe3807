#include "ApiJson.h"

#include "JsonWriter.h"
#include "books/Money.h"
#include "users/Role.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace ApiJson {

QByteArray isoTime(qint64 msSinceEpoch)
{
    // Days to a civil date (Howard Hinnant's algorithm), valid for the whole proleptic Gregorian range.
    qint64 days = msSinceEpoch / 86'400'000;
    qint64 msOfDay = msSinceEpoch % 86'400'000;
    if (msOfDay < 0) {
        msOfDay += 86'400'000;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    // Written digit by digit: this runs for every book of every page (snprintf costs ten times as much).
    QByteArray text(24, Qt::Uninitialized);
    char *out = text.data();
    auto digits = [&out](qint64 number, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = char('0' + number % 10);
            number /= 10;
        }
        out += width;
    };
    if (year < 0 || year > 9999) // outside ISO 8601's basic range: rare enough for the slow path
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    digits(year, 4);
    *out++ = '-';
    digits(month, 2);
    *out++ = '-';
    digits(day, 2);
    *out++ = 'T';
    digits(msOfDay / 3'600'000, 2);
    *out++ = ':';
    digits(msOfDay / 60'000 % 60, 2);
    *out++ = ':';
    digits(msOfDay / 1000 % 60, 2);
    *out++ = '.';
    digits(msOfDay % 1000, 3);
    *out++ = 'Z';
    return text;
}

QJsonValue time(qint64 msSinceEpoch)
{
    return QString::fromLatin1(isoTime(msSinceEpoch));
}

QByteArray priceNumber(qint64 cents)
{
    QByteArray number = QByteArray::number(cents / 100);
    const qint64 fraction = cents % 100;
    if (fraction != 0) {
        number += '.';
        number += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            number += char('0' + fraction % 10);
    }
    return number;
}

namespace {
void writeBook(JsonWriter &json, const Book &book)
{
    json.beginObject()
        .member("id", book.id)
        .member("title", book.title)
        .member("author", book.author)
        .member("publisher", book.publisher)
        .key("price"_L1)
        .raw(priceNumber(book.priceCents));
    json.key("isbn"_L1);
    if (book.isbn.isEmpty())
        json.null();
    else
        json.value(book.isbn);
    json.key("year"_L1);
    if (book.year)
        json.value(*book.year);
    else
        json.null();
    json.key("owner"_L1)
        .beginObject()
        .member("id", book.ownerPublicId)
        .member("username", book.ownerName)
        .endObject();
    json.key("created_at"_L1).quoted(isoTime(book.createdAtMs));
    json.key("updated_at"_L1).quoted(isoTime(book.updatedAtMs));
    json.member("version", book.version).endObject();
}
} // namespace

QByteArray bookJson(const Book &book)
{
    JsonWriter json(400);
    writeBook(json, book);
    return json.take();
}

QByteArray bookPageJson(const BookPage &page)
{
    JsonWriter json(128 + 400 * page.items.size());
    json.beginObject().key("items"_L1).beginArray();
    for (const Book &book : page.items)
        writeBook(json, book);
    json.endArray().key("next_cursor"_L1);
    if (page.nextCursor.isEmpty())
        json.null();
    else
        json.value(page.nextCursor);
    json.member("total", page.total).member("total_exact", page.totalExact).endObject();
    return json.take();
}

QJsonValue optionalTime(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? time(*msSinceEpoch) : QJsonValue(QJsonValue::Null);
}

QJsonObject user(const User &user)
{
    return QJsonObject {
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
    return QJsonObject {
        {QStringLiteral("id"), double(book.id)},
        {QStringLiteral("title"), book.title},
        {QStringLiteral("author"), book.author},
        {QStringLiteral("publisher"), book.publisher},
        {QStringLiteral("price"), Money::toDecimal(book.priceCents)},
        {QStringLiteral("isbn"), book.isbn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(book.isbn)},
        {QStringLiteral("year"), book.year ? QJsonValue(*book.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("owner"),
         QJsonObject {{QStringLiteral("id"), book.ownerPublicId},
                      {QStringLiteral("username"), book.ownerName}}},
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
    return QJsonObject {
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
        {QStringLiteral("total"), double(page.total)},
        {QStringLiteral("total_exact"), page.totalExact}};
}

QJsonObject userPage(const UserPage &page)
{
    QJsonArray items;
    for (const User &item : page.items)
        items.append(user(item));
    return QJsonObject {
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"),
         page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
        {QStringLiteral("total"), double(page.total)},
        {QStringLiteral("total_exact"), page.totalExact}};
}

QJsonObject session(const RefreshSession &session)
{
    return QJsonObject {
        {QStringLiteral("id"), session.publicId},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("id"), session.userPublicId},
                      {QStringLiteral("username"), session.username}}},
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
    return QJsonObject {
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
