#include "Backend.h"
#include "ErrorMessage.h"
#include "FirstPaintReporter.h"
#include "GeneratedPasswordDialog.h"
#include "Icons.h"
#include "Localization.h"
#include "MainWindow.h"
#include "StoredTokenSettings.h"
#include "common/StorageOptions.h"
#include "common/Version.h"
#include "storage/DatabaseUrl.h"
#include "users/UserService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("bookwarden"));
    QCoreApplication::setOrganizationName(QLatin1String(Bookwarden::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(Bookwarden::version));
}

// Parsed under a plain QCoreApplication, so that --help and --version work on machines without a display
// (constructing a QApplication there aborts).
Result<StorageLocation> parseCommandLine(int argc, char *argv[])
{
    QCoreApplication probe(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bookwarden: manage users, books and JSON Web Tokens, with an embedded REST server.\n"
        "The administrator password generated on the first start is shown once; set the environment variable "
        "BOOKWARDEN_ADMIN_PASSWORD to choose it instead."));
    parser.addHelpOption();
    parser.addVersionOption();
    StorageOptions::addTo(parser);
    parser.process(probe);
    return StorageOptions::resolve(parser);
}

// Opens the database and creates the first administrator on an empty one. On failure, says why in a
// dialog (there may be no terminal to read stderr) and returns nothing.
std::unique_ptr<Backend> openBackend(const StorageLocation &storage,
                                     std::optional<QString> *generatedPassword)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(storage.databaseUrl);
    // The URL as shown: a password given in it never reaches the dialog.
    const QString shown = url ? url->toString() : storage.databaseUrl;
    const auto fail = [&shown](const Error &error) -> std::unique_ptr<Backend> {
        std::fprintf(stderr, "bookwarden: %s\n", qPrintable(error.detailedMessage()));
        std::unique_ptr<QMessageBox> box(ErrorMessage::startupFailure(shown, error));
        box->exec();
        return nullptr;
    };
    if (!url)
        return fail(url.error());
    BackendOptions options;
    options.database = url.value(); // Argon2 at its defaults: the cost is not a GUI setting
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<Backend> backend = std::move(opened).value();

    const Result<std::optional<QString>> administrator
        = backend->users().ensureInitialAdministrator(qEnvironmentVariable("BOOKWARDEN_ADMIN_PASSWORD"));
    if (!administrator)
        return fail(administrator.error());
    *generatedPassword = administrator.value();

    // The token lifetimes chosen in Settings. Values core refuses (an edited settings file) leave its
    // defaults in place; Settings shows and corrects them.
    if (Status tokens = StoredTokenSettings::apply(*backend); !tokens)
        std::fprintf(stderr, "bookwarden: stored token settings ignored: %s\n",
                     qPrintable(tokens.error().detailedMessage()));
    return backend;
}
} // namespace

int main(int argc, char *argv[])
{
    const auto mainStarted = std::chrono::steady_clock::now();
    const Result<StorageLocation> storage = parseCommandLine(argc, argv);
    if (!storage) {
        std::fprintf(stderr, "bookwarden: %s\n", qPrintable(storage.error().detailedMessage()));
        return 2;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QLatin1String(Bookwarden::applicationName));
    QApplication::setDesktopFileName(QStringLiteral("bookwarden"));
    QApplication::setWindowIcon(Icons::application());

    Localization localization;
    localization.apply(Localization::storedLanguage());

    std::optional<QString> generatedPassword;
    std::unique_ptr<Backend> backend = openBackend(storage.value(), &generatedPassword);
    if (!backend)
        return 1;

    auto window = std::make_unique<MainWindow>(*backend, localization);
    FirstPaintReporter::installIfRequested(window.get(), mainStarted);
    window->show();
    if (generatedPassword) {
        auto *dialog = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::InitialAdministrator,
                                                   QStringLiteral("admin"), *generatedPassword, window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Once the password is noted, the first run offers to start the server.
        QObject::connect(dialog, &QDialog::finished, window.get(), &MainWindow::offerToStartServer);
        dialog->open();
    }
    const int status = app.exec();

    // The embedded server stops before the backend it serves (it already has, unless the application was
    // quit from the tray or by the session ending), and the tables stop reading from it.
    window->stopUsingBackend();
    // The backend goes first: it finishes pending writes, whose continuations are then queued to a window
    // that still exists (and never run, as the event loop is over).
    backend.reset();
    window.reset();
    return status;
}
