#include "ServerOptions.h"
#include "common/StorageOptions.h"
#include "common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookwarden"));
    QCoreApplication::setOrganizationName(QLatin1String(Bookwarden::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(Bookwarden::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bookwarden's headless REST server: users, books and JWT authentication over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    StorageOptions::addTo(parser);
    ServerOptions::addTo(parser);
    parser.process(app);

    const Result<StorageLocation> storage = StorageOptions::resolve(parser);
    if (!storage) {
        std::fprintf(stderr, "bookwarden-server: %s\n", qPrintable(storage.error().detailedMessage()));
        return 2;
    }
    const Result<ServerOptions> server = ServerOptions::fromParser(parser);
    if (!server) {
        std::fprintf(stderr, "bookwarden-server: %s\n", qPrintable(server.error().detailedMessage()));
        return 2;
    }
    return 0;
}
