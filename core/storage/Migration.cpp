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
        {2,
         QStringLiteral("signing keys, refresh sessions and token revocations"),
         {
             QStringLiteral("CREATE TABLE signing_keys ("
                            " id INTEGER PRIMARY KEY,"
                            " kid TEXT NOT NULL UNIQUE,"
                            " algorithm TEXT NOT NULL,"
                            " material TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('active', 'passive', 'retired')),"
                            " created_at BIGINT NOT NULL,"
                            " status_changed_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE refresh_sessions ("
                            " id INTEGER PRIMARY KEY,"
                            " public_id TEXT NOT NULL UNIQUE,"
                            " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                            " token_hash TEXT NOT NULL UNIQUE,"
                            " created_at BIGINT NOT NULL,"
                            " last_used_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " client_address TEXT NOT NULL,"
                            " user_agent TEXT NOT NULL,"
                            " rotations BIGINT NOT NULL DEFAULT 0,"
                            " revoked_at BIGINT,"
                            " revoked_reason TEXT)"),
             QStringLiteral("CREATE INDEX refresh_sessions_user ON refresh_sessions (user_id, created_at)"),
             QStringLiteral("CREATE INDEX refresh_sessions_expiry ON refresh_sessions (expires_at)"),
             // Refresh tokens that were rotated away: presenting one again means it was stolen.
             QStringLiteral("CREATE TABLE refresh_rotations ("
                            " token_hash TEXT PRIMARY KEY,"
                            " session_id INTEGER NOT NULL REFERENCES refresh_sessions (id) ON DELETE CASCADE,"
                            " rotated_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX refresh_rotations_session ON refresh_rotations (session_id)"),
             // What the in-memory revocation list is rebuilt from at start-up: revoked access-token ids,
             // users whose earlier tokens are void, revoked sessions. Kept until no token they concern
             // can still be unexpired.
             QStringLiteral("CREATE TABLE token_revocations ("
                            " kind TEXT NOT NULL CHECK (kind IN ('jti', 'subject', 'session')),"
                            " value TEXT NOT NULL,"
                            " valid_after BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " PRIMARY KEY (kind, value))"),
             QStringLiteral("CREATE INDEX token_revocations_expiry ON token_revocations (expires_at)"),
         }},
        {4,
         QStringLiteral("indexes for the GUI's session and activity lists, sorted and counted in SQL"),
         {
             // The Sessions tab's sorts, each (key, id) like the cursors (by expiry: refresh_sessions_expiry,
             // whose rowid is the id; by user: the users' username_key, then each user's sessions).
             QStringLiteral("CREATE INDEX refresh_sessions_last_used ON refresh_sessions (last_used_at, id)"),
             QStringLiteral("CREATE INDEX refresh_sessions_created ON refresh_sessions (created_at, id)"),
             // Open sessions (not revoked, not yet expired) counted and listed by expiry from a range.
             QStringLiteral("CREATE INDEX refresh_sessions_open ON refresh_sessions (expires_at)"
                            " WHERE revoked_at IS NULL"),
             // The Activity tab's filters, newest (highest id) first: by event type, and by user — the
             // three columns that can name one, each read backwards along its own index (SecurityEventLog).
             QStringLiteral("CREATE INDEX events_type_id ON events (type, id)"),
             QStringLiteral("CREATE INDEX events_subject_id ON events (subject_id, id)"),
             QStringLiteral("CREATE INDEX events_subject_name ON events (subject_name, id)"),
             QStringLiteral("CREATE INDEX events_actor ON events (actor, id)"),
         }},
    };
}
