#include "BackendOpener.h"
#include "DesktopSession.h"
#include "ErrorMessage.h"
#include "FirstPaintReporter.h"
#include "Icons.h"
#include "Localization.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "StoredDatabaseUrl.h"
#include "common/StorageOptions.h"
#include "common/Version.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

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

// Says why Bookwarden cannot start, in a dialog (there may be no terminal to read stderr).
void reportStartupFailure(const QString &database, const Error &error)
{
    std::fprintf(stderr, "bookwarden: %s\n", qPrintable(error.detailedMessage()));
    std::unique_ptr<QMessageBox> box(ErrorMessage::startupFailure(database, error));
    box->exec();
}

// Opens the database named by --database, --data-dir or their environment variables; when none is named,
// the one last opened through File ▸ Open Database…, else the default file. When the server wants a
// password, or the remembered database does not open, the Open Database dialog (filled in, the reason
// shown) lets the administrator type the password or choose another; nothing when that is cancelled too.
std::optional<OpenedBackend> openAtStart(const StorageLocation &storage)
{
    const std::optional<DatabaseUrl> remembered = storage.chosen ? std::nullopt : StoredDatabaseUrl::read();
    const Result<DatabaseUrl> url
        = remembered ? Result<DatabaseUrl>(*remembered) : DatabaseUrl::parse(storage.databaseUrl);
    // The URL as shown: a password given in it never reaches the dialog.
    const QString shown = url ? url->toString() : storage.databaseUrl;
    if (!url) {
        reportStartupFailure(shown, url.error());
        return std::nullopt;
    }
    Result<OpenedBackend> opened = BackendOpener::open(url.value());
    if (opened)
        return std::move(opened).value();
    if (!remembered && !(url->isPostgresql() && BackendOpener::needsPassword(opened.error()))) {
        reportStartupFailure(shown, opened.error());
        return std::nullopt;
    }
    OpenDatabaseDialog dialog;
    // The default file stays on the SQLite page, one click away from a remembered server that is gone.
    if (const Result<DatabaseUrl> fallback = DatabaseUrl::parse(storage.databaseUrl); remembered && fallback)
        dialog.setDatabaseUrl(fallback.value());
    dialog.setDatabaseUrl(url.value());
    dialog.showOpenFailure(opened.error());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    // Remembered only when no option named the database: an option applies to that one run.
    if (!storage.chosen)
        StoredDatabaseUrl::write(dialog.openedUrl());
    return dialog.takeOpened();
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

    std::optional<OpenedBackend> opened = openAtStart(storage.value());
    if (!opened)
        return 1;
    // Owns the backend and the window over it, and swaps both for File ▸ Open Database…; when it goes,
    // the embedded server stops before the backend it serves, and the backend before its window.
    DesktopSession session(localization);
    session.adopt(std::move(*opened));
    FirstPaintReporter::installIfRequested(session.window(), mainStarted);
    return app.exec();
}
