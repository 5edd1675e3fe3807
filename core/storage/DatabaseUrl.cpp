#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QUrl>

namespace {
Error invalidUrl(const QString &message)
{
    return Error::invalidField(QStringLiteral("database"), message);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return invalidUrl(QStringLiteral(
            QT_TRANSLATE_NOOP("Error", "A database URL looks like sqlite:///path/to/bookwarden.db.")));
    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "PostgreSQL is not supported by this version of Bookwarden yet; use sqlite:///path.")));
    if (scheme != QLatin1String("sqlite"))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db.")));

    // Everything after "sqlite://" is the path; percent-encoding is allowed (sqlite:///my%20books.db).
    const QString path = QUrl::fromPercentEncoding(trimmed.mid(schemeEnd + 3).toUtf8());
    if (path.isEmpty() || path.contains(QChar(u'\0')) || path.contains(QLatin1Char('?')))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error", "The database URL names no file; use sqlite:///path/to/bookwarden.db.")));
    if (!QDir::isAbsolutePath(path))
        return invalidUrl(QStringLiteral(QT_TRANSLATE_NOOP(
            "Error",
            "The database path must be absolute: sqlite:///path/to/bookwarden.db (three slashes).")));
    return sqliteFile(path);
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(path);
    return url;
}

QString DatabaseUrl::toString() const
{
    return QStringLiteral("sqlite://") + m_path;
}
