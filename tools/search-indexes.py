#!/usr/bin/env python3
"""Search and index figures for docs/performance.md ("Search and indexes at a million books").

Builds a books table the way schema version 2 had it (1,000 accounts, half of the books owned by one of
them), upgrades it with the statements of migration 3 (core/storage/Migration.cpp, copied below: keep them
in step), then prints bytes per book (dbstat), search latencies for both page plans, and durable insert
rates (WAL + synchronous=FULL, one transaction per batch and a SAVEPOINT per insert, like
GroupCommitWriter) on the full and on an empty database.

    tools/search-indexes.py [--books 1000000] [--dir /tmp/search-indexes]

It measures SQLite alone, through Python's sqlite3 module (the same libsqlite3 the product links).
tools/bench --scale measures through core."""
import argparse, os, random, shutil, sqlite3, statistics, time

SCHEMA_V2 = '''
CREATE TABLE users (id INTEGER PRIMARY KEY, public_id TEXT NOT NULL UNIQUE, username TEXT NOT NULL,
 username_key TEXT NOT NULL UNIQUE, role TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
 password_hash TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, last_login_at BIGINT,
 tokens_valid_after BIGINT NOT NULL DEFAULT 0, book_count BIGINT NOT NULL DEFAULT 0);
CREATE TABLE books (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
 title TEXT NOT NULL, title_key TEXT NOT NULL, author TEXT NOT NULL, author_key TEXT NOT NULL,
 publisher TEXT NOT NULL, price_cents BIGINT NOT NULL CHECK (price_cents >= 0), isbn TEXT, year INTEGER,
 created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1,
 UNIQUE (owner_id, title_key));
CREATE INDEX books_owner_author ON books (owner_id, author_key, id);
CREATE INDEX books_owner_price ON books (owner_id, price_cents, id);
CREATE INDEX books_owner_created ON books (owner_id, created_at, id);
CREATE INDEX books_title ON books (title_key, id);
CREATE INDEX books_author ON books (author_key, id);
CREATE INDEX books_price ON books (price_cents, id);
CREATE INDEX books_created ON books (created_at, id);
'''


def owner_tag(column):
    return ('char(57344 + (%s / 16777216) %% 4096, 57344 + (%s / 4096) %% 4096, 57344 + %s %% 4096)'
            % (column, column, column))


def index_row(row):
    return ('INSERT INTO books_search (rowid, title_key, author_key, owner_tag) VALUES (%s.id, %s.title_key,'
            ' %s.author_key, %s);' % (row, row, row, owner_tag(row + '.owner_id')))


def unindex_row(row):
    return ("INSERT INTO books_search (books_search, rowid, title_key, author_key, owner_tag) VALUES ('delete',"
            ' %s.id, %s.title_key, %s.author_key, %s);' % (row, row, row, owner_tag(row + '.owner_id')))


