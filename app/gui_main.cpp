#include "MainWindow.h"
#include "common/StorageOptions.h"
#include "common/Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

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
        "Bookwarden: manage users, books and JSON Web Tokens, with an embedded REST server."));
    parser.addHelpOption();
    parser.addVersionOption();
    StorageOptions::addTo(parser);
    parser.process(probe);
    return StorageOptions::resolve(parser);
}
} // namespace

int main(int argc, char *argv[])
{
    const Result<StorageLocation> storage = parseCommandLine(argc, argv);
    if (!storage) {
        std::fprintf(stderr, "bookwarden: %s\n", qPrintable(storage.error().detailedMessage()));
        return 2;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QLatin1String(Bookwarden::applicationName));

    MainWindow window;
    window.show();
    return app.exec();
}
