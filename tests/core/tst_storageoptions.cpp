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
    void init() { qunsetenv("BOOKWARDEN_DATA_DIR"); }

    void defaultsToTheApplicationDataLocation()
    {
        const Result<StorageLocation> location = resolve({});
        QVERIFY(location.ok());
        QCOMPARE(location->dataDirectory, QDir::cleanPath(StorageOptions::defaultDataDirectory()));
        QCOMPARE(location->databaseUrl,
                 QStringLiteral("sqlite://") + location->dataDirectory + QStringLiteral("/bookwarden.db"));
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
