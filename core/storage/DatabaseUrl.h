#pragma once

#include "common/Result.h"

#include <QString>

// A database location as given with --database (or BOOKWARDEN_DATABASE_URL):
//   sqlite:///absolute/path/file.db
//   postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE      (postgres:// too; HOST may be [v6 address])
// A PostgreSQL password is never part of what toString() prints. It may come in the URL
// (postgresql://user:secret@host/db, visible in the process list: discouraged), from setPassword() (the
// desktop app's prompt), or from libpq's own places: PGPASSWORD, ~/.pgpass or PGPASSFILE.
class DatabaseUrl
{
public:
    enum class Backend { Sqlite, Postgresql };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    bool isPostgresql() const { return m_backend == Backend::Postgresql; }
    // For SQLite: the absolute path of the database file.
    QString path() const { return m_path; }

    // PostgreSQL: where and as whom to connect.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // libpq's connection options besides host, port, user, database and password, as QPSQL takes them
    // ("sslmode=verify-full;connect_timeout=5"): sslmode and the others the URL names.
    QString connectOptions() const;

    // The URL without its password: safe to log, show and store in settings.
    QString toString() const;
    // What the GUI and the logs call it: the file path, or USER@HOST:PORT/DATABASE.
    QString displayName() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_password;
    QList<std::pair<QString, QString>> m_options; // sslmode=…, in the order given
};
