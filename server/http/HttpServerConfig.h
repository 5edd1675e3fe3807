#pragma once

#include "HttpLimits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything HttpServer::start() needs besides the routes.
struct HttpServerConfig
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 picks a free port; HttpServer::port() tells which
    int threads = 1; // worker threads; 0 = one per core
    // Join other processes of this user listening on the same fixed port (ReusePortSockets).
    bool sharePort = false;
    // Both set: serve HTTPS only (PEM files; see TlsCredentials and SelfSignedCertificate).
    QString tlsCertificateFile;
    QString tlsKeyFile;
    HttpLimits limits;
    // Origins ("https://app.example:8443", or "*") that browsers may call the API from; none = no CORS.
    QStringList corsAllowedOrigins;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    int effectiveThreads() const;
};
