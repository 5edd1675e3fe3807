#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// How the HTTP server listens: the command-line options of bookwarden-server, and what the GUI's server
// panel fills in.
struct ServerOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080; // 0 picks a free port
    int threads = 0; // 0 = one per core
    bool sharePort = false; // several servers (one database) on one port
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QStringList corsOrigins; // browser origins allowed to call the API; none by default
    qint64 maxBodyBytes = 1024 * 1024;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    bool isLoopbackOnly() const { return bindAddress.isLoopback(); }
    int effectiveThreads() const;

    static void addTo(QCommandLineParser &parser);
    static Result<ServerOptions> fromParser(const QCommandLineParser &parser);
};
