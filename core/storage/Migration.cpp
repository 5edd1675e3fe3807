#include "storage/Migration.h"

QList<Migration> bookwardenMigrations()
{
    return {
        {1,
         QStringLiteral("users, books and the security event log"),
         {
             QStringLiteral("CREATE TABLE users ("
                            " id INTEGER PRIMARY KEY,"
                            " public_id TEXT NOT NULL UNIQUE,"
                            " username TEXT NOT NULL,"
                            " username_key TEXT NOT NULL UNIQUE,"
                            " role TEXT NOT NULL CHECK (role IN ('admin', 'user')),"
                            " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                            " password_hash TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " last_login_at BIGINT,"
                            " tokens_valid_after BIGINT NOT NULL DEFAULT 0,"
                            " book_count BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX users_role ON users (role, disabled)"),
             QStringLiteral("CREATE INDEX users_created ON users (created_at, id)"),
             QStringLiteral("CREATE TABLE books ("
                            " id INTEGER PRIMARY KEY,"
                            " owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                            " title TEXT NOT NULL,"
                            " title_key TEXT NOT NULL,"
                            " author TEXT NOT NULL,"
                            " author_key TEXT NOT NULL,"
                            " publisher TEXT NOT NULL,"
                            " price_cents BIGINT NOT NULL CHECK (price_cents >= 0),"
                            " isbn TEXT,"
                            " year INTEGER,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " version BIGINT NOT NULL DEFAULT 1,"
                            " UNIQUE (owner_id, title_key))"),
             // Keyset pagination: every sort order is (key, id), per owner and across owners.
             QStringLiteral("CREATE INDEX books_owner_author ON books (owner_id, author_key, id)"),
             QStringLiteral("CREATE INDEX books_owner_price ON books (owner_id, price_cents, id)"),
             QStringLiteral("CREATE INDEX books_owner_created ON books (owner_id, created_at, id)"),
             QStringLiteral("CREATE INDEX books_title ON books (title_key, id)"),
             QStringLiteral("CREATE INDEX books_author ON books (author_key, id)"),
             QStringLiteral("CREATE INDEX books_price ON books (price_cents, id)"),
             QStringLiteral("CREATE INDEX books_created ON books (created_at, id)"),
             QStringLiteral("CREATE TABLE events ("
                            " id INTEGER PRIMARY KEY,"
                            " occurred_at BIGINT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " subject_id TEXT,"
                            " subject_name TEXT,"
                            " client_address TEXT,"
                            " details TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX events_time ON events (occurred_at, id)"),
             QStringLiteral("CREATE INDEX events_type_time ON events (type, occurred_at, id)"),
         }},
    };
}
