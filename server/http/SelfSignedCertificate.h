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
    enum class ExistingFiles { Keep, Replace };
    // Writes bookwarden-cert.pem (0644) and bookwarden-key.pem (0600) into `directory`, creating it if
    // needed; the key is never readable by others, not even for a moment. When either file is already
    // there, ExistingFiles::Keep refuses (Conflict, code "tls_files_exist") and writes nothing, so that a
    // key in use is never lost by accident; Replace replaces both.
    static Result<Files> writeTo(const QString &directory, ExistingFiles existing = ExistingFiles::Keep,
                                 const QStringList &hostNames = defaultHostNames());
    // "localhost" and the machine's host name.
    static QStringList defaultHostNames();
};
