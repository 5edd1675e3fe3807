#pragma once

#include "BackendOpener.h"

#include <QObject>

#include <memory>

class Backend;
class Localization;
class MainWindow;

// The database the desktop app works on and the main window over it. File ▸ Open Database… replaces both:
// the old window stops using its backend (the server stops, the tables stop reading), the new window
// opens on the new backend, then the old backend and window go. The database opened that way is
// remembered (StoredDatabaseUrl, without its password) for the next start.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    explicit DesktopSession(Localization &localization, QObject *parent = nullptr);
    // Stops the window using the backend, then lets the backend finish and go before the window.
    ~DesktopSession() override;

    // Shows a window over `opened` (and, for a new database, the administrator's generated password).
    void adopt(OpenedBackend opened);

    Backend *backend() const { return m_backend.get(); }
    MainWindow *window() const { return m_window.get(); }

public slots:
    // File ▸ Open Database…: the dialog over the current window, filled with the current database.
    void showOpenDatabase();

signals:
    // A new window replaced the old one (the old one is already gone).
    void windowReplaced(MainWindow *window);

private:
    void replaceWith(OpenedBackend opened);
    void showWindow(const std::optional<QString> &generatedAdministratorPassword);

    Localization &m_localization;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};
