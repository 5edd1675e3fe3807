#pragma once

#include <QList>
#include <QMainWindow>

class ActivityTab;
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
class SessionsTab;
class TokenInspectorTab;
class UserTableModel;
class UsersTab;
class WindowTab;

// Bookwarden's main window: one tab per WindowTab (Users, Books, Activity, Sessions, Keys, Token Inspector),
// the current tab's actions on the toolbar, every tab's menu in the menu bar, the database in the status bar.
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
    QAction *settingsAction() const { return m_settings; }

public slots:
    void showSettings();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addTab(WindowTab *tab);
    void createMenus();
    void retranslateUi();
    void showCurrentTabActions();
    void saveSettings() const;
    void restoreSettings();

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
    QToolBar *m_toolBar;
    QLabel *m_database;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showToolBar = nullptr;
    QList<QAction *> m_showTabActions;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};
