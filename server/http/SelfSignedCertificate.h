#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A self-signed certificate for serving HTTPS without a CA: an ECDSA P-256 key and an X.509 v3
// certificate (SHA-256) whose subjectAltName covers localhost, 127.0.0.1, ::1 and this machine's host
// name, so browsers and curl match it on those names once the user trusts it. For
// `bookwarden-server --generate-self-signed DIR` and the GUI's "Generate self-signed" button.
class SelfSignedCertificate
{
public:
    struct Pem
    {
        QByteArray certificate;
        QByteArray privateKey; // PKCS#8, unencrypted
    };
    struct Files
    {
        QString certificateFile;
        QString keyFile;
    };

    static Result<Pem> generate(const QStringList &hostNames = defaultHostNames(), int validityDays = 825);
    // Writes bookwarden-cert.pem (0644) and bookwarden-key.pem (0600) into `directory`, creating it if
    // needed and replacing older files; the key is never readable by others, not even for a moment.
    static Result<Files> writeTo(const QString &directory, const QStringList &hostNames = defaultHostNames());
    // "localhost" and the machine's host name.
    static QStringList defaultHostNames();
};
