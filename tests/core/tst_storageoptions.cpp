#include "common/StorageOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTest>

class TestStorageOptions : public QObject
{
    Q_OBJECT

private:
    static Result<StorageLocation> resolve(const QStringList &arguments)
    {
        QCommandLineParser parser;
        StorageOptions::addTo(parser);
        if (!parser.parse(QStringList {QStringLiteral("bookwarden")} + arguments))
            return Error::invalid(ErrorCode::InvalidInput, parser.errorText());
        return StorageOptions::resolve(parser);
    }

private slots:
    void init()
    {
        qunsetenv("BOOKWARDEN_DATA_DIR");
        qunsetenv("BOOKWARDEN_DATABASE_URL");
    }

    void defaultsToTheApplicationDataLocation()
    {
        const Result<StorageLocation> location = resolve({});
        QVERIFY(location.ok());
        QCOMPARE(location->dataDirectory, QDir::cleanPath(StorageOptions::defaultDataDirectory()));
        QCOMPARE(location->databaseUrl,
                 QStringLiteral("sqlite://") + location->dataDirectory + QStringLiteral("/bookwarden.db"));
        // Nothing named it: the desktop app may open the database it remembers instead.
        QVERIFY(!location->chosen);
    }

    // Each way of naming the database makes it the one to open, over what the desktop app remembers.
    void namingTheDatabaseIsAChoice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("--data-dir") << QStringList {QStringLiteral("--data-dir"), QStringLiteral("/tmp/d")}
                                    << QString() << QString();
        QTest::newRow("--database") << QStringList {QStringLiteral("--database"),
                                                    QStringLiteral("sqlite:///tmp/d.db")}
                                    << QString() << QString();
        QTest::newRow("BOOKWARDEN_DATA_DIR")
            << QStringList() << QStringLiteral("BOOKWARDEN_DATA_DIR") << QStringLiteral("/tmp/d");
        QTest::newRow("BOOKWARDEN_DATABASE_URL") << QStringList() << QStringLiteral("BOOKWARDEN_DATABASE_URL")
                                                 << QStringLiteral("sqlite:///tmp/d.db");
    }
    void namingTheDatabaseIsAChoice()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        if (!variable.isEmpty())
            qputenv(qPrintable(variable), value.toUtf8());
        const Result<StorageLocation> location = resolve(arguments);
        QVERIFY(location.ok());
        QVERIFY(location->chosen);
    }

    void environmentOverridesTheDefault()
    {
        qputenv("BOOKWARDEN_DATA_DIR", "/tmp/from-environment");
        const Result<StorageLocation> location = resolve({});
        QVERIFY(location.ok());
        QCOMPARE(location->dataDirectory, QStringLiteral("/tmp/from-environment"));
        QCOMPARE(location->databaseUrl, QStringLiteral("sqlite:///tmp/from-environment/bookwarden.db"));
    }

    void optionOverridesTheEnvironment()
    {
        qputenv("BOOKWARDEN_DATA_DIR", "/tmp/from-environment");
        const Result<StorageLocation> location
            = resolve({QStringLiteral("--data-dir"), QStringLiteral("/tmp/x/../opt")});
        QVERIFY(location.ok());
        QCOMPARE(location->dataDirectory, QStringLiteral("/tmp/opt"));
    }

    void databaseUrlIsTakenAsGiven()
    {
        const Result<StorageLocation> location
            = resolve({QStringLiteral("--database"), QStringLiteral("sqlite:///srv/books.db")});
        QVERIFY(location.ok());
        QCOMPARE(location->databaseUrl, QStringLiteral("sqlite:///srv/books.db"));
    }

    void emptyDataDirectoryIsRefused()
    {
        const Result<StorageLocation> location = resolve({QStringLiteral("--data-dir"), QStringLiteral(" ")});
        QVERIFY(!location.ok());
        QVERIFY(location.error().fields().contains(QStringLiteral("data-dir")));
    }
};

QTEST_GUILESS_MAIN(TestStorageOptions)
#include "tst_storageoptions.moc"
