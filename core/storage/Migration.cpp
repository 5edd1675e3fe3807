#include "storage/Migration.h"

namespace {
// The search index's owner column: the owner's id as three private-use characters (base 4096 from U+E000),
// which the trigram tokenizer indexes as exactly one token, so "this owner's books" is one doclist that
// FTS5 intersects with the search phrase instead of checking every match's row. BookRepository builds the
// same token for its queries; tst_booksearch's owner-scoped searches fail if the two disagree.
QString ownerTag(const QString &ownerColumn)
{
    return QStringLiteral("char(57344 + (%1 / 16777216) % 4096, 57344 + (%1 / 4096) % 4096,"
                          " 57344 + %1 % 4096)")
        .arg(ownerColumn);
}

QString indexBookRow(const QString &row)
{
    return QStringLiteral("INSERT INTO books_search (rowid, title_key, author_key, owner_tag)"
                          " VALUES (%1.id, %1.title_key, %1.author_key, %2);")
        .arg(row, ownerTag(row + QStringLiteral(".owner_id")));
}

QString unindexBookRow(const QString &row)
{
    return QStringLiteral("INSERT INTO books_search (books_search, rowid, title_key, author_key, owner_tag)"
                          " VALUES ('delete', %1.id, %1.title_key, %1.author_key, %2);")
        .arg(row, ownerTag(row + QStringLiteral(".owner_id")));
}
} // namespace

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
        {3,
         QStringLiteral("search indexes, the book total, and book indexes that earn their place"),
         {
             // Substring search from an index (docs/ARCHITECTURE.md, "Search"). The keys are already NFC
             // and case-folded (TextChecks::comparisonKey), so a case-sensitive trigram index keeps exactly
             // the semantics of LIKE '%text%' on them; detail=full lets a phrase query be an exact
             // substring match without re-reading rows. External content: the text lives once, in books.
             QStringLiteral("CREATE VIEW books_search_source AS SELECT id, title_key, author_key, ")
                 + ownerTag(QStringLiteral("owner_id")) + QStringLiteral(" AS owner_tag FROM books"),
             QStringLiteral("CREATE VIRTUAL TABLE books_search USING fts5(title_key, author_key, owner_tag,"
                            " content='books_search_source', content_rowid='id',"
                            " tokenize='trigram case_sensitive 1', columnsize=0, detail=full)"),
             // Triggers keep the index in the transaction that changes the book, cascades included
             // (SQLite fires a child table's triggers for ON DELETE CASCADE).
             QStringLiteral("CREATE TRIGGER books_search_insert AFTER INSERT ON books BEGIN ")
                 + indexBookRow(QStringLiteral("new")) + QStringLiteral(" END"),
             QStringLiteral("CREATE TRIGGER books_search_delete AFTER DELETE ON books BEGIN ")
                 + unindexBookRow(QStringLiteral("old")) + QStringLiteral(" END"),
             QStringLiteral(
                 "CREATE TRIGGER books_search_update AFTER UPDATE OF title_key, author_key, owner_id"
                 " ON books BEGIN ")
                 + unindexBookRow(QStringLiteral("old")) + QLatin1Char(' ')
                 + indexBookRow(QStringLiteral("new")) + QStringLiteral(" END"),
             QStringLiteral("INSERT INTO books_search (books_search) VALUES ('rebuild')"),
             // One segment after the backfill: later merges then never re-write it piece by piece.
             QStringLiteral("INSERT INTO books_search (books_search) VALUES ('optimize')"),
             QStringLiteral("CREATE VIRTUAL TABLE users_search USING fts5(username_key, content='users',"
                            " content_rowid='id', tokenize='trigram case_sensitive 1', columnsize=0,"
                            " detail=full)"),
             QStringLiteral(
                 "CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN"
                 " INSERT INTO users_search (rowid, username_key) VALUES (new.id, new.username_key);"
                 " END"),
             QStringLiteral("CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN"
                            " INSERT INTO users_search (users_search, rowid, username_key)"
                            " VALUES ('delete', old.id, old.username_key); END"),
             QStringLiteral(
                 "CREATE TRIGGER users_search_update AFTER UPDATE OF username_key ON users BEGIN"
                 " INSERT INTO users_search (users_search, rowid, username_key)"
                 " VALUES ('delete', old.id, old.username_key);"
                 " INSERT INTO users_search (rowid, username_key) VALUES (new.id, new.username_key);"
                 " END"),
             QStringLiteral("INSERT INTO users_search (users_search) VALUES ('rebuild')"),
             // The number of books of all owners, in one row: SUM(users.book_count) kept by triggers on
             // the counters it sums, so a list of every owner's books reads its total without scanning
             // users, and a deleted account's books leave the total with it.
             QStringLiteral("CREATE TABLE book_total ("
                            " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                            " books BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO book_total (singleton, books)"
                            " SELECT 1, COALESCE(SUM(book_count), 0) FROM users"),
             QStringLiteral("CREATE TRIGGER book_total_user_insert AFTER INSERT ON users BEGIN"
                            " UPDATE book_total SET books = books + new.book_count; END"),
             QStringLiteral("CREATE TRIGGER book_total_user_update AFTER UPDATE OF book_count ON users BEGIN"
                            " UPDATE book_total SET books = books + new.book_count - old.book_count; END"),
             QStringLiteral("CREATE TRIGGER book_total_user_delete AFTER DELETE ON users BEGIN"
                            " UPDATE book_total SET books = books - old.book_count; END"),
             // Indexes (measured in docs/performance.md, "Search and indexes at a million books"):
             // SQLite appends the rowid to every index entry, so an explicit trailing id stored it twice;
             // "created" pages in id order (ids are handed out in insertion order, see BookRepository), so
             // the rowid order replaces books_created and (owner_id) replaces books_owner_created.
             QStringLiteral("DROP INDEX books_created"),
             QStringLiteral("DROP INDEX books_owner_created"),
             QStringLiteral("CREATE INDEX books_owner ON books (owner_id)"),
             QStringLiteral("DROP INDEX books_owner_author"),
             QStringLiteral("CREATE INDEX books_owner_author ON books (owner_id, author_key)"),
             QStringLiteral("DROP INDEX books_owner_price"),
             QStringLiteral("CREATE INDEX books_owner_price ON books (owner_id, price_cents)"),
             QStringLiteral("DROP INDEX books_title"),
             QStringLiteral("CREATE INDEX books_title ON books (title_key)"),
             QStringLiteral("DROP INDEX books_author"),
             QStringLiteral("CREATE INDEX books_author ON books (author_key)"),
             QStringLiteral("DROP INDEX books_price"),
             QStringLiteral("CREATE INDEX books_price ON books (price_cents)"),
         }},
    };
}