MIGRATION_3 = [
    'CREATE VIEW books_search_source AS SELECT id, title_key, author_key, %s AS owner_tag FROM books'
    % owner_tag('owner_id'),
    "CREATE VIRTUAL TABLE books_search USING fts5(title_key, author_key, owner_tag,"
    " content='books_search_source', content_rowid='id', tokenize='trigram case_sensitive 1', columnsize=0,"
    " detail=full)",
    'CREATE TRIGGER books_search_insert AFTER INSERT ON books BEGIN %s END' % index_row('new'),
    'CREATE TRIGGER books_search_delete AFTER DELETE ON books BEGIN %s END' % unindex_row('old'),
    'CREATE TRIGGER books_search_update AFTER UPDATE OF title_key, author_key, owner_id ON books BEGIN %s %s END'
    % (unindex_row('old'), index_row('new')),
    "INSERT INTO books_search (books_search) VALUES ('rebuild')",
    "INSERT INTO books_search (books_search) VALUES ('optimize')",
    "CREATE VIRTUAL TABLE users_search USING fts5(username_key, content='users', content_rowid='id',"
    " tokenize='trigram case_sensitive 1', columnsize=0, detail=full)",
    'CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN'
    ' INSERT INTO users_search (rowid, username_key) VALUES (new.id, new.username_key); END',
    "CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN INSERT INTO users_search (users_search,"
    " rowid, username_key) VALUES ('delete', old.id, old.username_key); END",
    "INSERT INTO users_search (users_search) VALUES ('rebuild')",
    'CREATE TABLE book_total (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), books BIGINT NOT NULL)',
    'INSERT INTO book_total (singleton, books) SELECT 1, COALESCE(SUM(book_count), 0) FROM users',
    'CREATE TRIGGER book_total_user_insert AFTER INSERT ON users BEGIN'
    ' UPDATE book_total SET books = books + new.book_count; END',
    'CREATE TRIGGER book_total_user_update AFTER UPDATE OF book_count ON users BEGIN'
    ' UPDATE book_total SET books = books + new.book_count - old.book_count; END',
    'CREATE TRIGGER book_total_user_delete AFTER DELETE ON users BEGIN'
    ' UPDATE book_total SET books = books - old.book_count; END',
    'DROP INDEX books_created',
    'DROP INDEX books_owner_created',
    'CREATE INDEX books_owner ON books (owner_id)',
    'DROP INDEX books_owner_author',
    'CREATE INDEX books_owner_author ON books (owner_id, author_key)',
    'DROP INDEX books_owner_price',
    'CREATE INDEX books_owner_price ON books (owner_id, price_cents)',
    'DROP INDEX books_title',
    'CREATE INDEX books_title ON books (title_key)',
    'DROP INDEX books_author',
    'CREATE INDEX books_author ON books (author_key)',
    'DROP INDEX books_price',
    'CREATE INDEX books_price ON books (price_cents)',
]

SYLLABLES = ['ra', 've', 'lo', 'mi', 'tan', 'dor', 'el', 'is', 'que', 'bar', 'son', 'wen', 'ri', 'ver', 'ka',
             'mo', 'ne', 'thal', 'gar', 'fen', 'the', 'in', 'ar', 'os', 'ul', 'ber', 'ston', 'ing', 'ly', 'ae']
COMMON = ['the', 'of', 'and', 'a', 'river', 'night', 'house', 'war', 'love', 'dune']
BIG_OWNER, USERS = 2, 1000


def make_words(rng):
    return sorted({''.join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(30000)})


def title(rng, words):
    parts = [rng.choice(COMMON) if rng.random() < 0.15 else rng.choice(words) for _ in range(rng.randint(2, 5))]
    return ' '.join(parts).capitalize()


def author(rng, words):
    return rng.choice(words).capitalize() + ' ' + rng.choice(words).capitalize()


def fill(path, books, rng, words):
    for suffix in ['', '-wal', '-shm']:
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    c = sqlite3.connect(path)
    c.executescript(SCHEMA_V2)
    c.executemany('INSERT INTO users (id, public_id, username, username_key, role, password_hash, created_at,'
                  ' updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)',
                  [(i, 'pub%06d' % i, 'reader%d' % i, 'reader%d' % i, 'admin' if i == 1 else 'user', 'h')
                   for i in range(1, USERS + 1)])
    seen, rows = set(), []
    while len(rows) < books:
        owner = BIG_OWNER if rng.random() < 0.5 else rng.randint(3, USERS)
        t = title(rng, words)
        if (owner, t.lower()) in seen:
            continue
        seen.add((owner, t.lower()))
        a = author(rng, words)
        n = len(rows) + 1
        rows.append((n, owner, t, t.lower(), a, a.lower(), 'Pub', rng.randint(100, 9999), None, 2000,
                     1_700_000_000_000 + n * 37, 1_700_000_000_000 + n * 37))
    c.executemany('INSERT INTO books VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)', rows)
    c.execute('UPDATE users SET book_count = (SELECT COUNT(*) FROM books WHERE owner_id = users.id)')
    c.commit()
    return c


def sizes(c, books, label):
    print('\n%s: bytes per book (dbstat, pages of 4096 B)' % label)
    total = 0
    for name, size in c.execute('SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC'):
        total += size
        if size >= 4096 * 8:
            print('  %-26s %7.1f' % (name, size / max(books, 1)))
    print('  %-26s %7.1f' % ('total', total / max(books, 1)))


