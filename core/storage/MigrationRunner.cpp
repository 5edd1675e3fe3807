#include "storage/MigrationRunner.h"

#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

MigrationRunner::MigrationRunner(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int MigrationRunner::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> MigrationRunner::currentVersion(SqlConnection &connection) const
{
    // Listing the tables is also the first read of the database: a damaged SQLite file fails here.
    int tables = 0;
    bool hasMigrationTable = false;
    {
        SqlStatement list(connection,
                          connection.isPostgresql()
                              ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                               " WHERE table_schema = current_schema()")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                          "listTables");
        if (Status run = list.execute(); !run)
            return Error(ErrorKind::Storage, ErrorCode::DatabaseUnreadable,
                         QStringLiteral(QT_TRANSLATE_NOOP(
                             "Error", "The database file cannot be read; it may be damaged (%1).")),
                         {run.error().message()});
        while (list.next()) {
            const QString name = list.text(0);
            if (name.startsWith(QLatin1String("sqlite_")))
                continue;
            ++tables;
            hasMigrationTable = hasMigrationTable || name == QLatin1String("schema_migrations");
        }
    }
    if (!hasMigrationTable) {
        if (tables > 0)
            return Error(ErrorKind::Storage, ErrorCode::DatabaseForeign,
                         QStringLiteral(QT_TRANSLATE_NOOP(
                             "Error", "The database file holds tables but is not a Bookwarden database.")));
        return 0;
    }
    SqlStatement max(connection, QStringLiteral("SELECT MAX(version) FROM schema_migrations"),
                     "schemaVersion");
    if (Status run = max.execute(); !run)
        return run.error();
    return max.next() ? int(max.int64(0)) : 0;
}

Status MigrationRunner::checkCompatible(SqlConnection &connection) const
{
    const Result<int> version = currentVersion(connection);
    if (!version)
        return version.error();
    if (version.value() > latestVersion())
        return Error(ErrorKind::Storage, ErrorCode::DatabaseTooNew,
                     QStringLiteral(QT_TRANSLATE_NOOP(
                         "Error",
                         "The database was written by a newer version of Bookwarden (schema version %1; "
                         "this version knows up to %2). Upgrade Bookwarden to open it.")),
                     {QString::number(version.value()), QString::number(latestVersion())});
    return {};
}

Status MigrationRunner::migrate(SqlConnection &connection, qint64 nowMs) const
{
    if (Status compatible = checkCompatible(connection); !compatible)
        return compatible;
    const int current = currentVersion(connection).valueOr(0);
    int reached = current;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        if (Status begun = connection.begin(); !begun)
            return begun;
        Status applied;
        QStringList statements
            = connection.isPostgresql() ? migration.postgresqlStatements : migration.statements;
        if (reached == 0) // the table that records migrations is created with the first one
            statements.prepend(QStringLiteral("CREATE TABLE schema_migrations ("
                                              " version INTEGER PRIMARY KEY,"
                                              " description TEXT NOT NULL,"
                                              " applied_at BIGINT NOT NULL)"));
        for (const QString &statement : statements) {
            applied = connection.execute(statement, "migration");
            if (!applied)
                break;
        }
        if (applied) {
            SqlStatement record(
                connection,
                QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                               " VALUES (?, ?, ?)"),
                "recordMigration");
            record.bind(migration.version).bind(migration.description).bind(nowMs);
            applied = record.execute();
        }
        if (applied)
            applied = connection.commit();
        if (!applied) {
            connection.rollback();
            qCCritical(lcSql) << "migration" << migration.version << "failed:" << applied.error().message();
            return Error(
                ErrorKind::Storage, ErrorCode::MigrationFailed,
                QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                                 "Upgrading the database to schema version %1 "
                                                 "failed; it was left at version %2 (%3).")),
                {QString::number(migration.version), QString::number(reached), applied.error().message()});
        }
        reached = migration.version;
        qCInfo(lcSql) << "database migrated to schema version" << migration.version << migration.description;
    }
    return {};
}
