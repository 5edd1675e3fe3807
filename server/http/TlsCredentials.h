#pragma once

#include "common/Result.h"

#include <QSslConfiguration>
#include <QString>

// Loads the server's certificate chain and private key from PEM files into a QSslConfiguration, checking
// up front what would otherwise only fail at the first handshake: the files are readable, hold a
// certificate and an unencrypted RSA or EC key, and the key belongs to the certificate.
class TlsCredentials
{
public:
    static Result<QSslConfiguration> loadServerConfiguration(const QString &certificateFile,
                                                             const QString &keyFile);
};
