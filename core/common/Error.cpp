#include "common/Error.h"

#include <QCoreApplication>

namespace {
// Fills %1…%9 in one pass, so that an argument containing "%2" is never substituted again.
QString applyArguments(const QString &text, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int number = text.at(i + 1).digitValue();
            if (number >= 1 && number <= arguments.size()) {
                result += arguments.at(number - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QString translate(const QString &source)
{
    if (source.isEmpty())
        return source;
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("Error", utf8.constData());
}
} // namespace

Error::Error(ErrorKind kind, ErrorCode code, QString message, QStringList arguments)
    : m_kind(kind)
    , m_code(code)
    , m_message(std::move(message))
    , m_arguments(std::move(arguments))
{ }

Error Error::invalid(ErrorCode code, QString message, QMap<QString, QString> fields)
{
    Error error(ErrorKind::Invalid, code, std::move(message));
    error.m_fields = std::move(fields);
    return error;
}

Error Error::invalidField(const QString &field, const QString &fieldMessage)
{
    return invalid(ErrorCode::InvalidInput,
                   QStringLiteral(QT_TRANSLATE_NOOP("Error", "Some fields are not valid.")),
                   {{field, fieldMessage}});
}

Error Error::notFound(ErrorCode code, QString message)
{
    return Error(ErrorKind::NotFound, code, std::move(message));
}

Error Error::forbidden(ErrorCode code, QString message)
{
    return Error(ErrorKind::Forbidden, code, std::move(message));
}

Error Error::conflict(ErrorCode code, QString message)
{
    return Error(ErrorKind::Conflict, code, std::move(message));
}

Error Error::stale(ErrorCode code, QString message)
{
    return Error(ErrorKind::Stale, code, std::move(message));
}

Error Error::unauthorized(ErrorCode code, QString message)
{
    return Error(ErrorKind::Unauthorized, code, std::move(message));
}

Error Error::throttled(ErrorCode code, QString message, int retryAfterSeconds)
{
    Error error(ErrorKind::Throttled, code, std::move(message));
    error.m_retryAfterSeconds = retryAfterSeconds;
    return error;
}

Error Error::unavailable(ErrorCode code, QString message)
{
    return Error(ErrorKind::Unavailable, code, std::move(message));
}

Error Error::storage(QString message)
{
    return Error(ErrorKind::Storage, ErrorCode::StorageError, std::move(message));
}

Error Error::internal(QString message)
{
    return Error(ErrorKind::Internal, ErrorCode::InternalError, std::move(message));
}

QString Error::message() const
{
    return applyArguments(m_message, m_arguments);
}

QString Error::localizedMessage() const
{
    return applyArguments(translate(m_message), m_arguments);
}

QString Error::detailedMessage() const
{
    QString text = message();
    const QMap<QString, QString> filled = fields();
    for (auto field = filled.cbegin(); field != filled.cend(); ++field)
        text += QStringLiteral(" %1: %2").arg(field.key(), field.value());
    return text;
}

QMap<QString, QString> Error::fields() const
{
    if (m_arguments.isEmpty())
        return m_fields;
    QMap<QString, QString> filled;
    for (auto field = m_fields.cbegin(); field != m_fields.cend(); ++field)
        filled.insert(field.key(), applyArguments(field.value(), m_arguments));
    return filled;
}

QString Error::localizedFieldMessage(const QString &field) const
{
    return applyArguments(translate(m_fields.value(field)), m_arguments);
}

Error &Error::withField(const QString &field, const QString &fieldMessage)
{
    m_fields.insert(field, fieldMessage);
    return *this;
}

Error &Error::withArguments(QStringList arguments)
{
    m_arguments = std::move(arguments);
    return *this;
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Stale:
        return QStringLiteral("stale");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Throttled:
        return QStringLiteral("throttled");
    case ErrorKind::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}
