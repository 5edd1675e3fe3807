#pragma once

#include "books/Book.h"
#include "books/BookQuery.h"
#include "tokens/RefreshSession.h"
#include "tokens/TokenPair.h"
#include "users/User.h"
#include "users/UserRepository.h"

#include <QByteArray>
#include <QJsonObject>

// How core values look in the REST API (v1). A user never carries a password or hash: User has none.
namespace ApiJson {

QJsonValue time(qint64 msSinceEpoch); // ISO 8601 UTC, e.g. "2026-01-01T12:00:00.000Z"
QJsonValue optionalTime(const std::optional<qint64> &msSinceEpoch);

QJsonObject user(const User &user);
QJsonObject book(const Book &book);
QJsonObject bookPage(const BookPage &page);

// The same as bytes, written directly (the hot paths: book pages and single books).
QByteArray bookJson(const Book &book);
QByteArray bookPageJson(const BookPage &page);
// 1999 → 19.99, 1990 → 19.9, 2000 → 20: the shortest decimal for exact cents, as a JSON number.
QByteArray priceNumber(qint64 cents);
// "2026-01-01T12:00:00.000Z" without going through QDateTime's formatter.
QByteArray isoTime(qint64 msSinceEpoch);
QJsonObject userPage(const UserPage &page);
QJsonObject session(const RefreshSession &session);
QJsonObject tokenPair(const TokenPair &pair);

// The strong entity tag of a book version, "\"7\"", and the version an If-Match header names.
QByteArray entityTag(const Book &book);
// nullopt: no If-Match; -1: an If-Match that matches no version (a weak tag, garbage); "*": 0.
std::optional<qint64> ifMatchVersion(const QByteArray &header);

} // namespace ApiJson
