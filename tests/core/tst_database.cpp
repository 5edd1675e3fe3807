#include "FakeClock.h"
#include "TemporaryDataDirectory.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace {
QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &database, const char *name)
{
    SqlStatement query(database.connection(), QStringLiteral("PRAGMA ") + QLatin1String(name), "pragma");
    if (!query.execute() || !query.next())
        return {};
    return query.text(0);
}

qint64 count(Database &database, const QString &table)
{
    SqlStatement query(database.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table, "count");
    if (!query.execute() || !query.next())
        return -1;
    return query.int64(0);
}

// Writes through SQLite directly, bypassing Bookwarden, to fabricate databases from elsewhere.
void rawExecute(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<qint64> insertNote(GroupCommitWriter &writer, const QString &text)
{
    return writer.run<qint64>([text](WriteTransaction &transaction) -> Result<qint64> {
        SqlStatement insert(transaction.connection(),
                            QStringLiteral("INSERT INTO notes (text) VALUES (?) RETURNING id"), "insertNote");
        insert.bind(text);
        if (Status run = insert.execute(); !run)
            return run.error();
        if (!insert.next())
            return Error::internal(QStringLiteral("no id"));
        return insert.int64(0);
    });
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

    std::unique_ptr<Database> openOrFail(const QString &path)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(DatabaseUrl::sqliteFile(path), m_clock);
        if (!opened) {
            qWarning() << opened.error().message();
            return {};
        }
        return std::move(opened).value();
    }

    // A scratch table for writer tests (Bookwarden's migrations know nothing of it).
    void addNotesTable(Database &database)
    {
        const Status created
            = database.writer()
                  .run<bool>([](WriteTransaction &transaction) -> Result<bool> {
                      const Status run = transaction.connection().execute(
                          QStringLiteral(
                              "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)"),
                          "notes");
                      if (!run)
                          return run.error();
                      return true;
                  })
                  .ok()
            ? Status()
            : Status(Error::internal(QStringLiteral("create notes")));
        QVERIFY(created.ok());
    }

private slots:
    void aDatabaseOpenElsewhereIsRefusedUntilItIsClosed()
    {
        TemporaryDataDirectory data;
        std::unique_ptr<Database> first = openOrFail(data.databasePath());
        QVERIFY(first);

        const auto second = Database::open(DatabaseUrl::sqliteFile(data.databasePath()), m_clock);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().codeName(), QStringLiteral("database_in_use"));
        QVERIFY2(second.error().message().contains(QDir::toNativeSeparators(data.databasePath())),
                 qPrintable(second.error().message()));

        first.reset();
        QVERIFY(openOrFail(data.databasePath()));
    }

    void urlParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path"); // empty: refused
        QTest::newRow("absolute") << QStringLiteral("sqlite:///srv/bw/books.db")
                                  << QStringLiteral("/srv/bw/books.db");
        QTest::newRow("percent-encoded")
            << QStringLiteral("sqlite:///srv/my%20books.db") << QStringLiteral("/srv/my books.db");
        QTest::newRow("dot segments")
            << QStringLiteral("sqlite:///srv/x/../books.db") << QStringLiteral("/srv/books.db");
        QTest::newRow("relative") << QStringLiteral("sqlite://books.db") << QString();
        QTest::newRow("no path") << QStringLiteral("sqlite://") << QString();
        QTest::newRow("no scheme") << QStringLiteral("/srv/books.db") << QString();
        QTest::newRow("postgresql") << QStringLiteral("postgresql://db.lan/bookwarden") << QString();
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://db/x") << QString();
    }
    void urlParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        if (path.isEmpty()) {
            QVERIFY(!url.ok());
            QCOMPARE(url.error().kind(), ErrorKind::Invalid);
            QVERIFY(!url.error().fields().value(QStringLiteral("database")).isEmpty());
        } else {
            QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().detailedMessage()));
            QCOMPARE(url->path(), path);
        }
    }

    void newDatabaseIsPrivateMigratedAndDurable()
    {
        TemporaryDataDirectory data;
        const QString directory = data.filePath(QStringLiteral("nested/data"));
        const QString path = directory + QStringLiteral("/bookwarden.db");
        std::unique_ptr<Database> database = openOrFail(path);
        QVERIFY(database);

        const auto ownerGroupOther = QFileDevice::Permissions(0x7077);
        QCOMPARE(QFileInfo(directory).permissions() & ownerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(path).permissions() & ownerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QCOMPARE(pragma(*database, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*database, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*database, "synchronous"), QStringLiteral("2")); // FULL
        // MEMORY: the group commit's per-job statement journals never go to files under /var/tmp.
        QCOMPARE(pragma(*database, "temp_store"), QStringLiteral("2"));
        QVERIFY(pragma(*database, "busy_timeout").toInt() >= 1000);
        QCOMPARE(database->schemaVersion(), bookwardenMigrations().constLast().version);
        QCOMPARE(count(*database, QStringLiteral("schema_migrations")),
                 qint64(bookwardenMigrations().size()));
        QVERIFY(database->checkHealth().ok());
        // SQLite gives its write-ahead log (created by the reads above) the database file's permissions.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & ownerGroupOther,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void reopeningKeepsDataAndAppliesNothingTwice()
    {
        TemporaryDataDirectory data;
        {
            std::unique_ptr<Database> database = openOrFail(data.databasePath());
            QVERIFY(database);
            addNotesTable(*database);
            QVERIFY(insertNote(database->writer(), QStringLiteral("kept")).ok());
        }
        std::unique_ptr<Database> again = openOrFail(data.databasePath());
        QVERIFY(again);
        QCOMPARE(count(*again, QStringLiteral("notes")), 1);
        QCOMPARE(count(*again, QStringLiteral("schema_migrations")), qint64(bookwardenMigrations().size()));
    }

    void olderSchemaIsUpgradedKeepingItsData()
    {
        TemporaryDataDirectory data;
        {
            // A database as the first release left it: only migration 1, with a user in it.
            const std::unique_ptr<SqlConnection> old = SqlConnection::open(
                DatabaseUrl::sqliteFile(data.databasePath()), QStringLiteral("first-release"));
            QVERIFY(old->isOpen());
            const MigrationRunner firstRelease(bookwardenMigrations().mid(0, 1));
            QVERIFY(firstRelease.migrate(*old, 0).ok());
            QVERIFY(
                old->execute(QStringLiteral(
                                 "INSERT INTO users (public_id, username, username_key, role, password_hash,"
                                 " created_at, updated_at) VALUES ('p', 'Old', 'old', 'admin', 'h', 1, 1)"),
                             "seed")
                    .ok());
        }
        std::unique_ptr<Database> database = openOrFail(data.databasePath());
        QVERIFY(database);
        QCOMPARE(database->schemaVersion(), bookwardenMigrations().constLast().version);
        QCOMPARE(count(*database, QStringLiteral("users")), 1);
        QCOMPARE(count(*database, QStringLiteral("refresh_sessions")), 0);
    }

    void newerSchemaIsRefusedUnchanged()
    {
        TemporaryDataDirectory data;
        QVERIFY(openOrFail(data.databasePath()));
        rawExecute(data.databasePath(),
                   {QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'from the future', 0)"),
                    QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        const QByteArray before = fileDigest(data.databasePath());

        const auto opened = Database::open(DatabaseUrl::sqliteFile(data.databasePath()), m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().codeName(), QStringLiteral("database_too_new"));
        QVERIFY2(opened.error().message().contains(QStringLiteral("99")),
                 qPrintable(opened.error().message()));
        QCOMPARE(fileDigest(data.databasePath()), before);
    }

    void nonDatabaseFilesAreRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("text") << QByteArray("these are not the books you are looking for\n")
                              << QStringLiteral("database_not_sqlite");
        QTest::newRow("binary") << QByteArray(4096, '\xa5') << QStringLiteral("database_not_sqlite");
        QByteArray damaged("SQLite format 3\0", 16);
        damaged.append(QByteArray(4080, '\x17'));
        QTest::newRow("damaged sqlite") << damaged << QStringLiteral("database_unreadable");
    }
    void nonDatabaseFilesAreRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        TemporaryDataDirectory data;
        {
            QFile file(data.databasePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto opened = Database::open(DatabaseUrl::sqliteFile(data.databasePath()), m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().codeName(), code);
        QFile file(data.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void otherApplicationsDatabaseIsRefused()
    {
        TemporaryDataDirectory data;
        rawExecute(data.databasePath(), {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")});
        const QByteArray before = fileDigest(data.databasePath());
        const auto opened = Database::open(DatabaseUrl::sqliteFile(data.databasePath()), m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().codeName(), QStringLiteral("database_foreign"));
        QCOMPARE(fileDigest(data.databasePath()), before);
    }

    void failingJobLeavesNoTraceAndSparesItsBatchMates()
    {
        TemporaryDataDirectory data;
        std::unique_ptr<Database> database = openOrFail(data.databasePath());
        QVERIFY(database);
        addNotesTable(*database);

        // Hold the writer inside a job so that the next jobs queue up and run as one batch.
        QSemaphore entered, release;
        QFuture<Result<bool>> blocker
            = database->writer().submit<bool>([&](WriteTransaction &) -> Result<bool> {
                  entered.release();
                  release.acquire();
                  return true;
              });
        entered.acquire();
        auto first = database->writer().submit<int>([](WriteTransaction &transaction) -> Result<int> {
            SqlStatement insert(transaction.connection(),
                                QStringLiteral("INSERT INTO notes (text) VALUES ('a')"), "a");
            if (Status run = insert.execute(); !run)
                return run.error();
            return 1;
        });
        auto failing = database->writer().submit<int>([](WriteTransaction &transaction) -> Result<int> {
            SqlStatement insert(transaction.connection(),
                                QStringLiteral("INSERT INTO notes (text) VALUES ('b')"), "b");
            if (Status run = insert.execute(); !run)
                return run.error();
            return Error::invalidField(QStringLiteral("text"), QStringLiteral("changed my mind"));
        });
        auto third = database->writer().submit<int>([](WriteTransaction &transaction) -> Result<int> {
            SqlStatement insert(transaction.connection(),
                                QStringLiteral("INSERT INTO notes (text) VALUES ('c')"), "c");
            if (Status run = insert.execute(); !run)
                return run.error();
            return 3;
        });
        release.release();

        QVERIFY(blocker.result().ok());
        QCOMPARE(first.result().value(), 1);
        QCOMPARE(failing.result().error().kind(), ErrorKind::Invalid);
        QCOMPARE(third.result().value(), 3);
        QCOMPARE(count(*database, QStringLiteral("notes")), 2);
        SqlStatement b(database->connection(), QStringLiteral("SELECT COUNT(*) FROM notes WHERE text = 'b'"),
                       "b");
        QVERIFY(b.execute().ok() && b.next());
        QCOMPARE(b.int64(0), 0);
        QVERIFY(database->writer().statistics().largestBatch >= 3);
    }

    void concurrentWritersAreAllAcknowledgedAndPersisted()
    {
        TemporaryDataDirectory data;
        constexpr int threads = 4;
        constexpr int perThread = 200;
        QList<qint64> acknowledged;
        QMutex lock;
        {
            std::unique_ptr<Database> database = openOrFail(data.databasePath());
            QVERIFY(database);
            addNotesTable(*database);
            QList<QThread *> workers;
            for (int t = 0; t < threads; ++t) {
                workers << QThread::create([&, t] {
                    QList<QFuture<Result<qint64>>> pending;
                    for (int i = 0; i < perThread; ++i) {
                        const QString text = QStringLiteral("%1-%2").arg(t).arg(i);
                        pending << database->writer().submit<qint64>(
                            [text](WriteTransaction &transaction) -> Result<qint64> {
                                SqlStatement insert(
                                    transaction.connection(),
                                    QStringLiteral("INSERT INTO notes (text) VALUES (?) RETURNING id"), "n");
                                insert.bind(text);
                                if (Status run = insert.execute(); !run)
                                    return run.error();
                                insert.next();
                                return insert.int64(0);
                            });
                    }
                    for (auto &future : pending) {
                        const Result<qint64> id = future.result();
                        if (id.ok()) {
                            QMutexLocker locker(&lock);
                            acknowledged << id.value();
                        }
                    }
                });
                workers.last()->start();
            }
            for (QThread *worker : workers) {
                QVERIFY(worker->wait(60000));
                delete worker;
            }
            QCOMPARE(acknowledged.size(), threads * perThread);
            // Concurrent submissions were grouped: fewer commits than writes.
            QVERIFY2(database->writer().statistics().batches < quint64(threads * perThread),
                     qPrintable(QString::number(database->writer().statistics().batches)));
        }
        std::unique_ptr<Database> reopened = openOrFail(data.databasePath());
        QVERIFY(reopened);
        QCOMPARE(count(*reopened, QStringLiteral("notes")), qint64(threads * perThread));
    }

    // The writer's own settings (GroupCommitWriter.cpp): a page cache that holds the upper levels of a
    // million books' indexes, and a checkpoint every ~40 MiB of log rather than SQLite's 4 MiB.
    void writerHasALargerCacheAndCheckpointsLessOften()
    {
        TemporaryDataDirectory data;
        std::unique_ptr<Database> database = openOrFail(data.databasePath());
        QVERIFY(database);
        auto writerPragma = [&](const char *name) {
            return database->writer()
                .run<qint64>([name](WriteTransaction &transaction) -> Result<qint64> {
                    SqlStatement read(transaction.connection(),
                                      QStringLiteral("PRAGMA ") + QLatin1String(name), "readPragma");
                    if (Status run = read.execute(); !run)
                        return run.error();
                    if (!read.next())
                        return Error::internal(QStringLiteral("no value"));
                    return read.int64(0);
                })
                .valueOr(0);
        };
        // Negative: KiB. SQLite's default is -2000 (2 MB); at least 16 MiB here.
        QVERIFY2(writerPragma("cache_size") <= -16 * 1024,
                 qPrintable(QString::number(writerPragma("cache_size"))));
        QVERIFY(writerPragma("wal_autocheckpoint") >= 4000);
    }

    void eachThreadHasItsOwnConnection()
    {
        TemporaryDataDirectory data;
        std::unique_ptr<Database> database = openOrFail(data.databasePath());
        QVERIFY(database);
        const QString mainName = database->connection().name();
        QString workerName;
        bool workerHealthy = false;
        QThread *worker = QThread::create([&] {
            workerName = database->connection().name();
            workerHealthy = database->checkHealth().ok();
            database->releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(workerHealthy);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName));
    }

    void aThreadMayAskForASmallerReaderCache()
    {
        TemporaryDataDirectory data;
        std::unique_ptr<Database> database = openOrFail(data.databasePath());
        QVERIFY(database);
        const auto cacheSize = [&database] {
            SqlStatement read(database->connection(), QStringLiteral("PRAGMA cache_size"), "readPragma");
            return read.execute().ok() && read.next() ? read.int64(0) : 0;
        };
        QCOMPARE(cacheSize(), -qint64(Database::readerCacheKiB));
        qint64 workerCache = 0;
        QThread *worker = QThread::create([&] {
            Database::setThreadCacheKiB(1234);
            workerCache = cacheSize();
            Database::releaseThreadConnections();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerCache, -1234);
        QCOMPARE(cacheSize(), -qint64(Database::readerCacheKiB)); // this thread's is unchanged
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
