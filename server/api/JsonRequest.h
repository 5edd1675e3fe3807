#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

class HttpRequest;

// Reading JSON request bodies: the Content-Type must say JSON (unsupported_media_type, answered 415,
// otherwise), the body must be one JSON object in valid UTF-8 with no repeated member names, within
// StrictJson's default budget (nesting, members per object, string length, objects and arrays, values):
// invalid_json (400) otherwise, saying what and where.
namespace JsonRequest {

Result<QJsonObject> readObject(const HttpRequest &request);
bool hasJsonContentType(const HttpRequest &request);

} // namespace JsonRequest

// Typed access to a JSON object's members, collecting one message per bad field so that a client learns
// about every problem at once:
//
//   JsonFields fields(body.value());
//   const QString title = fields.text("title");
//   const std::optional<double> price = fields.number("price");
//   if (!fields.ok()) return ApiAnswer::error(fields.error());
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object);

    bool has(const QString &name) const { return m_object.contains(name); }
    bool isNull(const QString &name) const { return m_object.value(name).isNull(); }
    // A required string (missing, null or not a string → a field error).
    QString text(const QString &name);
    // A string that may be absent; null counts as absent. Present but not a string → a field error.
    std::optional<QString> optionalText(const QString &name);
    std::optional<double> number(const QString &name, bool required = true);
    // A whole number (no fraction), within [minimum, maximum].
    std::optional<qint64> integer(const QString &name, qint64 minimum, qint64 maximum, bool required = true);
    std::optional<bool> boolean(const QString &name, bool required = true);
    // The first of several accepted names present (e.g. "title" or the tutorial's "name").
    QString firstPresent(const QStringList &names) const;

    void fail(const QString &name, const QString &message) { m_errors.insert(name, message); }
    bool ok() const { return m_errors.isEmpty(); }
    Error error() const;
    // Adds the field errors of a core Error (kind Invalid) to these, for one combined answer.
    Error combinedWith(const Error &other) const;

private:
    QJsonObject m_object;
    QMap<QString, QString> m_errors;
};
