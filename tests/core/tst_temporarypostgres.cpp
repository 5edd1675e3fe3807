#include "TemporaryPostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <sys/wait.h>
#include <unistd.h>

namespace {
QString databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

// The pid of a process that has exited and been reaped: no process has it, for the moment.
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child ? child : 0;
}

// A directory that looks like a server of process `pid` (empty data/, as a test killed during initdb
// would leave), in the temporary path where every TemporaryPostgres looks for leftovers.
QString fakeServerDirectory(qint64 pid)
{
    QTemporaryDir directory(QDir::tempPath() + QLatin1String("/bookwarden-pg-XXXXXX"));
    directory.setAutoRemove(false);
    if (!directory.isValid() || !QDir(directory.path()).mkdir(QStringLiteral("data")))
        return {};
    QFile owner(directory.filePath(QStringLiteral("owner.pid")));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(pid)) < 0)
        return {};
    return directory.path();
}

bool writeOwner(const QString &directory, qint64 pid)
{
    QFile owner(directory + QLatin1String("/owner.pid"));
    return owner.open(QIODevice::WriteOnly | QIODevice::Truncate) && owner.write(QByteArray::number(pid)) > 0;
}

QString serverUrl(int port)
{
    return QStringLiteral("postgresql://bookwarden@127.0.0.1:%1/postgres?sslmode=disable").arg(port);
}
} // namespace

