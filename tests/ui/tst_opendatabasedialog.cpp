#include "BackendOpener.h"
#include "DesktopSession.h"
#include "GuiFixture.h"
#include "InlineFieldErrors.h"
#include "Localization.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "StoredDatabaseUrl.h"
#include "TemporaryPostgres.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// File ▸ Open Database… and its dialog: what the fields accept, a PostgreSQL database of the test's own
// server opened through the widgets (the window then works on it, and the password stays out of the
// settings), and a server that cannot be reached (the dialog says so and the old database stays in use).
class TestOpenDatabaseDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    Localization m_localization;

    // A session on a fresh SQLite database of this test, as the app has after its start.
    std::unique_ptr<DesktopSession> sqliteSession(const QString &fileName)
    {
        Result<OpenedBackend> opened
            = BackendOpener::open(DatabaseUrl::sqliteFile(m_data.filePath(fileName)));
        if (!opened) {
            QTest::qFail(qPrintable(opened.error().detailedMessage()), __FILE__, __LINE__);
            return nullptr;
        }
        auto session = std::make_unique<DesktopSession>(m_localization);
        session->adopt(std::move(opened).value());
        if (!QTest::qWaitForWindowExposed(session->window()))
            QTest::qFail("the main window was not exposed", __FILE__, __LINE__);
        return session;
    }

    // File ▸ Open Database… on the session's window, and the dialog it opens.
    static OpenDatabaseDialog *openDialog(DesktopSession &session)
    {
        session.window()->openDatabaseAction()->trigger();
        return GuiFixture::visible<OpenDatabaseDialog>(u"openDatabaseDialog"_s);
    }

    static void clickOpen(OpenDatabaseDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
    }

    template<typename T>
    static T *field(QWidget *dialog, const QString &name)
    {
        T *found = dialog->findChild<T *>(name);
        if (!found)
            QTest::qFail(qPrintable(u"no field "_s + name), __FILE__, __LINE__);
        return found;
    }

    static QString generalError(QWidget *dialog)
    {
        const auto *label = dialog->findChild<QLabel *>(u"generalError"_s);
        return label && label->isVisible() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"bookwarden-tests"_s);
        QCoreApplication::setApplicationName(u"tst_opendatabasedialog"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        m_localization.apply(u"en"_s);
        qRegisterMetaType<MainWindow *>();
        // No generated-password dialog over the window of a new database.
        qputenv("BOOKWARDEN_ADMIN_PASSWORD", "Opening-Databases-42");
    }

    void init() { QSettings().clear(); }

    void fieldsSayWhatIsMissing_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QStringList>("values"); // file | host | database | user | url
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const int sqlite = int(OpenDatabaseDialog::Source::SqliteFile);
        const int server = int(OpenDatabaseDialog::Source::PostgresqlServer);
        const int url = int(OpenDatabaseDialog::Source::Url);
        QTest::newRow("no file") << sqlite << QStringList {u""_s, u""_s, u""_s, u""_s, u""_s} << u"file"_s
                                 << u"Choose the database file"_s;
        QTest::newRow("relative file") << sqlite << QStringList {u"books.db"_s, u""_s, u""_s, u""_s, u""_s}
                                       << u"file"_s << u"must be absolute"_s;
        QTest::newRow("no host") << server << QStringList {u""_s, u""_s, u"bw"_s, u"ann"_s, u""_s}
                                 << u"host"_s << u"host name or address"_s;
        QTest::newRow("host with a space")
            << server << QStringList {u""_s, u"db host"_s, u"bw"_s, u"ann"_s, u""_s} << u"host"_s
            << u"names a host and a database"_s;
        QTest::newRow("no database") << server << QStringList {u""_s, u"db"_s, u""_s, u"ann"_s, u""_s}
                                     << u"databaseName"_s << u"name of the database"_s;
        QTest::newRow("no user") << server << QStringList {u""_s, u"db"_s, u"bw"_s, u""_s, u""_s} << u"user"_s
                                 << u"user to connect as"_s;
        QTest::newRow("no url") << url << QStringList {u""_s, u""_s, u""_s, u""_s, u""_s} << u"url"_s
                                << u"Paste a database URL"_s;
        QTest::newRow("unknown scheme") << url << QStringList {u""_s, u""_s, u""_s, u""_s, u"mysql://db/bw"_s}
                                        << u"url"_s << u"Unknown database scheme"_s;
        QTest::newRow("unknown sslmode")
            << url << QStringList {u""_s, u""_s, u""_s, u""_s, u"postgresql://ann@db/bw?sslmode=sometimes"_s}
            << u"url"_s << u"sslmode must be one of"_s;
        QTest::newRow("no user in url")
            << url << QStringList {u""_s, u""_s, u""_s, u""_s, u"postgresql://db:5432/bw"_s} << u"url"_s
            << u"names the user to connect as"_s;
    }

    void fieldsSayWhatIsMissing()
    {
        QFETCH(int, source);
        QFETCH(QStringList, values);
        QFETCH(QString, field);
        QFETCH(QString, message);

        OpenDatabaseDialog dialog;
        dialog.show();
        dialog.setSource(OpenDatabaseDialog::Source(source));
        this->field<QLineEdit>(&dialog, u"file"_s)->setText(values.at(0));
        this->field<QLineEdit>(&dialog, u"host"_s)->setText(values.at(1));
        this->field<QLineEdit>(&dialog, u"databaseName"_s)->setText(values.at(2));
        this->field<QLineEdit>(&dialog, u"user"_s)->setText(values.at(3));
        this->field<QLineEdit>(&dialog, u"url"_s)->setText(values.at(4));
        clickOpen(&dialog);

        QVERIFY2(dialog.fieldMessage(field).contains(message), qPrintable(dialog.fieldMessage(field)));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // The message is where the administrator looks: under the field, on the page shown.
        const auto *shown = dialog.findChild<QLabel *>(u"fieldError_"_s + field);
        QVERIFY(shown && shown->isVisible());
    }

    void passwordOnlyForServers()
    {
        OpenDatabaseDialog dialog;
        dialog.show();
        auto *password = field<QLineEdit>(&dialog, u"password"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!password->isVisible()); // SQLite first
        dialog.setSource(OpenDatabaseDialog::Source::PostgresqlServer);
        QVERIFY(password->isVisible());
        dialog.setSource(OpenDatabaseDialog::Source::Url);
        QVERIFY(password->isVisible());
    }

    void fieldsFilledFromUrl()
    {
        OpenDatabaseDialog dialog;
        const DatabaseUrl plain
            = DatabaseUrl::parse(u"postgresql://ann@db.example.org:5433/books?sslmode=verify-full"_s).value();
        dialog.setDatabaseUrl(plain);
        QCOMPARE(dialog.source(), OpenDatabaseDialog::Source::PostgresqlServer);
        QCOMPARE(field<QLineEdit>(&dialog, u"host"_s)->text(), u"db.example.org"_s);
        QCOMPARE(field<QSpinBox>(&dialog, u"port"_s)->value(), 5433);
        QCOMPARE(field<QLineEdit>(&dialog, u"databaseName"_s)->text(), u"books"_s);
        QCOMPARE(field<QLineEdit>(&dialog, u"user"_s)->text(), u"ann"_s);
        QCOMPARE(field<QComboBox>(&dialog, u"sslMode"_s)->currentData().toString(), u"verify-full"_s);
        field<QLineEdit>(&dialog, u"password"_s)->setText(u"typed secret"_s);
        const Result<DatabaseUrl> read = dialog.databaseUrl();
        QVERIFY(read);
        QCOMPARE(read->toString(), plain.toString());
        QCOMPARE(read->password(), u"typed secret"_s);

        // Options the fields cannot show keep the URL page, so that nothing is lost.
        const DatabaseUrl tuned
            = DatabaseUrl::parse(u"postgresql://ann@db.example.org/books?connect_timeout=2"_s).value();
        dialog.setDatabaseUrl(tuned);
        QCOMPARE(dialog.source(), OpenDatabaseDialog::Source::Url);
        QCOMPARE(dialog.databaseUrl()->toString(), tuned.toString());

        const DatabaseUrl file = DatabaseUrl::sqliteFile(m_data.filePath(u"some.db"_s));
        dialog.setDatabaseUrl(file);
        QCOMPARE(dialog.source(), OpenDatabaseDialog::Source::SqliteFile);
        QCOMPARE(dialog.databaseUrl()->toString(), file.toString());
    }

    void passwordProblemsAreRecognised_data()
    {
        QTest::addColumn<QString>("libpqText");
        QTest::addColumn<int>("problem");
        const int missing = int(BackendOpener::PasswordProblem::Missing);
        const int refused = int(BackendOpener::PasswordProblem::Refused);
        const int none = int(BackendOpener::PasswordProblem::None);
        QTest::newRow("none given") << u"fe_sendauth: no password supplied"_s << missing;
        QTest::newRow("refused") << u"FATAL:  password authentication failed for user \"ann\""_s << refused;
        QTest::newRow("refused connection")
            << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused"_s << none;
        QTest::newRow("no database") << u"FATAL:  database \"nothing\" does not exist"_s << none;
    }

    void passwordProblemsAreRecognised()
    {
        QFETCH(QString, libpqText);
        QFETCH(int, problem);
        const Error error(ErrorKind::Storage, ErrorCode::DatabaseUnreachable,
                          u"Cannot connect to the PostgreSQL database %1: %2"_s,
                          {u"ann@db:5432/bw"_s, libpqText});
        QCOMPARE(int(BackendOpener::passwordProblem(error)), problem);
        QCOMPARE(BackendOpener::needsPassword(error), problem != int(BackendOpener::PasswordProblem::None));
    }

    void opensPostgresqlDatabase()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const Result<DatabaseUrl> target = DatabaseUrl::parse(postgres.createDatabase());
        QVERIFY2(target, qPrintable(postgres.error()));

        std::unique_ptr<DesktopSession> session = sqliteSession(u"before-postgresql.db"_s);
        QVERIFY(session);
        MainWindow *before = session->window();
        QSignalSpy replaced(session.get(), &DesktopSession::windowReplaced);
        OpenDatabaseDialog *dialog = openDialog(*session);
        QVERIFY(dialog);
        // It starts from the database in use.
        QCOMPARE(dialog->source(), OpenDatabaseDialog::Source::SqliteFile);
        QCOMPARE(field<QLineEdit>(dialog, u"file"_s)->text(), m_data.filePath(u"before-postgresql.db"_s));

        QTest::mouseClick(field<QRadioButton>(dialog, u"postgresqlSource"_s), Qt::LeftButton);
        QTest::keyClicks(field<QLineEdit>(dialog, u"host"_s), target->host());
        field<QSpinBox>(dialog, u"port"_s)->setValue(target->port());
        QTest::keyClicks(field<QLineEdit>(dialog, u"databaseName"_s), target->databaseName());
        QTest::keyClicks(field<QLineEdit>(dialog, u"user"_s), target->user());
        auto *sslMode = field<QComboBox>(dialog, u"sslMode"_s);
        sslMode->setCurrentIndex(sslMode->findData(u"disable"_s));
        // The test server trusts its role whatever the password: what matters is where the password goes.
        const QString password = u"Not-In-Settings-7f3a9c"_s;
        QTest::keyClicks(field<QLineEdit>(dialog, u"password"_s), password);
        clickOpen(dialog);

        QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 20000);
        MainWindow *after = session->window();
        QVERIFY(after != before);
        QVERIFY(after->isVisible());
        QCOMPARE(session->backend()->database().url().displayName(), target->displayName());
        const auto *database = after->findChild<QLabel *>(u"databasePath"_s);
        QCOMPARE(database->text(), u"Database: "_s + target->displayName());
        QCOMPARE(after->windowTitle().contains(target->databaseName()), true);
        QTRY_VERIFY(!LiveTableModel::anyReading(after));

        // The typed password reached the connections, and nothing else.
        QCOMPARE(session->backend()->database().connection().database().password(), password);
        QSettings settings;
        QCOMPARE(settings.value(u"database/url"_s).toString(), target->toString());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(target->databaseName().toUtf8()));
        QVERIFY(!stored.contains(password.toUtf8()));
        const std::optional<DatabaseUrl> remembered = StoredDatabaseUrl::read();
        QVERIFY(remembered);
        QCOMPARE(remembered->toString(), target->toString());
        QVERIFY(remembered->password().isEmpty());
    }

    // A database of the test server that takes only a password (scram-sha-256) on 127.0.0.1, through a line
    // of pg_hba.conf for that database alone; the server's other databases stay trusted.
    void passwordIsAskedForAndRefusedUntilRight()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const Result<DatabaseUrl> target = DatabaseUrl::parse(postgres.createDatabase());
        QVERIFY2(target, qPrintable(postgres.error()));
        const QString password = u"Right-Password-51b2"_s;
        QString hbaPath;
        QVERIFY2(postgres.runSql(u"postgres"_s,
                                 u"ALTER ROLE bookwarden PASSWORD '%1'; SHOW hba_file"_s.arg(password),
                                 &hbaPath),
                 qPrintable(postgres.error()));
        QFile hba(hbaPath.trimmed());
        QVERIFY2(hba.open(QIODevice::ReadOnly), qPrintable(hba.fileName()));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("host " + target->databaseName().toUtf8() + " all 127.0.0.1/32 scram-sha-256\n" + rules);
        hba.close();
        QVERIFY2(postgres.runSql(u"postgres"_s, u"SELECT pg_reload_conf()"_s), qPrintable(postgres.error()));
        // libpq's other sources of a password stay out of it.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_data.filePath(u"no-pgpass"_s)));

        std::unique_ptr<DesktopSession> session = sqliteSession(u"before-password.db"_s);
        QVERIFY(session);
        QSignalSpy replaced(session.get(), &DesktopSession::windowReplaced);
        OpenDatabaseDialog *dialog = openDialog(*session);
        QVERIFY(dialog);
        dialog->setDatabaseUrl(target.value());
        QCOMPARE(dialog->source(), OpenDatabaseDialog::Source::PostgresqlServer);

        clickOpen(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldMessage(u"password"_s).isEmpty(), 15000);
        QCOMPARE(dialog->fieldMessage(u"password"_s), u"The server asks for a password."_s);
        QVERIFY2(generalError(dialog).contains(u"no password supplied"_s), qPrintable(generalError(dialog)));

        auto *passwordField = field<QLineEdit>(dialog, u"password"_s);
        QTest::keyClicks(passwordField, u"wrong"_s);
        clickOpen(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->fieldMessage(u"password"_s), u"The server refused this password."_s,
                                  15000);
        QVERIFY2(generalError(dialog).contains(u"password authentication failed"_s),
                 qPrintable(generalError(dialog)));
        QCOMPARE(replaced.count(), 0);

        passwordField->setText(password);
        clickOpen(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 20000);
        QCOMPARE(session->backend()->database().url().displayName(), target->displayName());
        QTRY_VERIFY(!LiveTableModel::anyReading(session->window()));
        QSettings settings;
        settings.sync();
        QFile stored(settings.fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(password.toUtf8()));
    }

    void unreachableServerKeepsTheDatabaseInUse()
    {
        std::unique_ptr<DesktopSession> session = sqliteSession(u"stays.db"_s);
        QVERIFY(session);
        Backend *before = session->backend();
        MainWindow *window = session->window();
        OpenDatabaseDialog *dialog = openDialog(*session);
        QVERIFY(dialog);
        QTest::mouseClick(field<QRadioButton>(dialog, u"urlSource"_s), Qt::LeftButton);
        auto *url = field<QLineEdit>(dialog, u"url"_s);
        url->clear();
        QTest::keyClicks(url, u"postgresql://bookwarden@127.0.0.1:1/nothing?sslmode=disable"_s);
        clickOpen(dialog);

        QTRY_VERIFY_WITH_TIMEOUT(!generalError(dialog).isEmpty(), 15000);
        QVERIFY2(generalError(dialog).contains(u"Cannot connect to the PostgreSQL database"_s),
                 qPrintable(generalError(dialog)));
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->fieldMessage(u"password"_s).isEmpty()); // not a password problem
        QCOMPARE(session->backend(), before);
        QCOMPARE(session->window(), window);
        QCOMPARE(window->findChild<QLabel *>(u"databasePath"_s)->text(),
                 u"Database: "_s + m_data.filePath(u"stays.db"_s));
        QVERIFY(!QSettings().contains(u"database/url"_s));
        // The old database still works.
        QVERIFY(before->database().checkHealth());
        dialog->reject();
    }
};

QTEST_MAIN(TestOpenDatabaseDialog)
#include "tst_opendatabasedialog.moc"
