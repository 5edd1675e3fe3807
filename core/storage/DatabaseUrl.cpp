#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace {
Error invalidUrl(const QString &message)
{
    return Error::invalidField(QStringLiteral("database"), message);
}

// The libpq options a URL may name (https://www.postgresql.org/docs/15/libpq-connect.html); anything
// else is refused by name, so that a typo is not silently ignored.
bool isKnownPostgresqlOption(const QString &key)
{
    static const QStringList known
        = {QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
           QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
           QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
           QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
           QStringLiteral("keepalives_idle"),  QStringLiteral("channel_binding")};
    return known.contains(key);
}

bool isValidSslMode(const QString &mode)
{
    static const QStringList modes
        = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

Result<DatabaseUrl> parseSqlite(const QString &rest)
{
    // Everything after "sqlite://" is the path; percent-encoding is allowed (sqlite:///my%20books.db).
    const QString path = QUrl::fromPercentEncoding(rest.toUtf8());
    if (path.isEmpty() || path.contains(QChar(u'\0')) || path.contains(QLatin1Char('?')))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "The database URL names no file; use sqlite:///path/to/bookwarden.db.")));
    if (!QDir::isAbsolutePath(path))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error",
            "The database path must be absolute: sqlite:///path/to/bookwarden.db (three slashes).")));
    return DatabaseUrl::sqliteFile(path);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return invalidUrl(
            QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                             "A database URL looks like sqlite:///path/to/bookwarden.db or "
                                             "postgresql://user@host:5432/database.")));
    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme == QLatin1String("sqlite"))
        return parseSqlite(trimmed.mid(schemeEnd + 3));
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error",
            "Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db "
            "or postgresql://user@host:5432/database.")));

    const QUrl url(QStringLiteral("postgresql") + trimmed.mid(schemeEnd), QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || databaseName.isEmpty()
        || databaseName.contains(QLatin1Char('/')) || url.hasFragment())
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "A PostgreSQL URL names a host and a database: postgresql://user@host:5432/database.")));
    if (url.userName().isEmpty())
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error",
            "A PostgreSQL URL names the user to connect as: postgresql://user@host:5432/database.")));
    DatabaseUrl result;
    result.m_backend = Backend::Postgresql;
    result.m_host = url.host();
    result.m_port = url.port(5432);
    if (result.m_port <= 0 || result.m_port > 65535)
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP("Error", "The PostgreSQL port is not valid.")));
    result.m_user = url.userName();
    result.m_password = url.password();
    result.m_databaseName = databaseName;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isKnownPostgresqlOption(key))
            return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
                                  "Error", "Unknown PostgreSQL option %1 in the database URL.")))
                .withArguments({key});
        if (key == QLatin1String("sslmode") && !isValidSslMode(value))
            return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
                "Error", "sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full.")));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.isEmpty())
            return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
                                  "Error", "The PostgreSQL option %1 has no usable value.")))
                .withArguments({key});
        result.m_options.append({key, value});
    }
    return result;
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(path);
    return url;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : m_options)
        options << key + QLatin1Char('=') + value;
    // A server that does not answer should be an error soon, not a start-up that hangs.
    const bool hasTimeout = std::any_of(m_options.cbegin(), m_options.cend(), [](const auto &option) {
        return option.first == QLatin1String("connect_timeout");
    });
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=5");
    return options.join(QLatin1Char(';'));
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return QDir::toNativeSeparators(m_path);
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}
