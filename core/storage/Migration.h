#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One step of the schema's history. Each runs in its own transaction together with the row that records it
// in schema_migrations, so a database is always at a version boundary, never in between.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// Every migration Bookwarden knows, oldest first. Append new ones; never edit a migration that has shipped.
// SQL here stays within what SQLite and PostgreSQL both accept (times are BIGINT milliseconds since the
// epoch, money is BIGINT cents, flags are INTEGER 0/1); the dialect points are the auto-increment key and
// the search indexes of migration 3 (SQLite's FTS5 trigram tables and the triggers that feed them; on
// PostgreSQL they would be pg_trgm GIN indexes on the key columns, with no triggers).
QList<Migration> bookwardenMigrations();
