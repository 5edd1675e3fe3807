#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

// The layers of docs/ARCHITECTURE.md, checked on the sources: core/ includes no Gui, Widgets, Network or
// HttpServer header; server/ no Gui or Widgets; ui/ only the server's public start/stop/status interface;
// nothing outside core/ speaks SQL or OpenSSL except the server's TLS code; the HTTP engine (server/http)
// includes nothing of the routes, the server options or the apps; core/jose does not reach up into
// core/inspector, the Token Inspector built on it.
class TestArchitecture : public QObject
{
    Q_OBJECT

private:
    static QString sourceRoot() { return qEnvironmentVariable("BOOKWARDEN_SOURCE_DIR"); }

    // "file:line: include" for every #include in `folder` matching `forbidden`.
    static QStringList offendingIncludes(const QString &folder, const QRegularExpression &forbidden)
    {
        QStringList offences;
        QDirIterator it(sourceRoot() + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                const QRegularExpressionMatch match = include.match(text);
                if (match.hasMatch() && forbidden.match(match.captured(1)).hasMatch())
                    offences << QStringLiteral("%1:%2: %3")
                                    .arg(path.mid(sourceRoot().size() + 1))
                                    .arg(line)
                                    .arg(match.captured(1));
            }
        }
        return offences;
    }

private slots:
    void initTestCase() { QVERIFY2(!sourceRoot().isEmpty(), "BOOKWARDEN_SOURCE_DIR is not set"); }

    void layersIncludeOnlyWhatTheyMayUse_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("forbidden");
        const QString gui = QStringLiteral(
            "^(QtGui|QtWidgets)/|^Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Icon|"
            "MainWindow|Dialog|PushButton|Label|LineEdit|Clipboard|Font|Color)$");
        QTest::newRow("core: no Gui, Widgets, Network or HttpServer") << QStringLiteral("core")
                                                                      << gui
                + QStringLiteral("|^(QtNetwork|QtHttpServer)/"
                                 "|^Q(TcpSocket|TcpServer|SslSocket|HostAddress|NetworkAccessManager|"
                                 "AbstractHttpServer|HttpServer\\w*)$");
        QTest::newRow("server: no Gui or Widgets") << QStringLiteral("server") << gui;
        QTest::newRow("ui: no SQL, no OpenSSL")
            << QStringLiteral("ui")
            << QStringLiteral("^(QtSql)/|^QSql\\w+$|^openssl/|^sqlite3\\.h$|^argon2\\.h$");
        QTest::newRow("server: no SQL, no Argon2")
            << QStringLiteral("server") << QStringLiteral("^(QtSql)/|^QSql\\w+$|^sqlite3\\.h$|^argon2\\.h$");
        QTest::newRow("core/tokens: accounts only through UserService")
            << QStringLiteral("core/tokens") << QStringLiteral("^users/UserRepository\\.h$");
        QTest::newRow("core/jose: not the Token Inspector built on it")
            << QStringLiteral("core/jose") << QStringLiteral("(^|/)inspector/");
    }
    void layersIncludeOnlyWhatTheyMayUse()
    {
        QFETCH(QString, folder);
        QFETCH(QString, forbidden);
        const QStringList offences = offendingIncludes(folder, QRegularExpression(forbidden));
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }

    void uiUsesOnlyTheServersPublicInterface()
    {
        // The Server tab starts, stops and watches the embedded server through ApiServer, the options it
        // takes and the request records its metrics hand out, and makes a self-signed certificate for it;
        // the HTTP engine and the routes stay private.
        const QStringList publicInterface {QStringLiteral("ApiServer.h"), QStringLiteral("ServerOptions.h"),
                                           QStringLiteral("HttpMetrics.h"),
                                           QStringLiteral("SelfSignedCertificate.h")};
        QStringList privateHeaders;
        QDirIterator it(sourceRoot() + QStringLiteral("/server"), {QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (!publicInterface.contains(name))
                privateHeaders << QRegularExpression::escape(name);
        }
        QVERIFY(privateHeaders.contains(QStringLiteral("HttpServer\\.h")));
        const QRegularExpression forbidden(QStringLiteral("^(") + privateHeaders.join(QLatin1Char('|'))
                                           + QStringLiteral(")$"));
        const QStringList offences = offendingIncludes(QStringLiteral("ui"), forbidden);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
        // And the check sees the interface it allows.
        QVERIFY(
            !offendingIncludes(QStringLiteral("ui"), QRegularExpression(QStringLiteral("^ApiServer\\.h$")))
                 .isEmpty());
    }

    void theHttpEngineIncludesNothingOfTheApiOrTheApps()
    {
        // server/http is an HTTP/1.1 server and nothing else: it knows no route, no server option, no app.
        QStringList outside;
        for (const QString &folder :
             {QStringLiteral("server/api"), QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(sourceRoot() + QLatin1Char('/') + folder, {QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                outside << QRegularExpression::escape(QFileInfo(it.next()).fileName());
        }
        QVERIFY(outside.contains(QStringLiteral("ApiRoutes\\.h")));
        outside << QStringLiteral("ServerOptions\\.h");
        const QRegularExpression forbidden(QStringLiteral("(^|/)(") + outside.join(QLatin1Char('|'))
                                           + QStringLiteral(")$"));
        const QStringList offences = offendingIncludes(QStringLiteral("server/http"), forbidden);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
        // And the check sees such an include where there is one.
        QVERIFY(!offendingIncludes(QStringLiteral("server/api"), forbidden).isEmpty());
    }

    void opensslStaysInItsFiles()
    {
        // Crypto behind small wrappers: no header anywhere names OpenSSL.
        QStringList offences;
        for (const QString &folder :
             {QStringLiteral("core"), QStringLiteral("server"), QStringLiteral("ui")}) {
            for (const QString &offence :
                 offendingIncludes(folder, QRegularExpression(QStringLiteral("^openssl/")))) {
                if (offence.section(QLatin1Char(':'), 0, 0).endsWith(QLatin1String(".h")))
                    offences << offence;
            }
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }

    void theCheckFindsAViolation()
    {
        // The scanner itself works: server/ does include Qt Network headers.
        QVERIFY(!offendingIncludes(QStringLiteral("server"), QRegularExpression(QStringLiteral("^QTcp")))
                     .isEmpty());
        // And core's own folders are included the way the core/jose row expects: the inspector's users
        // name it as inspector/….
        QVERIFY(!offendingIncludes(QStringLiteral("ui"), QRegularExpression(QStringLiteral("^inspector/")))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
