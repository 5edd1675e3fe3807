#include "TemporaryPostgres.h"
#include "common/Version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, like a headless machine.
Run run(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList executables()
{
    QStringList programs {QStringLiteral(BOOKWARDEN_SERVER_EXECUTABLE)};
#ifdef BOOKWARDEN_GUI_EXECUTABLE
    programs << QStringLiteral(BOOKWARDEN_GUI_EXECUTABLE);
#endif
    return programs;
}
} // namespace

class TestExecutables : public QObject
{
    Q_OBJECT

private slots:
    void versionComesFromCMakeProject_data()
    {
        QTest::addColumn<QString>("program");
        for (const QString &program : executables())
            QTest::newRow(qPrintable(program.section(QLatin1Char('/'), -1))) << program;
    }
    void versionComesFromCMakeProject()
    {
        QFETCH(QString, program);
        const Run result = run(program, {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(),
                 QStringLiteral("bookwarden %1").arg(QLatin1String(Bookwarden::version)));
    }

    void helpDescribesTheOptions_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("options");
        const QStringList storage {QStringLiteral("--data-dir"), QStringLiteral("--database")};
        QTest::newRow("bookwarden-server") << QStringLiteral(BOOKWARDEN_SERVER_EXECUTABLE)
                                           << storage
                + QStringList {QStringLiteral("--bind"), QStringLiteral("--port"),
                               QStringLiteral("--threads"), QStringLiteral("--tls-cert"),
                               QStringLiteral("--tls-key")};
#ifdef BOOKWARDEN_GUI_EXECUTABLE
        QTest::newRow("bookwarden") << QStringLiteral(BOOKWARDEN_GUI_EXECUTABLE) << storage;
#endif
    }
    void helpDescribesTheOptions()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, options);
        const Run result = run(program, {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Usage:")), qPrintable(result.out));
        for (const QString &option : options)
            QVERIFY2(result.out.contains(option),
                     qPrintable(option + QStringLiteral(" missing in:\n") + result.out));
    }

    void badOptionValueIsAClearErrorNotACrash()
    {
        const Run result = run(QStringLiteral(BOOKWARDEN_SERVER_EXECUTABLE),
                               {QStringLiteral("--port"), QStringLiteral("seventy")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("port")), qPrintable(result.err));
    }

#ifdef BOOKWARDEN_GUI_EXECUTABLE
    // Without --database, --data-dir or their variables, the desktop app opens the database last opened
    // through File ▸ Open Database… (QSettings database/url); BOOKWARDEN_DATA_DIR (like the others) wins.
    void desktopAppOpensTheRememberedDatabase()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const QString remembered = postgres.createDatabase();
        QVERIFY2(!remembered.isEmpty(), qPrintable(postgres.error()));
        QTemporaryDir home;
        {
            QSettings settings(home.filePath(QStringLiteral("config/%1/bookwarden.conf")
                                                 .arg(QLatin1String(Bookwarden::organizationName))),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("database/url"), remembered);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "BOOKWARDEN_DATABASE_URL", "BOOKWARDEN_DATA_DIR"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        environment.insert(QStringLiteral("BOOKWARDEN_ADMIN_PASSWORD"),
                           QStringLiteral("Remembered-Start-42"));
        // Up, painted, and gone again by itself.
        environment.insert(QStringLiteral("BOOKWARDEN_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        environment.insert(QStringLiteral("BOOKWARDEN_QUIT_AFTER_FIRST_PAINT_MS"), QStringLiteral("200"));
        const auto start = [&environment]() -> QString {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(BOOKWARDEN_GUI_EXECUTABLE), {});
            if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
                || process.exitCode() != 0) {
                process.kill();
                process.waitForFinished();
                return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
            }
            return QString();
        };

        QString failure = start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString users;
        QVERIFY2(postgres.runSql(remembered, QStringLiteral("SELECT username FROM users"), &users),
                 qPrintable(postgres.error()));
        QCOMPARE(users, QStringLiteral("admin"));

        // A data directory named in the environment is that run's choice; the remembered database waits.
        const QString untouched = postgres.createDatabase();
        {
            QSettings settings(home.filePath(QStringLiteral("config/%1/bookwarden.conf")
                                                 .arg(QLatin1String(Bookwarden::organizationName))),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("database/url"), untouched);
        }
        environment.insert(QStringLiteral("BOOKWARDEN_DATA_DIR"), home.filePath(QStringLiteral("data")));
        failure = start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/bookwarden.db"))));
        QString tables;
        QVERIFY2(postgres.runSql(untouched,
                                 QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                                 &tables),
                 qPrintable(postgres.error()));
        QCOMPARE(tables, QStringLiteral("0"));
    }
#endif

    void headlessServerLinksNoGuiLibraries()
    {
        const Run result = run(QStringLiteral("ldd"), {QStringLiteral(BOOKWARDEN_SERVER_EXECUTABLE)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("libQt6Core")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("libQt6Gui")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("libQt6Widgets")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
