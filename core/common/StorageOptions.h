#pragma once

#include "common/Result.h"

#include <QString>

class QCommandLineParser;

// Where Bookwarden keeps its data, as chosen on the command line or in the environment:
//   --data-dir DIR        (or BOOKWARDEN_DATA_DIR), default QStandardPaths::AppDataLocation
//   --database URL        default sqlite:///<data dir>/bookwarden.db
// Shared by both executables so that they read the same options the same way.
struct StorageLocation
{
    QString dataDirectory;
    QString databaseUrl;
    // Whether --database, --data-dir or their environment variables named the database. When none did,
    // the desktop app opens the database it last opened through File ▸ Open Database… instead of the
    // default.
    bool chosen = false;
};

class StorageOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    static Result<StorageLocation> resolve(const QCommandLineParser &parser);

    static QString defaultDataDirectory();
    static QString defaultDatabaseUrl(const QString &dataDirectory);
};
