// The main window as a whole: languages switched at run time, what it remembers, the keyboard, and the
// dialogs shown on the first start and when the database cannot be opened.
#include "ActivityTab.h"
#include "BookDialog.h"
#include "BooksTab.h"
#include "ClaimTableModel.h"
#include "DurationEdit.h"
#include "ErrorMessage.h"
#include "GeneratedPasswordDialog.h"
#include "GuiFixture.h"
#include "InlineFieldErrors.h"
#include "KeyTableModel.h"
#include "KeysTab.h"
#include "ResultAssertions.h"
#include "SecretClipboard.h"
#include "SessionTableModel.h"
#include "SessionsTab.h"
#include "SettingsDialog.h"
#include "StoredTokenSettings.h"
#include "TableReader.h"
#include "TokenInspectorTab.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "VerdictBanner.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "tokens/SignInService.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i);
    return titles;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

QString header(QTableView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;

    void chooseLanguage(const QString &code)
    {
        m_gui->window().settingsAction()->trigger();
        SettingsDialog *settings = GuiFixture::visible<SettingsDialog>();
        QVERIFY(settings);
        QComboBox *language = settings->languageChooser();
        language->setCurrentIndex(language->findData(code));
        QTest::mouseClick(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
    }
    void cleanup()
    {
        m_gui.reset();
        QLocale::setDefault(QLocale::c());
    }

    void theTablesReadOnThreadsOfTheirOwnWithSmallerCaches()
    {
        m_gui->openWindow();
        Database &database = m_gui->backend().database();
        TableReader reader;
        std::atomic<qint64> cache = 0;
        std::atomic<QThread *> thread = nullptr;
        reader.run([&] {
            SqlStatement read(database.connection(), u"PRAGMA cache_size"_s, "readPragma");
            thread = QThread::currentThread();
            cache = read.execute().ok() && read.next() ? read.int64(0) : 1;
        });
        QTRY_VERIFY(cache != 0);
        QVERIFY(thread != QThread::currentThread());
        QCOMPARE(cache.load(), -qint64(TableReader::cacheKiB));
    }

    void switchingTheLanguageRetranslatesTheVisibleWindow()
    {
        MainWindow &window = m_gui->openWindow();
        QCOMPARE(tabTitles(window),
                 (QStringList {u"Users"_s, u"Books"_s, u"Activity"_s, u"Sessions"_s, u"Keys"_s,
                               u"Token Inspector"_s, u"Server"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&File"_s, u"&Users"_s, u"&Books"_s, u"&Sessions"_s, u"&Keys"_s, u"&Tokens"_s,
                               u"Se&rver"_s, u"&View"_s, u"&Help"_s}));

        chooseLanguage(u"de"_s);
        QTRY_COMPARE(tabTitles(window),
                     (QStringList {u"Benutzer"_s, u"Bücher"_s, u"Aktivität"_s, u"Sitzungen"_s, u"Schlüssel"_s,
                                   u"Token-Inspektor"_s, u"Server"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&Datei"_s, u"&Benutzer"_s, u"Bü&cher"_s, u"&Sitzungen"_s, u"Sch&lüssel"_s,
                               u"&Token"_s, u"Se&rver"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
        QCOMPARE(header(window.usersTab()->view(), 0), u"Benutzername"_s);
        QCOMPARE(header(window.booksTab()->view(), 0), u"Titel"_s);
        QCOMPARE(header(window.activityTab()->view(), 1), u"Ereignis"_s);
        QCOMPARE(window.usersTab()->findChild<QAction *>(u"addUserAction"_s)->text(),
                 u"Benutzer &hinzufügen..."_s);
        QVERIFY(window.findChild<QLabel *>(u"databasePath"_s)->text().startsWith(u"Datenbank: "_s));
        // Core's messages follow the language too.
        QCOMPARE(Error::conflict(ErrorCode::UsernameTaken, u"That username is taken."_s).localizedMessage(),
                 u"Dieser Benutzername ist vergeben."_s);
        QCOMPARE(Localization::storedLanguage(), u"de"_s);

        chooseLanguage(u"fr"_s);
        QTRY_COMPARE(tabTitles(window),
                     (QStringList {u"Utilisateurs"_s, u"Livres"_s, u"Activité"_s, u"Sessions"_s, u"Clés"_s,
                                   u"Inspecteur de jetons"_s, u"Serveur"_s}));
        QCOMPARE(header(window.booksTab()->view(), 0), u"Titre"_s);

        chooseLanguage(u"en"_s);
        QTRY_COMPARE(tabTitles(window),
                     (QStringList {u"Users"_s, u"Books"_s, u"Activity"_s, u"Sessions"_s, u"Keys"_s,
                                   u"Token Inspector"_s, u"Server"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&File"_s, u"&Users"_s, u"&Books"_s, u"&Sessions"_s, u"&Keys"_s, u"&Tokens"_s,
                               u"Se&rver"_s, u"&View"_s, u"&Help"_s}));
        QCOMPARE(header(window.usersTab()->view(), 0), u"Username"_s);
    }

    void theTokenTabsFollowTheLanguageWithWhatTheyShow()
    {
        (void)m_gui->backend().signIn().login(u"root"_s, u"correct horse battery"_s, ClientInfo {}).result();
        MainWindow &window = m_gui->openWindow();
        TokenInspectorTab *inspector = window.tokenInspectorTab();
        window.tabs()->setCurrentWidget(inspector);
        inspector->inspectToken(u"eyJhbGciOiJIUzI1NiJ9.ey$$$.c2ln"_s); // malformed, with a reason from core
        const QString englishTitle = inspector->banner()->title();
        const QString englishDetails = inspector->banner()->details();
        QCOMPARE(englishTitle, u"Malformed: this is not a well-formed signed token."_s);

        m_gui->localization().apply(u"de"_s);
        // The inspection already on screen is told again in the new language, core's sentences included.
        QTRY_COMPARE(inspector->banner()->title(),
                     QCoreApplication::translate("TokenInspector",
                                                 "Malformed: this is not a well-formed signed token."));
        QVERIFY(inspector->banner()->title() != englishTitle);
        QVERIFY(inspector->banner()->details() != englishDetails);
        QCOMPARE(inspector->banner()->details(),
                 inspector->inspection()->malformedReason->localizedMessage());
        QCOMPARE(inspector->claims()->headerData(ClaimTableModel::MeaningColumn, Qt::Horizontal).toString(),
                 u"Bedeutung"_s);
        QCOMPARE(header(window.sessionsTab()->view(), SessionTableModel::CreatedColumn), u"Angemeldet"_s);
        QCOMPARE(header(window.keysTab()->view(), KeyTableModel::KidColumn), u"Schlüssel-ID"_s);
        QCOMPARE(window.keysTab()->findChild<QAction *>(u"generateKeyAction"_s)->text(),
                 u"Schlüssel &erzeugen..."_s);
        QCOMPARE(window.sessionsTab()->findChild<QAction *>(u"revokeSessionsAction"_s)->text(),
                 u"Sitzungen &widerrufen..."_s);
        QCOMPARE(
            window.usersTab()->model().headerData(UserTableModel::SessionsColumn, Qt::Horizontal).toString(),
            u"Sitzungen"_s);

        // A valid token's claims and countdown in French.
        m_gui->localization().apply(u"fr"_s);
        inspector->inspectLatest();
        QTRY_COMPARE(inspector->banner()->verdict(), VerdictBanner::Verdict::Valid);
        QCOMPARE(
            inspector->banner()->title(),
            QCoreApplication::translate(
                "TokenInspector", "Valid: the signature matches the key and the claims are acceptable."));
        QVERIFY2(inspector->expiryText().startsWith(u"expire dans"_s), qPrintable(inspector->expiryText()));
    }

    void tokenLifetimesAreAppliedToCoreAndKept()
    {
        MainWindow &window = m_gui->openWindow();
        window.settingsAction()->trigger();
        SettingsDialog *settings = GuiFixture::visible<SettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->accessLifetimeEdit()->seconds(), 15 * 60);
        QCOMPARE(settings->refreshLifetimeEdit()->seconds(), 14 * 24 * 3600);
        QCOMPARE(settings->leewayEdit()->value(), 30);
        QPushButton *ok = settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // Core's rules, under the field they concern; nothing is applied or kept meanwhile.
        settings->refreshLifetimeEdit()->setSeconds(400 * 24 * 3600);
        settings->leewayEdit()->setValue(600);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(settings->isVisible());
        QCOMPARE(settings->fieldErrors().message(u"refresh_lifetime"_s),
                 QCoreApplication::translate("Error", "From 1 hour to 365 days."));
        QCOMPARE(settings->fieldErrors().message(u"leeway"_s),
                 QCoreApplication::translate("Error", "From 0 to 300 seconds."));
        QCOMPARE(m_gui->backend().tokenSettings().refreshLifetimeSeconds, 14 * 24 * 3600);
        QVERIFY(!QSettings().contains(u"tokens/refreshLifetimeSeconds"_s));

        settings->accessLifetimeEdit()->setSeconds(30 * 60);
        settings->refreshLifetimeEdit()->setSeconds(2 * 24 * 3600);
        settings->leewayEdit()->setValue(10);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!GuiFixture::visible<SettingsDialog>());
        const TokenSettings applied = m_gui->backend().tokenSettings();
        QCOMPARE(applied.accessLifetimeSeconds, 30 * 60);
        QCOMPARE(applied.refreshLifetimeSeconds, 2 * 24 * 3600);
        QCOMPARE(applied.leewaySeconds, 10);
        const Result<TokenPair> pair
            = m_gui->backend().signIn().login(u"root"_s, u"correct horse battery"_s, ClientInfo {}).result();
        VERIFY_OK(pair);
        QCOMPARE(pair->expiresIn, 30 * 60);
        QCOMPARE(pair->session.expiresAtMs - pair->session.createdAtMs, 2 * 24 * 3600 * 1000LL);

        // Kept for the next start, where they are handed to core again.
        QCOMPARE(QSettings().value(u"tokens/accessLifetimeSeconds"_s).toLongLong(), 30 * 60);
        QCOMPARE(QSettings().value(u"tokens/refreshLifetimeSeconds"_s).toLongLong(), 2 * 24 * 3600);
        QCOMPARE(QSettings().value(u"tokens/leewaySeconds"_s).toLongLong(), 10);
        TokenSettings defaults;
        VERIFY_OK(m_gui->backend().setTokenSettings(defaults));
        VERIFY_OK(StoredTokenSettings::apply(m_gui->backend()));
        QCOMPARE(m_gui->backend().tokenSettings().accessLifetimeSeconds, 30 * 60);
        // A stored value core refuses changes nothing.
        QSettings().setValue(u"tokens/accessLifetimeSeconds"_s, 5);
        QVERIFY(!StoredTokenSettings::apply(m_gui->backend()));
        QCOMPARE(m_gui->backend().tokenSettings().accessLifetimeSeconds, 30 * 60);
    }

    void aLanguageWithoutTranslationFallsBackToEnglish()
    {
        m_gui->localization().apply(u"es"_s);
        QCOMPARE(QCoreApplication::translate("BooksTab", "%Ln book(s)", nullptr, 1), u"1 book"_s);
        QCOMPARE(QCoreApplication::translate("BooksTab", "%Ln book(s)", nullptr, 2), u"2 books"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and prices still follow the choice
    }

    void openDialogsAreRetranslatedToo()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.booksTab());
        window.booksTab()->findChild<QAction *>(u"addBookAction"_s)->trigger();
        BookDialog *dialog = GuiFixture::visible<BookDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Add Book"_s);
        m_gui->localization().apply(u"de"_s);
        QTRY_COMPARE(dialog->windowTitle(), u"Buch hinzufügen"_s);
        dialog->reject();
    }

    void theWindowRemembersItsTabAndLayout()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.activityTab());
        window.resize(900, 640);
        window.booksTab()->view()->setColumnWidth(1, 333);
        window.close();
        m_gui->closeWindow();

        MainWindow &reopened = m_gui->openWindow();
        QCOMPARE(reopened.tabs()->currentWidget(), reopened.activityTab());
        QCOMPARE(reopened.size(), QSize(900, 640));
        QCOMPARE(reopened.booksTab()->view()->columnWidth(1), 333);
    }

    void theToolbarShowsTheCurrentTabsActions()
    {
        MainWindow &window = m_gui->openWindow();
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        window.tabs()->setCurrentWidget(window.usersTab());
        QVERIFY(toolBar->actions().contains(window.usersTab()->findChild<QAction *>(u"addUserAction"_s)));
        QVERIFY(!toolBar->actions().contains(window.booksTab()->findChild<QAction *>(u"addBookAction"_s)));
        window.tabs()->setCurrentWidget(window.booksTab());
        QVERIFY(toolBar->actions().contains(window.booksTab()->findChild<QAction *>(u"addBookAction"_s)));
        QVERIFY(!toolBar->actions().contains(window.usersTab()->findChild<QAction *>(u"addUserAction"_s)));
        // The toolbar labels drop the menus' "...".
        QCOMPARE(window.booksTab()->findChild<QAction *>(u"addBookAction"_s)->iconText(), u"Add Book"_s);
    }

    void everythingIsReachableByKeyboard()
    {
        MainWindow &window = m_gui->openWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), window.booksTab());
        QTRY_VERIFY(window.booksTab()->view()->hasFocus());
        // Ctrl+N means "add" in the tab that has the focus.
        QTest::keyClick(window.booksTab()->view(), Qt::Key_N, Qt::ControlModifier);
        BookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::visible<BookDialog>()));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!GuiFixture::visible<BookDialog>());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.booksTab()->searchField()->hasFocus());

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentWidget(), window.usersTab());
        QTest::keyClick(window.usersTab()->view(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(GuiFixture::visible<QDialog>(u"addUserDialog"_s));
        QTest::keyClick(GuiFixture::visible<QDialog>(u"addUserDialog"_s), Qt::Key_Escape);
        QTRY_VERIFY(!GuiFixture::visible<QDialog>(u"addUserDialog"_s));

        // Every menu entry has a mnemonic, every menu too.
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
            for (QAction *entry : menu->menu()->actions()) {
                if (!entry->isSeparator())
                    QVERIFY2(entry->text().contains(u'&'), qPrintable(entry->text()));
            }
        }
    }

    void theStatusBarShowsTheDatabase()
    {
        MainWindow &window = m_gui->openWindow();
        const QString path = m_gui->backend().database().filePath();
        QCOMPARE(window.findChild<QLabel *>(u"databasePath"_s)->text(),
                 u"Database: "_s + QDir::toNativeSeparators(path));
        QVERIFY(window.statusBar()->isVisible());
    }

    void aDatabaseThatCannotBeOpenedIsExplained()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        BackendOptions options;
        options.database = DatabaseUrl::sqliteFile(path);
        const Result<std::unique_ptr<Backend>> opened = Backend::open(options);
        QVERIFY(!opened);
        std::unique_ptr<QMessageBox> box(ErrorMessage::startupFailure(u"sqlite://"_s + path, opened.error()));
        QVERIFY(box->text().contains(path));
        QVERIFY2(box->informativeText().startsWith(opened.error().localizedMessage()),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->icon(), QMessageBox::Critical);
    }

    void theFirstStartShowsTheGeneratedPasswordOnce()
    {
        MainWindow &window = m_gui->openWindow();
        GeneratedPasswordDialog dialog(GeneratedPasswordDialog::Purpose::InitialAdministrator, u"admin"_s,
                                       u"Xq7mPz3kTr9WvHn2cLbD"_s, &window);
        dialog.show();
        auto *field = dialog.findChild<QLineEdit *>(u"password"_s);
        QCOMPARE(field->text(), u"Xq7mPz3kTr9WvHn2cLbD"_s);
        QVERIFY(field->isReadOnly());
        QVERIFY(dialog.findChild<QLabel *>(u"warning"_s)->text().contains(u"shown only this once"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Xq7mPz3kTr9WvHn2cLbD"_s);
        dialog.accept();
        QVERIFY(field->text().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