// The PostgreSQL server that the PostgreSQL tests start for themselves: databases, SQL from outside,
// stopping and starting again, the QPSQL driver, and the cleanup of servers that killed tests left behind.
class TestTemporaryPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        TemporaryPostgres &server = TemporaryPostgres::shared();
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        qInfo("shared server: initdb %lld ms, start %lld ms, %lld ms in all (leftover sweep included)",
              server.initdbMilliseconds(), server.startMilliseconds(), timer.elapsed());
        QVERIFY(server.port() > 0);
        QVERIFY(QFileInfo(server.directory() + QLatin1String("/data/PG_VERSION")).isFile());
        QVERIFY(QFileInfo(server.directory() + QLatin1String("/owner.pid")).isFile());
    }

    void sharedIsOneServer() { QCOMPARE(&TemporaryPostgres::shared(), &TemporaryPostgres::shared()); }

    void createsDistinctReachableDatabases()
    {
        TemporaryPostgres &server = TemporaryPostgres::shared();
        QElapsedTimer timer;
        timer.start();
        const QString first = server.createDatabase();
        const qint64 firstMs = timer.restart();
        const QString second = server.createDatabase();
        qInfo("createDatabase: %lld ms, %lld ms", firstMs, timer.elapsed());
        QVERIFY2(!first.isEmpty(), qPrintable(server.error()));
        QVERIFY2(!second.isEmpty(), qPrintable(server.error()));
        QVERIFY(first != second);
        QVERIFY(
            first.startsWith(QStringLiteral("postgresql://bookwarden@127.0.0.1:%1/bw_").arg(server.port())));
        QVERIFY(first.endsWith(QLatin1String("?sslmode=disable")));

        for (const QString &url : {first, second}) {
            QString answer;
            QVERIFY2(server.runSql(url, QStringLiteral("SELECT current_database(), current_user"), &answer),
                     qPrintable(server.error()));
            QCOMPARE(answer, databaseName(url) + QLatin1String("|bookwarden"));
            // The name alone reaches it too.
            QVERIFY2(server.runSql(databaseName(url), QStringLiteral("SELECT current_database()"), &answer),
                     qPrintable(server.error()));
            QCOMPARE(answer, databaseName(url));
        }
    }

    void runsSqlFromOutside()
    {
        TemporaryPostgres &server = TemporaryPostgres::shared();
        const QString url = server.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(server.error()));
        QVERIFY2(
            server.runSql(url, QStringLiteral("CREATE TABLE shelf (title text NOT NULL, pages integer)")),
            qPrintable(server.error()));
        QVERIFY2(server.runSql(url, QStringLiteral("INSERT INTO shelf VALUES ('Dune', 412), ('Émile', 9)")),
                 qPrintable(server.error()));
        QString rows;
        QVERIFY2(server.runSql(url, QStringLiteral("SELECT title, pages FROM shelf ORDER BY pages"), &rows),
                 qPrintable(server.error()));
        QCOMPARE(rows, QStringLiteral("Émile|9\nDune|412"));

        // A database is its own: the table is not in another one.
        const QString other = server.createDatabase();
        QVERIFY(!server.runSql(other, QStringLiteral("SELECT count(*) FROM shelf")));
        QVERIFY2(server.error().contains(QLatin1String("does not exist")), qPrintable(server.error()));

        // A failing statement fails the call, and nothing sent with it is applied.
        QVERIFY(!server.runSql(url,
                               QStringLiteral("INSERT INTO shelf VALUES (NULL, 1); "
                                              "INSERT INTO shelf VALUES ('Later', 2)")));
        QVERIFY(server.runSql(url, QStringLiteral("SELECT count(*) FROM shelf"), &rows));
        QCOMPARE(rows, QStringLiteral("2"));
    }

    void qpsqlDriverConnects()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the QPSQL driver is missing: install Debian's libqt6sql6-psql");
        TemporaryPostgres &server = TemporaryPostgres::shared();
        const QString url = server.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(server.error()));
        const QString connectionName = QStringLiteral("tst_temporarypostgres");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            database.setHostName(server.host());
            database.setPort(server.port());
            database.setUserName(server.user());
            database.setDatabaseName(databaseName(url));
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY2(query.exec(QStringLiteral("SELECT version()")), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toString().startsWith(QLatin1String("PostgreSQL")),
                     qPrintable(query.value(0).toString()));

            // What the driver writes, psql reads: the same database.
            QVERIFY2(query.exec(QStringLiteral("CREATE TABLE seen (word text)")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO seen VALUES (?)")));
            query.addBindValue(QStringLiteral("über"));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            // The prepared statement is freed on the open connection, not after close().
            query.clear();
            database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        QString word;
        QVERIFY2(server.runSql(url, QStringLiteral("SELECT word FROM seen"), &word),
                 qPrintable(server.error()));
        QCOMPARE(word, QStringLiteral("über"));
    }

    void stopsAndStartsAgainWithItsData()
    {
        TemporaryPostgres &server = TemporaryPostgres::shared();
        const QString url = server.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(server.error()));
        QVERIFY2(server.runSql(url, QStringLiteral("CREATE TABLE kept AS SELECT 42 AS answer")),
                 qPrintable(server.error()));
        const int port = server.port();

        QElapsedTimer timer;
        timer.start();
        QVERIFY2(server.stop(), qPrintable(server.error()));
        const qint64 stopMs = timer.restart();
        QVERIFY(!server.isRunning());
        QVERIFY(!server.runSql(url, QStringLiteral("SELECT 1")));
        QVERIFY2(server.error().contains(QLatin1String("psql failed")), qPrintable(server.error()));

        QVERIFY2(server.startAgain(), qPrintable(server.error()));
        qInfo("stop %lld ms, start again %lld ms", stopMs, timer.elapsed());
        QVERIFY(server.isRunning());
        QCOMPARE(server.port(), port);
        QString answer;
        QVERIFY2(server.runSql(url, QStringLiteral("SELECT answer FROM kept"), &answer),
                 qPrintable(server.error()));
        QCOMPARE(answer, QStringLiteral("42"));
    }

    void removesWhatDeadProcessesLeftAndNothingElse()
    {
        const qint64 dead = deadPid();
        QVERIFY(dead > 0);
        const QString deadDirectory = fakeServerDirectory(dead);
        const QString liveDirectory = fakeServerDirectory(::getpid());
        QVERIFY(!deadDirectory.isEmpty());
        QVERIFY(!liveDirectory.isEmpty());

        // A running server whose owner is gone, as a test killed by its timeout leaves it.
        auto orphan = std::make_unique<TemporaryPostgres>();
        QVERIFY2(orphan->start(), qPrintable(orphan->error()));
        const QString orphanDirectory = orphan->directory();
        const int orphanPort = orphan->port();
        QVERIFY(writeOwner(orphanDirectory, dead));

        TemporaryPostgres &shared = TemporaryPostgres::shared();
        QString nextDirectory;
        int nextPort = 0;
        {
            TemporaryPostgres next;
            QVERIFY2(next.start(), qPrintable(next.error()));
            nextDirectory = next.directory();
            nextPort = next.port();
            QVERIFY(next.runSql(QStringLiteral("postgres"), QStringLiteral("SELECT 1")));

            QVERIFY(!QFileInfo::exists(deadDirectory));
            QVERIFY(!QFileInfo::exists(orphanDirectory));
            QVERIFY(!shared.runSql(serverUrl(orphanPort), QStringLiteral("SELECT 1")));
            // This process is alive: its directories and its servers stay.
            QVERIFY(QFileInfo::exists(liveDirectory));
            QVERIFY(QFileInfo::exists(shared.directory()));
            QVERIFY2(shared.runSql(QStringLiteral("postgres"), QStringLiteral("SELECT 1")),
                     qPrintable(shared.error()));

            // start() after stop() is a fresh cluster in a new directory; the stopped one goes.
            const QString before = next.createDatabase();
            QVERIFY2(before.endsWith(QLatin1String("/bw_1?sslmode=disable")), qPrintable(next.error()));
            QVERIFY2(next.stop(), qPrintable(next.error()));
            QVERIFY2(next.start(), qPrintable(next.error()));
            QVERIFY(!QFileInfo::exists(nextDirectory));
            QVERIFY(next.directory() != nextDirectory);
            QVERIFY(!next.runSql(QStringLiteral("bw_1"), QStringLiteral("SELECT 1")));
            QVERIFY2(next.error().contains(QLatin1String("does not exist")), qPrintable(next.error()));
            nextDirectory = next.directory();
            nextPort = next.port();
        }
        // The destructor stops its server and removes its directory.
        QVERIFY(!QFileInfo::exists(nextDirectory));
        QVERIFY(!shared.runSql(serverUrl(nextPort), QStringLiteral("SELECT 1")));
        // The orphan's own destructor finds nothing left to do.
        orphan.reset();
        QVERIFY(QDir(liveDirectory).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(TestTemporaryPostgres)
#include "tst_temporarypostgres.moc"