def tag(owner):
    return ''.join(chr(0xE000 + d) for d in [(owner // 4096 ** 2) % 4096, (owner // 4096) % 4096, owner % 4096])


def match_expression(owner, key):
    text = '{title_key author_key} : "%s"' % key.replace('"', '""')
    return text if owner == 0 else 'owner_tag : "%s" AND %s' % (tag(owner), text)


COLUMNS = ('b.id, b.owner_id, u.public_id, u.username, b.title, b.author, b.publisher, b.price_cents, b.isbn,'
           ' b.year, b.created_at, b.updated_at, b.version')


def timed(c, sql, args, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        rows = c.execute(sql, args).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), rows


def search(c, books, limit=20, repeat=5):
    print('\nsearch at %d books, limit %d: median ms of %d runs (count, then one page per plan)' % (books, limit, repeat))
    print('  %-7s %-9s %9s %8s %10s %10s %10s' % ('owner', 'text', 'matches', 'count', 'fetch', 'walk', 'walk rows'))
    for owner, owner_books in [(0, books), (BIG_OWNER, None), (500, None)]:
        if owner_books is None:
            owner_books = c.execute('SELECT book_count FROM users WHERE id = ?', (owner,)).fetchone()[0]
        for text in ['the', 'river', 'dune', 'thalgar', 'ston ri', 'mitanwen', 'zzq']:
            match = match_expression(owner, text)
            count_ms, rows = timed(c, 'SELECT COUNT(*) FROM books_search WHERE books_search MATCH ?', (match,),
                                   repeat)
            matches = rows[0][0]
            fetch_ms, _ = timed(c, 'SELECT ' + COLUMNS + ' FROM books_search CROSS JOIN books b ON b.id ='
                                ' books_search.rowid JOIN users u ON u.id = b.owner_id WHERE books_search MATCH ?'
                                ' ORDER BY b.title_key, b.id LIMIT ?', (match, limit + 1), repeat)
            like = '%' + text + '%'
            where = ' WHERE b.owner_id = ? AND' if owner else ' WHERE'
            args = ((owner,) if owner else ()) + (like, like, limit + 1)
            walk_sql = ('SELECT ' + COLUMNS + ' FROM books b JOIN users u ON u.id = b.owner_id' + where +
                        " (b.title_key LIKE ? ESCAPE '\\' OR b.author_key LIKE ? ESCAPE '\\')"
                        ' ORDER BY b.title_key, b.id LIMIT ?')
            expected_rows = (limit + 1) * owner_books / matches if matches else owner_books
            walk_ms = float('nan')
            if expected_rows <= 200_000:
                walk_ms, _ = timed(c, walk_sql, args, repeat)
            print('  %-7s %-9s %9d %8.2f %10.2f %10.2f %10.0f' % (owner or 'all', text, matches, count_ms,
                                                                 fetch_ms, walk_ms, expected_rows))
    for text in ['e', 'ri']:
        like = '%' + text + '%'
        ms, rows = timed(c, "SELECT COUNT(*) FROM books b WHERE b.title_key LIKE ? ESCAPE '\\'"
                         " OR b.author_key LIKE ? ESCAPE '\\'", (like, like), 1)
        print('  all     %-9s %9d %8.2f  (LIKE count: no trigram)' % (text, rows[0][0], ms))


LIKE = " (b.title_key LIKE ? ESCAPE '\\' OR b.author_key LIKE ? ESCAPE '\\')"
ORDER = ' ORDER BY b.title_key, b.id'


def product_page(c, owner, text, limit=20):
    """One q= page in title order the way core/books/BookListing.cpp reads it; returns (plan, total)."""
    like = ('%' + text + '%',) * 2
    owner_where = ' b.owner_id = ? AND' if owner else ''
    owner_args = (owner,) if owner else ()
    everyone = c.execute('SELECT books FROM book_total').fetchone()[0]
    population = c.execute('SELECT book_count FROM users WHERE id = ?', (owner,)).fetchone()[0] if owner \
        else everyone

    def scan():
        rows = c.execute('SELECT ' + COLUMNS + ' FROM books b JOIN users u ON u.id = b.owner_id WHERE' +
                         owner_where + LIKE + ORDER + ' LIMIT ?', owner_args + like + (limit + 1,)).fetchall()
        if len(rows) <= limit:
            return 'scan', len(rows)
        return 'scan', c.execute('SELECT COUNT(*) FROM books b' + (' INDEXED BY books_owner' if owner else '') +
                                 ' WHERE' + owner_where + LIKE,
                                 owner_args + like).fetchone()[0]

    if len(text) < 3 or (owner and population * 500 <= everyone):
        return scan()
    verify = len(text) > 12
    match = match_expression(owner, text[:12])
    fetch_sql = ('SELECT ' + COLUMNS + ' FROM books_search CROSS JOIN books b ON b.id = books_search.rowid'
                 ' JOIN users u ON u.id = b.owner_id WHERE books_search MATCH ?')
    most = int(((limit + 1) * population * 2.5) ** 0.5)
    if not verify:
        ids = []
        for (rowid,) in c.execute('SELECT rowid FROM books_search WHERE books_search MATCH ?', (match,)):
            ids.append(rowid)
            if len(ids) > most:
                break
        if len(ids) <= most:
            c.execute('SELECT ' + COLUMNS + ' FROM json_each(?) matched CROSS JOIN books b ON b.id = matched.value'
                      ' JOIN users u ON u.id = b.owner_id' + ORDER + ' LIMIT ?',
                      ('[' + ','.join(map(str, ids)) + ']', limit + 1)).fetchall()
            return 'fetch ids', len(ids)
        total = c.execute('SELECT COUNT(*) FROM books_search WHERE books_search MATCH ?', (match,)).fetchone()[0]
    else:
        total = c.execute('SELECT COUNT(*) FROM books_search CROSS JOIN books b ON b.id = books_search.rowid'
                          ' WHERE books_search MATCH ? AND' + LIKE, (match,) + like).fetchone()[0]
    if total <= most:
        c.execute(fetch_sql + (' AND' + LIKE if verify else '') + ORDER + ' LIMIT ?',
                  (match,) + (like if verify else ()) + (limit + 1,)).fetchall()
        return 'fetch', total
    budget = max(limit + 1, int(4 * (limit + 1) * population / total))
    hits, visited, last = [], 0, None
    for rowid, hit in c.execute('SELECT b.id,' + LIKE + ' FROM books b' + (' WHERE b.owner_id = ?' if owner else '') +
                                ORDER + ' LIMIT ?', like + owner_args + (budget,)):
        visited, last = visited + 1, rowid
        if hit:
            hits.append(rowid)
            if len(hits) > limit:
                break
    for rowid in hits:
        c.execute('SELECT ' + COLUMNS + ' FROM books b JOIN users u ON u.id = b.owner_id WHERE b.id = ?',
                  (rowid,)).fetchall()
    if len(hits) <= limit and visited == budget:
        key = c.execute('SELECT title_key FROM books WHERE id = ?', (last,)).fetchone()[0]
        c.execute(fetch_sql + (' AND' + LIKE if verify else '') + ' AND (b.title_key, b.id) > (?, ?)' + ORDER +
                  ' LIMIT ?', (match,) + (like if verify else ()) + (key, last, limit + 1 - len(hits))).fetchall()
        return 'walk, then fetch', total
    return 'walk', total


def product_search(c, repeat=5):
    print('\nq= pages as core reads them (title order, limit 20): median ms of %d runs, p99 is the slowest' % repeat)
    print('  %-10s %-24s %9s %-18s %8s %8s' % ('owner', 'text', 'total', 'plan', 'median', 'slowest'))
    for owner in [0, BIG_OWNER, 500]:
        for text in ['the', 'river', 'dune', 'thalgar', 'ston ri', 'mitanwen', 'zzq', 'ri',
                     'the river of the night', ('the ' * 50)[:200]]:
            times, result = [], None
            for _ in range(repeat):
                t = time.perf_counter()
                result = product_page(c, owner, text)
                times.append((time.perf_counter() - t) * 1000)
            print('  %-10s %-24s %9d %-18s %8.1f %8.1f' % (owner or 'all', text[:24], result[1], result[0],
                                                           statistics.median(times), max(times)))


def durable_inserts(path, batch, seconds, rng, words):
    c = sqlite3.connect(path, isolation_level=None)
    for pragma in ['journal_mode=WAL', 'synchronous=FULL', 'temp_store=MEMORY', 'foreign_keys=ON']:
        c.execute('PRAGMA ' + pragma)
    inserted, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        c.execute('BEGIN IMMEDIATE')
        for _ in range(batch):
            c.execute('SAVEPOINT job')
            t = title(rng, words) + ' %d' % rng.randint(0, 10 ** 9)
            a = author(rng, words)
            owner = BIG_OWNER if rng.random() < 0.5 else rng.randint(3, USERS)
            now = int(time.time() * 1000)
            c.execute('INSERT INTO books (owner_id, title, title_key, author, author_key, publisher, price_cents,'
                      ' isbn, year, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,1) RETURNING id',
                      (owner, t, t.lower(), a, a.lower(), 'Pub', rng.randint(100, 9999), None, 2000, now, now)
                      ).fetchall()
            c.execute('UPDATE users SET book_count = book_count + 1 WHERE id = ?', (owner,))
            c.execute('RELEASE job')
            inserted += 1
        c.execute('COMMIT')
    elapsed = time.perf_counter() - start
    c.close()
    return inserted / elapsed, (time.process_time() - cpu) * 1e6 / inserted


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--books', type=int, default=1_000_000)
    parser.add_argument('--dir', default='/tmp/search-indexes')
    parser.add_argument('--insert-seconds', type=float, default=5)
    parser.add_argument('--rounds', type=int, default=3)
    parser.add_argument('--search-only', metavar='DB', help='only time q= pages on a schema-3 database made before')
    args = parser.parse_args()
    if args.search_only:
        product_search(sqlite3.connect(args.search_only))
        return
    os.makedirs(args.dir, exist_ok=True)
    rng = random.Random(7)
    words = make_words(rng)

    full_v2 = os.path.join(args.dir, 'v2.db')
    t = time.perf_counter()
    c = fill(full_v2, args.books, rng, words)
    print('filled %d books (schema 2) in %.0f s' % (args.books, time.perf_counter() - t))
    sizes(c, args.books, 'schema 2')
    c.execute('PRAGMA journal_mode=WAL')
    c.close()

    full_v3 = os.path.join(args.dir, 'v3.db')
    shutil.copy(full_v2, full_v3)
    c = sqlite3.connect(full_v3, isolation_level=None)
    t = time.perf_counter()
    c.execute('BEGIN')
    for statement in MIGRATION_3:
        c.execute(statement)
    c.execute('COMMIT')
    c.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    print('\nmigration 3 at %d books: %.0f s' % (args.books, time.perf_counter() - t))
    sizes(c, args.books, 'schema 3')
    search(c, args.books)
    product_search(c)
    c.close()

    empty = {}
    for name in ['v2', 'v3']:
        empty[name] = os.path.join(args.dir, 'empty-%s.db' % name)
        e = fill(empty[name], 0, rng, words)
        if name == 'v3':
            for statement in MIGRATION_3:
                e.execute(statement)
            e.commit()
        e.execute('PRAGMA journal_mode=WAL')
        e.close()
    print('\ndurable inserts (WAL, synchronous=FULL, batches of 32 in one transaction, SAVEPOINT each),'
          ' %d rounds of %.0f s interleaved; inserts/s and CPU us per insert' % (args.rounds, args.insert_seconds))
    results = {}
    for _ in range(args.rounds):
        for label, path in [('schema 2, empty', empty['v2']), ('schema 2, full', full_v2),
                            ('schema 3, empty', empty['v3']), ('schema 3, full', full_v3)]:
            results.setdefault(label, []).append(durable_inserts(path, 32, args.insert_seconds, rng, words))
    for label, runs in results.items():
        print('  %-16s %7.0f /s  %6.0f us CPU  (runs: %s)' % (
            label, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            ' '.join('%.0f' % r[0] for r in runs)))


if __name__ == '__main__':
    main()
