#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>

namespace {
const QString bindOption = QStringLiteral("bind");
const QString portOption = QStringLiteral("port");
const QString threadsOption = QStringLiteral("threads");
const QString sharePortOption = QStringLiteral("share-port");
const QString tlsCertOption = QStringLiteral("tls-cert");
const QString tlsKeyOption = QStringLiteral("tls-key");
const QString corsOption = QStringLiteral("cors-origin");
const QString maxBodyOption = QStringLiteral("max-body-size");
constexpr qint64 largestBody = 64LL * 1024 * 1024;
constexpr int maximumThreads = 64;
} // namespace

int ServerOptions::effectiveThreads() const
{
    return threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
}

void ServerOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(bindOption,
                                        QStringLiteral("Address to listen on (default: 127.0.0.1; 0.0.0.0 "
                                                       "or :: for every interface)."),
                                        QStringLiteral("address")));
    parser.addOption(QCommandLineOption(
        portOption, QStringLiteral("TCP port (default: 8080; 0 picks a free port)."), QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        threadsOption, QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        sharePortOption,
        QStringLiteral("Share --port with other bookwarden-server processes of this user started with "
                       "--share-port on the same PostgreSQL database; the kernel spreads connections over "
                       "them. Without it a port in use is an error.")));
    parser.addOption(QCommandLineOption(
        tlsCertOption, QStringLiteral("PEM certificate file: serve HTTPS (needs --tls-key)."),
        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(tlsKeyOption, QStringLiteral("PEM private key file for --tls-cert."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(corsOption,
                                        QStringLiteral("A browser origin allowed to call the API, e.g. "
                                                       "https://app.example:8443 (repeatable; * for any; "
                                                       "default: none)."),
                                        QStringLiteral("origin")));
    parser.addOption(QCommandLineOption(maxBodyOption,
                                        QStringLiteral("Largest request body in bytes (default: 1048576)."),
                                        QStringLiteral("bytes")));
}

Result<ServerOptions> ServerOptions::fromParser(const QCommandLineParser &parser)
{
    ServerOptions options;
    if (parser.isSet(bindOption)) {
        const QString text = parser.value(bindOption).trimmed();
        QHostAddress address;
        if (text == QLatin1String("localhost"))
            address = QHostAddress(QHostAddress::LocalHost);
        else if (!address.setAddress(text))
            return Error::invalidField(bindOption,
                                       QStringLiteral("'%1' is not an IPv4 or IPv6 address.").arg(text));
        options.bindAddress = address;
    }
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535)
            return Error::invalidField(portOption,
                                       QStringLiteral("The port must be a number from 0 to 65535."));
        options.port = quint16(port);
    }
    options.sharePort = parser.isSet(sharePortOption);
    if (options.sharePort && options.port == 0)
        return Error::invalidField(sharePortOption, QStringLiteral("--share-port needs a fixed --port."));
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        const int threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1 || threads > maximumThreads)
            return Error::invalidField(
                threadsOption,
                QStringLiteral("The number of threads must be from 1 to %1.").arg(maximumThreads));
        options.threads = threads;
    }
    options.corsOrigins = parser.values(corsOption);
    for (const QString &origin : std::as_const(options.corsOrigins)) {
        if (origin != QLatin1String("*") && !origin.startsWith(QLatin1String("http://"))
            && !origin.startsWith(QLatin1String("https://")))
            return Error::invalidField(
                corsOption,
                QStringLiteral("'%1' is not an origin such as https://app.example:8443.").arg(origin));
    }
    if (parser.isSet(maxBodyOption)) {
        bool ok = false;
        const qint64 bytes = parser.value(maxBodyOption).toLongLong(&ok);
        if (!ok || bytes < 1024 || bytes > largestBody)
            return Error::invalidField(
                maxBodyOption,
                QStringLiteral("The body limit must be from 1024 to %1 bytes.").arg(largestBody));
        options.maxBodyBytes = bytes;
    }
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return Error::invalidField(options.tlsCertificateFile.isEmpty() ? tlsCertOption : tlsKeyOption,
                                   QStringLiteral("--tls-cert and --tls-key go together."));
    for (const QString &file : {options.tlsCertificateFile, options.tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return Error::invalidField(file == options.tlsKeyFile ? tlsKeyOption : tlsCertOption,
                                       QStringLiteral("Cannot read '%1'.").arg(file));
    }
    return options;
}
