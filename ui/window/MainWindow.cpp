#include "MainWindow.h"

#include "ActivityTab.h"
#include "ApiServer.h"
#include "Backend.h"
#include "BookTableModel.h"
#include "BooksTab.h"
#include "ErrorMessage.h"
#include "Icons.h"
#include "KeysTab.h"
#include "Localization.h"
#include "ServerTab.h"
#include "SessionsTab.h"
#include "SettingsDialog.h"
#include "TokenInspectorTab.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "common/Version.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString geometryKey = u"window/geometry"_s;
const QString stateKey = u"window/state"_s;
const QString tabKey = u"window/tab"_s;
constexpr int statusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(Backend &backend, Localization &localization, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_localization(localization)
    , m_userModel(new UserTableModel(backend.users(), backend.books(), backend.sessions(), this))
    , m_bookModel(new BookTableModel(backend.books(), backend.users(), this))
    , m_tabs(new QTabWidget(this))
    , m_server(new ApiServer(backend, this))
    , m_toolBar(new QToolBar(this))
    , m_serverStatus(new QLabel(this))
    , m_requestRate(new QLabel(this))
    , m_database(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    const DatabaseUrl url = backend.database().url();
    setWindowTitle(url.isPostgresql() ? url.databaseName() : QFileInfo(url.path()).fileName());

    // The models are connected to the change signals before they first read, so nothing slips between.
    // Their tabs say when a read fails.
    m_userModel->reload();
    m_bookModel->reload();

    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_usersTab = new UsersTab(backend.users(), *m_userModel, m_tabs);
    m_booksTab = new BooksTab(backend.books(), backend.clock(), *m_bookModel, backend.users(), m_tabs);
    m_activityTab = new ActivityTab(backend.events(), backend.clock(), backend.users(), m_tabs);
    addTab(m_usersTab);
    addTab(m_booksTab);
    m_sessionsTab
        = new SessionsTab(backend.sessions(), backend.users(), backend.clock(), *m_userModel, m_tabs);
    m_keysTab = new KeysTab(backend.keys(), backend.clock(), m_tabs);
    m_tokenInspectorTab
        = new TokenInspectorTab(backend.tokenVerifier(), backend.tokenMinter(), backend.users(), m_tabs);
    addTab(m_activityTab);
    addTab(m_sessionsTab);
    addTab(m_keysTab);
    addTab(m_tokenInspectorTab);
    m_serverTab = new ServerTab(*m_server, m_tabs);
    addTab(m_serverTab);

    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_serverStatus->setObjectName(u"serverStatus"_s);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestRate->setObjectName(u"requestRate"_s);
    statusBar()->addPermanentWidget(m_serverStatus);
    statusBar()->addPermanentWidget(m_requestRate);
    connect(m_serverTab, &ServerTab::serverStatusChanged, this, &MainWindow::updateServerStatus);
    m_database->setObjectName(u"databasePath"_s);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_database);

    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentTabActions);
    retranslateUi();
    restoreSettings();
    showCurrentTabActions();
    if (m_serverTab->currentSettings().autostart) {
        // Once the window is up, so that a failure to start is shown where it can be read.
        QTimer::singleShot(0, m_serverTab, &ServerTab::startServer);
    }
}

MainWindow::~MainWindow()
{
    // While the tab that watches the server still exists.
    m_server->stop();
}

void MainWindow::stopServer()
{
    m_serverTab->stopServer();
}

void MainWindow::stopUsingBackend()
{
    stopServer();
    for (LiveTableModel *model : findChildren<LiveTableModel *>())
        model->stopReading();
}

void MainWindow::offerToStartServer()
{
    if (m_server->isRunning())
        return;
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"startServerOfferBox"_s);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Start the REST Server?"));
    box->setText(tr("Bookwarden can now answer REST clients, such as apps written against the Flask JWT "
                    "tutorials, on this computer."));
    box->setInformativeText(
        tr("You can start, stop and share it on the LAN from the Server tab at any time."));
    QPushButton *start = box->addButton(tr("&Start the Server"), QMessageBox::AcceptRole);
    start->setObjectName(u"startServerButton"_s);
    QPushButton *later = box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    later->setObjectName(u"notNowButton"_s);
    box->setDefaultButton(start);
    box->setEscapeButton(later);
    connect(start, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_serverTab);
        m_serverTab->startServer(); // a failure is shown next to the field concerned
    });
    box->open();
}

