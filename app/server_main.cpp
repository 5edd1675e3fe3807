// bookwarden-server: the REST API without a display. Wires core and server together and nothing else.
#include "ApiServer.h"
#include "Backend.h"
#include "SelfSignedCertificate.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "UnixEventDispatcher.h"
#include "common/StorageOptions.h"
#include "common/Version.h"
#include "storage/DatabaseUrl.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace {
int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "bookwarden-server: %s\n", qPrintable(message));
    return code;
}

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
}
} // namespace

int main(int argc, char *argv[])
{
    UnixEventDispatcher::preferForThisProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookwarden"));
    QCoreApplication::setOrganizationName(QLatin1String(Bookwarden::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(Bookwarden::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bookwarden's headless REST server: users, books and JWT authentication over HTTP.\n"
        "On first start with an empty database it creates the account 'admin', with the password from the "
        "environment variable BOOKWARDEN_ADMIN_PASSWORD or a generated one printed once to stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    StorageOptions::addTo(parser);
    ServerOptions::addTo(parser);
    const QCommandLineOption generateSelfSigned(
        QStringLiteral("generate-self-signed"),
        QStringLiteral("Write a self-signed certificate and key for LAN TLS into <dir> and exit. "
                       "An existing pair there is kept unless --force is given."),
        QStringLiteral("dir"));
    parser.addOption(generateSelfSigned);
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("With --generate-self-signed: replace an existing pair."));
    parser.addOption(force);
    parser.process(app);

    if (parser.isSet(generateSelfSigned)) {
        const auto files = SelfSignedCertificate::writeTo(parser.value(generateSelfSigned),
                                                          parser.isSet(force)
                                                              ? SelfSignedCertificate::ExistingFiles::Replace
                                                              : SelfSignedCertificate::ExistingFiles::Keep);
        if (!files && files.error().code() == ErrorCode::TlsFilesExist)
            return fail(files.error().detailedMessage() + QStringLiteral(" Add --force to replace them."));
        if (!files)
            return fail(files.error().detailedMessage());
        std::printf(
            "Certificate: %s\nPrivate key: %s\nStart with: bookwarden-server --tls-cert %s --tls-key %s\n",
            qPrintable(files->certificateFile), qPrintable(files->keyFile),
            qPrintable(files->certificateFile), qPrintable(files->keyFile));
        return 0;
    }

    const Result<StorageLocation> storage = StorageOptions::resolve(parser);
    if (!storage)
        return fail(storage.error().detailedMessage(), 2);
    const Result<ServerOptions> options = ServerOptions::fromParser(parser);
    if (!options)
        return fail(options.error().detailedMessage(), 2);
    const Result<DatabaseUrl> databaseUrl = DatabaseUrl::parse(storage->databaseUrl);
    if (!databaseUrl)
        return fail(databaseUrl.error().detailedMessage(), 2);

    BackendOptions backendOptions;
    backendOptions.database = databaseUrl.value();
    Result<std::unique_ptr<Backend>> opened = Backend::open(backendOptions);
    if (!opened)
        return fail(opened.error().detailedMessage());
    Backend &backend = *opened.value();

    const Result<std::optional<QString>> admin
        = backend.users().ensureInitialAdministrator(qEnvironmentVariable("BOOKWARDEN_ADMIN_PASSWORD"));
    if (!admin)
        return fail(QStringLiteral("cannot create the administrator account: ")
                    + admin.error().detailedMessage());
    if (admin.value())
        std::fprintf(
            stderr,
            "\n  Created the administrator account.\n    username: admin\n    password: %s\n"
            "  It is shown only this once: note it now. (Set BOOKWARDEN_ADMIN_PASSWORD to choose it.)\n\n",
            qPrintable(*admin.value()));

    backend.pruneExpired();
    QTimer maintenance;
    QObject::connect(&maintenance, &QTimer::timeout, [&backend] { backend.pruneExpired(); });
    maintenance.start(3600 * 1000);

    ApiServer server(backend);
    // Handled from here on, before the Listening line: whoever reads that line may signal at once, and the
    // default action would end the process mid-way, with a non-zero status and the database left open.
    ShutdownSignals stopSignals;
    QObject::connect(&stopSignals, &ShutdownSignals::received, &app, [&server, &app](int) {
        server.stop(); // in-flight requests finish
        app.quit();
    });
    const Result<quint16> port = server.start(options.value());
    if (!port)
        return fail(port.error().detailedMessage());

    const QString scheme = options->tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http");
    std::printf("Listening on %s://%s:%u\n", qPrintable(scheme), qPrintable(hostForUrl(options->bindAddress)),
                unsigned(port.value()));
    std::fflush(stdout);
    if (!options->isLoopbackOnly() && !options->tlsEnabled())
        std::fprintf(stderr,
                     "bookwarden-server: warning: serving on %s without TLS: passwords and tokens cross the "
                     "network in clear text. Use --tls-cert/--tls-key (bookwarden-server "
                     "--generate-self-signed DIR makes a pair).\n",
                     qPrintable(options->bindAddress.toString()));
    if (databaseUrl->isPostgresql())
        std::fprintf(stderr, "bookwarden-server: data in PostgreSQL %s, other files in %s\n",
                     qPrintable(databaseUrl->displayName()),
                     qPrintable(QDir::toNativeSeparators(storage->dataDirectory)));
    else
        std::fprintf(stderr, "bookwarden-server: data in %s\n",
                     qPrintable(QDir::toNativeSeparators(storage->dataDirectory)));

    return app.exec();
}
