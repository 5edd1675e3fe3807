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
    QStringList statements; // SQLite
    // PostgreSQL: the same tables, columns, keys and constraints, in its dialect (identity keys, text keys in
    // the "C" collation so that they sort by code point as SQLite's BINARY does, pg_trgm indexes for search).
    QStringList postgresqlStatements;
};

// Every migration Bookwarden knows, oldest first. Append new ones; never edit a migration that has shipped.
// Times are BIGINT milliseconds since the epoch, money is BIGINT cents, flags are INTEGER 0/1 on both
// backends. Each migration has its SQLite and its PostgreSQL statements: they differ in the auto-increment
// key, the collation of the text keys, trigger syntax, and the search indexes of migration 3 (SQLite's FTS5
// trigram tables and the triggers that feed them; PostgreSQL's pg_trgm GIN indexes on the key columns).
// PostgreSQL databases began with this version, so its migrations create each index in its final form
// where SQLite's history replaced one (migration 3).
QList<Migration> bookwardenMigrations();