void MainWindow::addTab(WindowTab *tab)
{
    m_pages.append(tab);
    m_tabs->addTab(tab, tab->icon(), tab->title());
    connect(tab, &WindowTab::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, statusMessageMs);
    });
    connect(tab, &WindowTab::titleChanged, this, [this, tab] {
        const int index = m_tabs->indexOf(tab);
        if (index >= 0)
            m_tabs->setTabText(index, tab->title());
    });
    connect(tab, &WindowTab::showRequested, this, [this, tab] { m_tabs->setCurrentWidget(tab); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_openDatabase = m_fileMenu->addAction(Icons::glyph(Icons::Glyph::Open), QString(), this,
                                           &MainWindow::openDatabaseRequested);
    m_openDatabase->setObjectName(u"openDatabaseAction"_s);
    m_openDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_fileMenu->addSeparator();
    m_settings = m_fileMenu->addAction(Icons::glyph(Icons::Glyph::Settings), QString(), this,
                                       &MainWindow::showSettings);
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    for (WindowTab *tab : std::as_const(m_pages)) {
        if (QMenu *menu = tab->menu())
            menuBar()->addMenu(menu);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        WindowTab *tab = m_pages.at(i);
        QAction *show = m_viewMenu->addAction(tab->icon(), QString(), this, [this, tab] {
            m_tabs->setCurrentWidget(tab);
            tab->focusContent();
        });
        show->setObjectName(u"show_"_s + tab->settingsKey());
        if (i < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_showTabActions.append(show);
    }
    m_viewMenu->addSeparator();
    m_find = m_viewMenu->addAction(Icons::glyph(Icons::Glyph::Search), QString(), this, [this] {
        if (auto *tab = qobject_cast<WindowTab *>(m_tabs->currentWidget()))
            tab->focusSearch();
    });
    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    m_reload = m_viewMenu->addAction(Icons::glyph(Icons::Glyph::Reload), QString(), this, [this] {
        if (auto *tab = qobject_cast<WindowTab *>(m_tabs->currentWidget()))
            tab->reload();
    });
    m_reload->setObjectName(u"reloadAction"_s);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    m_showToolBar = m_toolBar->toggleViewAction();
    m_showToolBar->setObjectName(u"showToolBarAction"_s);
    m_viewMenu->addAction(m_showToolBar);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_about = m_helpMenu->addAction(Icons::application(), QString(), this, &MainWindow::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_localization, m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Bookwarden"));
    box->setIconPixmap(Icons::application().pixmap(64));
    box->setText(u"<h3>"_s + tr("Bookwarden %1").arg(QLatin1String(Bookwarden::version)) + u"</h3>"_s);
    box->setInformativeText(
        tr("Manages the accounts, books, sessions and signing keys of Bookwarden's REST server, explains "
           "its tokens and keeps watch over its security log.")
        + u"<br><br>"_s + tr("Database: %1").arg(m_backend.database().url().displayName().toHtmlEscaped())
        + u"<br>"_s
        + tr("Built with Qt %1, running on Qt %2.")
              .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_server->isRunning() && isVisible()) {
        switch (askCloseWhileServing()) {
        case CloseChoice::StopAndQuit:
            stopServer();
            break;
        case CloseChoice::KeepServingInTray:
            event->ignore();
            keepServingInTray();
            return;
        case CloseChoice::Cancel:
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

MainWindow::CloseChoice MainWindow::askCloseWhileServing()
{
    QMessageBox box(this);
    box.setObjectName(u"closeWhileServingBox"_s);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("The Server Is Running"));
    box.setText(tr("The REST server is still answering at %1.").arg(m_serverTab->localUrl().toString()));
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    box.setInformativeText(tray ? tr("Stop it and quit, or close the window and keep serving from the "
                                     "system tray?")
                                : tr("Quitting stops it: clients will no longer reach it."));
    QPushButton *stop = box.addButton(tr("Stop Server and &Quit"), QMessageBox::AcceptRole);
    stop->setObjectName(u"stopAndQuitButton"_s);
    QPushButton *keep = nullptr;
    if (tray) {
        keep = box.addButton(tr("Keep Serving in the &Tray"), QMessageBox::ActionRole);
        keep->setObjectName(u"keepServingButton"_s);
    }
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == stop)
        return CloseChoice::StopAndQuit;
    if (keep && box.clickedButton() == keep)
        return CloseChoice::KeepServingInTray;
    return CloseChoice::Cancel;
}

void MainWindow::keepServingInTray()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setObjectName(u"trayIcon"_s);
        auto *menu = new QMenu(this);
        menu->addAction(tr("&Show Bookwarden"), this, &MainWindow::showFromTray);
        menu->addAction(tr("Stop Server and &Quit"), this, [this] {
            stopServer();
            saveSettings();
            QApplication::setQuitOnLastWindowClosed(true);
            QCoreApplication::quit();
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showFromTray();
        });
    }
    saveSettings();
    // Hiding the last window must not end the application while it serves.
    QApplication::setQuitOnLastWindowClosed(false);
    m_tray->setToolTip(tr("Bookwarden is serving at %1").arg(m_serverTab->localUrl().toString()));
    m_tray->show();
    hide();
}

void MainWindow::showFromTray()
{
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_tray)
        m_tray->hide();
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::updateServerStatus()
{
    const QLocale locale;
    if (m_server->isRunning()) {
        m_serverStatus->setText(tr("Server: %1").arg(m_serverTab->localUrl().toString()));
        m_requestRate->setText(tr("%1 req/s").arg(locale.toString(m_serverTab->requestsPerSecond(), 'f', 1)));
        m_requestRate->show();
    } else {
        m_serverStatus->setText(tr("Server: stopped"));
        m_requestRate->hide();
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openDatabase->setText(tr("&Open Database..."));
    m_openDatabase->setToolTip(tr("Work on another database: an SQLite file or a PostgreSQL server"));
    m_settings->setText(tr("&Settings..."));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        m_showTabActions.at(i)->setText(m_pages.at(i)->menuTitle());
        m_tabs->setTabText(int(i), m_pages.at(i)->title());
    }
    m_find->setText(tr("&Find"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the current tab again from the database (F5)"));
    // The toggle action takes the toolbar's title whenever that changes: title first, then the menu text.
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_showToolBar->setText(tr("Show &Toolbar"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Bookwarden"));
    m_aboutQt->setText(tr("About &Qt"));
    const DatabaseUrl url = m_backend.database().url();
    m_database->setText(tr("Database: %1").arg(url.displayName()));
    m_database->setToolTip(url.isPostgresql() ? tr("Every change is written to this PostgreSQL database.")
                                              : tr("Every change is written to this SQLite database."));
    m_serverStatus->setToolTip(tr("The embedded REST server (Server tab)"));
    m_requestRate->setToolTip(tr("Requests answered per second"));
    updateServerStatus();
}

void MainWindow::showCurrentTabActions()
{
    auto *tab = qobject_cast<WindowTab *>(m_tabs->currentWidget());
    m_toolBar->clear();
    if (!tab)
        return;
    m_toolBar->addActions(tab->toolBarActions());
    if (!tab->toolBarActions().isEmpty())
        m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
    // Keyboard users land in the list, where the tab's shortcuts apply.
    if (isVisible())
        tab->focusContent();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (auto *tab = qobject_cast<WindowTab *>(m_tabs->currentWidget()))
        settings.setValue(tabKey, tab->settingsKey());
    for (WindowTab *page : m_pages)
        page->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(stateKey).toByteArray());
    const QString lastTab = settings.value(tabKey).toString();
    for (WindowTab *page : std::as_const(m_pages)) {
        page->restoreState(settings);
        if (page->settingsKey() == lastTab)
            m_tabs->setCurrentWidget(page);
    }
}
