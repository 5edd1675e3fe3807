#pragma once

#include <QList>
#include <QMainWindow>

class ActivityTab;
class ApiServer;
class KeysTab;
class Backend;
class BookTableModel;
class BooksTab;
class Localization;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QSystemTrayIcon;
class ServerTab;
class SessionsTab;
class TokenInspectorTab;
class UserTableModel;
class UsersTab;
class WindowTab;

// Bookwarden's main window: one tab per WindowTab (Users, Books, Activity, Sessions, Keys, Token Inspector,
// Server), the current tab's actions on the toolbar, every tab's menu in the menu bar, and in the status bar
// the embedded server's state, address and request rate and the database. It owns the embedded REST server
// (ApiServer); closing the window while it serves asks whether to stop it or keep serving from the tray.
// Geometry, toolbar and dock state, each tab's column layout and the last open tab are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Backend &backend, Localization &localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    UsersTab *usersTab() const { return m_usersTab; }
    BooksTab *booksTab() const { return m_booksTab; }
    ActivityTab *activityTab() const { return m_activityTab; }
    SessionsTab *sessionsTab() const { return m_sessionsTab; }
    KeysTab *keysTab() const { return m_keysTab; }
    TokenInspectorTab *tokenInspectorTab() const { return m_tokenInspectorTab; }
    ServerTab *serverTab() const { return m_serverTab; }
    ApiServer &server() const { return *m_server; }
    QAction *settingsAction() const { return m_settings; }
    QAction *openDatabaseAction() const { return m_openDatabase; }

    // What closing the window while the server runs does.
    enum class CloseChoice { StopAndQuit, KeepServingInTray, Cancel };

public slots:
    // Stops the embedded server (it must stop before the back end it serves goes away).
    void stopServer();
    // What must end before the backend goes: the server stops and the tables stop reading.
    void stopUsingBackend();
    // First run: asks, without blocking, whether to start the REST server now (nothing when it already runs).
    void offerToStartServer();
    void showSettings();
    void showAbout();
    // Geometry, toolbar and dock state, the current tab and each tab's layout, for the next window.
    void saveSettings() const;

signals:
    // File ▸ Open Database…: whoever owns the backend (DesktopSession) asks which one to open instead.
    void openDatabaseRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addTab(WindowTab *tab);
    void createMenus();
    void retranslateUi();
    void showCurrentTabActions();
    void restoreSettings();
    void updateServerStatus();
    CloseChoice askCloseWhileServing();
    void keepServingInTray();
    void showFromTray();

    Backend &m_backend;
    Localization &m_localization;
    UserTableModel *m_userModel;
    BookTableModel *m_bookModel;

    QTabWidget *m_tabs;
    QList<WindowTab *> m_pages;
    UsersTab *m_usersTab = nullptr;
    BooksTab *m_booksTab = nullptr;
    ActivityTab *m_activityTab = nullptr;
    SessionsTab *m_sessionsTab = nullptr;
    KeysTab *m_keysTab = nullptr;
    TokenInspectorTab *m_tokenInspectorTab = nullptr;
    ServerTab *m_serverTab = nullptr;
    ApiServer *m_server;
    QToolBar *m_toolBar;
    QLabel *m_serverStatus;
    QLabel *m_requestRate;
    QLabel *m_database;
    QSystemTrayIcon *m_tray = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showToolBar = nullptr;
    QList<QAction *> m_showTabActions;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};
