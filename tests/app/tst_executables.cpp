#include "common/Version.h"

#include <QProcess>
#include <QProcessEnvironment>
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
