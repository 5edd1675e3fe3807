#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QList>
#include <QString>
#include <QStringList>

class Clock;
class SqlConnection;

// What a copy did: every copied table with its rows on both sides (equal, or the copy would have failed),
// and the book total both databases agree on.
struct DatabaseCopyReport
{
    struct Table
    {
        QString name;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
    };
    QList<Table> tables;
    int schemaVersion = 0;
    qint64 bookTotal = 0;

    qint64 totalRows() const;
};

// Moves an installation between backends (`bookwarden-server copy-database FROM_URL TO_URL`): SQLite to
// PostgreSQL, back, or SQLite to SQLite.
//
// The source is read through a plain connection inside one read transaction (SQLite: a WAL snapshot;
// PostgreSQL: REPEATABLE READ), so a server may keep serving it and the copy is still one consistent moment
// of it. The target is opened as Bookwarden opens it (created and migrated, and held against every other
// Bookwarden process while the copy runs), must hold no rows, and is filled in ONE transaction: a failed
// copy leaves its tables empty again, and a target file the copy created is removed. Ids are kept, so every
// reference between rows and every id a client holds stays valid; PostgreSQL's identity sequences are then
// moved past the copied ids. Before the commit every table's rows are counted on both sides.
class DatabaseCopier
{
public:
    DatabaseCopier(DatabaseUrl source, DatabaseUrl target, const Clock &clock);

    Result<DatabaseCopyReport> copy();

    // The tables copied, parents before children, and each one's columns. Everything else is derived on
    // the target: schema_migrations by its migrations, book_total by the triggers on users.book_count, and
    // SQLite's search tables by the triggers on books and users. instance_changes (what the processes
    // sharing a PostgreSQL database told each other) is not copied: no process of the target needs it.
    static QStringList copiedTables();
    static QStringList columnsOf(const QString &table);

private:
    Status checkSource(SqlConnection &source, int *schemaVersion);
    Result<DatabaseCopyReport> copyInto(SqlConnection &source, SqlConnection &target, int schemaVersion);
    Status checkTargetIsEmpty(SqlConnection &target);
    Result<qint64> copyTable(SqlConnection &source, SqlConnection &target, const QString &table);
    Status moveIdentitiesPastCopiedIds(SqlConnection &target);
    void removeCreatedTargetFile() const;

    DatabaseUrl m_source;
    DatabaseUrl m_target;
    const Clock &m_clock;
    bool m_targetFileCreated = false;
};
