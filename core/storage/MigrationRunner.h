#pragma once

#include "common/Result.h"
#include "storage/Migration.h"

class SqlConnection;

// Brings a database up to the newest known schema, one transaction per migration. Refuses (and changes
// nothing in) a database whose schema is newer than this build knows.
class MigrationRunner
{
public:
    explicit MigrationRunner(QList<Migration> migrations);

    // The highest version recorded in the database (0 for an empty one).
    Result<int> currentVersion(SqlConnection &connection) const;
    int latestVersion() const;

    // Fails without touching the database when it was written by a newer version.
    Status checkCompatible(SqlConnection &connection) const;
    Status migrate(SqlConnection &connection, qint64 nowMs) const;

private:
    QList<Migration> m_migrations;
};
