#include "common/StorageOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {
const QString dataDirOption = QStringLiteral("data-dir");
const QString databaseOption = QStringLiteral("database");
const char dataDirEnvironment[] = "BOOKWARDEN_DATA_DIR";
const char databaseEnvironment[] = "BOOKWARDEN_DATABASE_URL";
} // namespace

void StorageOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        dataDirOption,
        QStringLiteral("Directory for the database and other data (default: %1; environment: %2).")
            .arg(QDir::toNativeSeparators(defaultDataDirectory()), QLatin1String(dataDirEnvironment)),
        QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(
        databaseOption,
        QStringLiteral(
            "Database URL: sqlite:///path/file.db (default: sqlite:///<data dir>/bookwarden.db) or "
            "postgresql://user@host:5432/database?sslmode=verify-full, its password from PGPASSWORD "
            "or ~/.pgpass (environment: %1).")
            .arg(QLatin1String(databaseEnvironment)),
        QStringLiteral("url")));
}

Result<StorageLocation> StorageOptions::resolve(const QCommandLineParser &parser)
{
    StorageLocation location;
    if (parser.isSet(dataDirOption))
        location.dataDirectory = parser.value(dataDirOption);
    else if (qEnvironmentVariableIsSet(dataDirEnvironment))
        location.dataDirectory = qEnvironmentVariable(dataDirEnvironment);
    else
        location.dataDirectory = defaultDataDirectory();

    if (location.dataDirectory.trimmed().isEmpty())
        return Error::invalidField(dataDirOption, QStringLiteral("The data directory must not be empty."));
    location.dataDirectory = QDir::cleanPath(QDir(location.dataDirectory).absolutePath());
    location.chosen = parser.isSet(dataDirOption) || qEnvironmentVariableIsSet(dataDirEnvironment)
        || parser.isSet(databaseOption) || qEnvironmentVariableIsSet(databaseEnvironment);

    if (parser.isSet(databaseOption))
        location.databaseUrl = parser.value(databaseOption);
    else if (qEnvironmentVariableIsSet(databaseEnvironment))
        location.databaseUrl = qEnvironmentVariable(databaseEnvironment);
    else
        location.databaseUrl = defaultDatabaseUrl(location.dataDirectory);
    return location;
}

QString StorageOptions::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString StorageOptions::defaultDatabaseUrl(const QString &dataDirectory)
{
    // An absolute path starts with '/', which gives the usual three slashes: sqlite:///home/ann/bookwarden.db
    return QStringLiteral("sqlite://") + QDir(dataDirectory).filePath(QStringLiteral("bookwarden.db"));
}
