// bookwarden-server: the REST API without a display. Wires core and server together and nothing else.
#include "ApiServer.h"
#include "Backend.h"
#include "SelfSignedCertificate.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "UnixEventDispatcher.h"
#include "common/Clock.h"
#include "common/StorageOptions.h"
#include "common/Version.h"
#include "storage/DatabaseCopier.h"
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

// `bookwarden-server copy-database FROM_URL TO_URL`: moves an installation to another database (SQLite to
// PostgreSQL or back) and exits. Exit status: 0 copied and verified, 1 refused or failed, 2 bad usage.
int copyDatabase(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies a Bookwarden database into a new, empty one and exits: SQLite to PostgreSQL, PostgreSQL to "
        "SQLite, or between two of the same kind.\n"
        "Every table is read in one consistent snapshot of FROM_URL (a server may keep serving it; what it "
        "writes after the copy started is not copied, so stop it before switching). TO_URL is created and "
        "migrated when needed, must hold no rows and must not be in use by another Bookwarden program; it is "
        "filled in one transaction, so a failed copy leaves it empty (a target file the copy created is "
        "removed). The row counts of every table, and the book total, are checked on both sides before the "
        "copy is committed.\n"
        "A PostgreSQL password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), as for libpq."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FROM_URL"),
        QStringLiteral(
            "The database to copy: sqlite:///path/to/bookwarden.db or postgresql://USER@HOST:PORT/DB"
            "?sslmode=MODE."));
    parser.addPositionalArgument(
        QStringLiteral("TO_URL"),
        QStringLiteral("The new, empty database to copy it into, in the same forms."));

    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "copy-database"
    // The usage line names the subcommand; the program name alone would describe the server's own options.
    const QString helpText = parser.helpText().replace(QStringLiteral("[options] FROM_URL"),
                                                       QStringLiteral("copy-database [options] FROM_URL"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "bookwarden-server copy-database: %s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(helpText));
        return 2;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(helpText));
        return 0;
    }
    const QStringList urls = parser.positionalArguments();
    if (urls.size() != 2) {
        std::fprintf(stderr,
                     "bookwarden-server copy-database: give exactly two database URLs, FROM_URL and "
                     "TO_URL.\n\n%s",
                     qPrintable(helpText));
        return 2;
    }
    const Result<DatabaseUrl> from = DatabaseUrl::parse(urls.at(0));
    if (!from)
        return fail(QStringLiteral("FROM_URL: ") + from.error().detailedMessage(), 2);
    const Result<DatabaseUrl> to = DatabaseUrl::parse(urls.at(1));
    if (!to)
        return fail(QStringLiteral("TO_URL: ") + to.error().detailedMessage(), 2);

    std::printf("Copying %s to %s\n", qPrintable(from->toString()), qPrintable(to->toString()));
    std::fflush(stdout);
    DatabaseCopier copier(from.value(), to.value(), Clock::system());
    const Result<DatabaseCopyReport> report = copier.copy();
    if (!report)
        return fail(report.error().detailedMessage());
    for (const DatabaseCopyReport::Table &table : report->tables)
        std::printf("  %-18s %12lld rows\n", qPrintable(table.name),
                    static_cast<long long>(table.targetRows));
    std::printf(
        "Copied %lld rows in %lld tables (schema version %d); verified: every table holds as many rows "
        "as in the source, and %lld books in all.\n",
        static_cast<long long>(report->totalRows()), static_cast<long long>(report->tables.size()),
        report->schemaVersion, static_cast<long long>(report->bookTotal));
    return 0;
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
    if (argc > 1 && qstrcmp(argv[1], "copy-database") == 0)
        return copyDatabase(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bookwarden's headless REST server: users, books and JWT authentication over HTTP.\n"
        "On first start with an empty database it creates the account 'admin', with the password from the "
        "environment variable BOOKWARDEN_ADMIN_PASSWORD or a generated one printed once to stderr.\n"
        "bookwarden-server copy-database FROM_URL TO_URL copies a database into a new one (SQLite to "
        "PostgreSQL or back) and exits; add --help after it for more."));
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
