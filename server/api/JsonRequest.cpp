#include "JsonRequest.h"

#include "HttpRequest.h"
#include "common/WholeNumber.h"
#include "jose/StrictJson.h"

namespace JsonRequest {

bool hasJsonContentType(const HttpRequest &request)
{
    // application/json, optionally with parameters (charset=utf-8), or any +json media type.
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

Result<QJsonObject> readObject(const HttpRequest &request)
{
    if (!hasJsonContentType(request))
        return Error::invalid(ErrorCode::UnsupportedMediaType,
                              QStringLiteral("Send the body as JSON with Content-Type: application/json."));
    StrictJson::Failure failure;
    std::optional<QJsonObject> object = StrictJson::parseObject(request.body(), &failure);
    if (!object)
        return Error::invalid(ErrorCode::InvalidJson,
                              QStringLiteral("The body is not a valid JSON object: %1 (at byte %2).")
                                  .arg(StrictJson::describe(failure))
                                  .arg(failure.offset + 1));
    return std::move(*object);
}

} // namespace JsonRequest

JsonFields::JsonFields(const QJsonObject &object)
    : m_object(object)
{ }

QString JsonFields::text(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, QStringLiteral("This field is required."));
        return {};
    }
    if (!value.isString()) {
        fail(name, QStringLiteral("This field must be a string."));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonFields::optionalText(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(name, QStringLiteral("This field must be a string."));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> JsonFields::number(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(name, QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        fail(name, QStringLiteral("This field must be a number."));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> JsonFields::integer(const QString &name, qint64 minimum, qint64 maximum, bool required)
{
    const std::optional<double> value = number(name, required);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> whole = WholeNumber::from(*value);
    if (!whole || *whole < minimum || *whole > maximum) {
        fail(name,
             QStringLiteral("This field must be a whole number from %1 to %2.").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return whole;
}

std::optional<bool> JsonFields::boolean(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(name, QStringLiteral("This field is required."));
        return std::nullopt;
    }
    if (!value.isBool()) {
        fail(name, QStringLiteral("This field must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

QString JsonFields::firstPresent(const QStringList &names) const
{
    for (const QString &name : names) {
        if (m_object.contains(name))
            return name;
    }
    return names.isEmpty() ? QString() : names.first();
}

Error JsonFields::error() const
{
    return Error::invalid(ErrorCode::InvalidInput, QStringLiteral("Some fields are not valid."), m_errors);
}

Error JsonFields::combinedWith(const Error &other) const
{
    Error combined = other;
    for (auto field = m_errors.cbegin(); field != m_errors.cend(); ++field)
        combined.withField(field.key(), field.value());
    return combined;
}
