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
// epoch, money is BIGINT cents, flags are INTEGER 0/1); the only dialect point is the auto-increment key.
QList<Migration> bookwardenMigrations();
