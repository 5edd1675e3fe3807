// The main window as a whole: languages switched at run time, what it remembers, the keyboard, and the
// dialogs shown on the first start and when the database cannot be opened.
#include "ActivityTab.h"
#include "BookDialog.h"
#include "BooksTab.h"
#include "ErrorMessage.h"
#include "GeneratedPasswordDialog.h"
#include "GuiFixture.h"
#include "ResultAssertions.h"
#include "SecretClipboard.h"
#include "SettingsDialog.h"
#include "UsersTab.h"
#include "storage/Database.h"

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

    void switchingTheLanguageRetranslatesTheVisibleWindow()
    {
        MainWindow &window = m_gui->openWindow();
        QCOMPARE(tabTitles(window), (QStringList {u"Users"_s, u"Books"_s, u"Activity"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&File"_s, u"&Users"_s, u"&Books"_s, u"&View"_s, u"&Help"_s}));

        chooseLanguage(u"de"_s);
        QTRY_COMPARE(tabTitles(window), (QStringList {u"Benutzer"_s, u"Bücher"_s, u"Aktivität"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&Datei"_s, u"&Benutzer"_s, u"Bü&cher"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
        QCOMPARE(header(window.usersTab()->view(), 0), u"Benutzername"_s);
        QCOMPARE(header(window.booksTab()->view(), 0), u"Titel"_s);
        QCOMPARE(header(window.activityTab()->view(), 1), u"Ereignis"_s);
        QCOMPARE(window.usersTab()->addUserAction()->text(), u"Benutzer &hinzufügen..."_s);
        QVERIFY(window.findChild<QLabel *>(u"databasePath"_s)->text().startsWith(u"Datenbank: "_s));
        // Core's messages follow the language too.
        QCOMPARE(Error::conflict(u"username_taken"_s, u"That username is taken."_s).localizedMessage(),
                 u"Dieser Benutzername ist vergeben."_s);
        QCOMPARE(Localization::storedLanguage(), u"de"_s);

        chooseLanguage(u"fr"_s);
        QTRY_COMPARE(tabTitles(window), (QStringList {u"Utilisateurs"_s, u"Livres"_s, u"Activité"_s}));
        QCOMPARE(header(window.booksTab()->view(), 0), u"Titre"_s);

        chooseLanguage(u"en"_s);
        QTRY_COMPARE(tabTitles(window), (QStringList {u"Users"_s, u"Books"_s, u"Activity"_s}));
        QCOMPARE(menuTitles(window),
                 (QStringList {u"&File"_s, u"&Users"_s, u"&Books"_s, u"&View"_s, u"&Help"_s}));
        QCOMPARE(header(window.usersTab()->view(), 0), u"Username"_s);
    }

    void aLanguageWithoutTranslationFallsBackToEnglish()
    {
        m_gui->localization().apply(u"es"_s);
        QCOMPARE(QCoreApplication::translate("BooksTab", "%n book(s)", nullptr, 1), u"1 book"_s);
        QCOMPARE(QCoreApplication::translate("BooksTab", "%n book(s)", nullptr, 2), u"2 books"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and prices still follow the choice
    }

    void openDialogsAreRetranslatedToo()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.booksTab());
        window.booksTab()->addBookAction()->trigger();
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
        QVERIFY(toolBar->actions().contains(window.usersTab()->addUserAction()));
        QVERIFY(!toolBar->actions().contains(window.booksTab()->addBookAction()));
        window.tabs()->setCurrentWidget(window.booksTab());
        QVERIFY(toolBar->actions().contains(window.booksTab()->addBookAction()));
        QVERIFY(!toolBar->actions().contains(window.usersTab()->addUserAction()));
        // The toolbar labels drop the menus' "...".
        QCOMPARE(window.booksTab()->addBookAction()->iconText(), u"Add Book"_s);
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
