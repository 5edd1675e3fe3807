#include "DesktopSession.h"

#include "Backend.h"
#include "GeneratedPasswordDialog.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "StoredDatabaseUrl.h"
#include "storage/Database.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

DesktopSession::DesktopSession(Localization &localization, QObject *parent)
    : QObject(parent)
    , m_localization(localization)
{ }

DesktopSession::~DesktopSession()
{
    // The embedded server stops before the backend it serves, and the tables stop reading from it.
    if (m_window)
        m_window->stopUsingBackend();
    // The backend goes first: it finishes pending writes, whose continuations are then queued to a window
    // that still exists (and never run, as the window goes right after).
    m_backend.reset();
    m_window.reset();
}

void DesktopSession::adopt(OpenedBackend opened)
{
    m_backend = std::move(opened.backend);
    m_window = std::make_unique<MainWindow>(*m_backend, m_localization);
    showWindow(opened.generatedAdministratorPassword);
}

void DesktopSession::showWindow(const std::optional<QString> &generatedAdministratorPassword)
{
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, &DesktopSession::showOpenDatabase);
    m_window->show();
    if (generatedAdministratorPassword) {
        auto *dialog
            = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::InitialAdministrator, u"admin"_s,
                                          *generatedAdministratorPassword, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Once the password is noted, the first run offers to start the server.
        connect(dialog, &QDialog::finished, m_window.get(), &MainWindow::offerToStartServer);
        dialog->open();
    }
}

void DesktopSession::showOpenDatabase()
{
    auto *dialog = new OpenDatabaseDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabaseUrl(m_backend->database().url());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        StoredDatabaseUrl::write(dialog->openedUrl());
        // The dialog belongs to the window that is about to go: the swap waits until its signal is over.
        auto opened = std::make_shared<OpenedBackend>(dialog->takeOpened());
        QTimer::singleShot(0, this, [this, opened] { replaceWith(std::move(*opened)); });
    });
    dialog->open();
}

void DesktopSession::replaceWith(OpenedBackend opened)
{
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<Backend> oldBackend = std::move(m_backend);
    oldWindow->stopUsingBackend();
    // Saved now, so that the new window opens where the old one was, on the tab it showed.
    oldWindow->saveSettings();

    m_backend = std::move(opened.backend);
    m_window = std::make_unique<MainWindow>(*m_backend, m_localization);
    // Shown before the old window goes, so that the application never has no window (it would quit).
    showWindow(opened.generatedAdministratorPassword);
    oldWindow->hide();
    // As at the end of the program: the old backend finishes its writes while its window still exists.
    oldBackend.reset();
    oldWindow.reset();
    emit windowReplaced(m_window.get());
}
