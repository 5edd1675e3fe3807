#pragma once

#include "common/Result.h"

#include <QString>

// A database location as given with --database: `sqlite:///absolute/path/file.db`.
// `postgresql://…` is recognised and refused with a clear message until that backend exists.
class DatabaseUrl
{
public:
    enum class Backend { Sqlite };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    // For SQLite: the absolute path of the database file.
    QString path() const { return m_path; }
    QString toString() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
};
