#include "TlsCredentials.h"

#include "HttpLogging.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
using BioPointer = std::unique_ptr<BIO, BioFree>;

Error tlsError(ErrorCode code, const char *message, const QStringList &arguments)
{
    Error error = Error::invalid(code, QString::fromLatin1(message));
    error.withArguments(arguments);
    return error;
}

Result<QByteArray> readFile(const QString &path, ErrorCode code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(code, QT_TRANSLATE_NOOP("Error", "Cannot read '%1': %2."),
                        {path, file.errorString()});
    return file.readAll();
}

// A password callback that refuses: an encrypted key fails to load instead of prompting on a terminal.
int noPassword(char *, int, int, void *)
{
    return 0;
}
} // namespace

Result<QSslConfiguration> TlsCredentials::loadServerConfiguration(const QString &certificateFile,
                                                                  const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Error::unavailable(
            ErrorCode::TlsUnavailable,
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "TLS is not available: Qt found no OpenSSL backend.")));
    const Result<QByteArray> certificatePem = readFile(certificateFile, ErrorCode::TlsCertificateUnreadable);
    if (!certificatePem)
        return certificatePem.error();
    const Result<QByteArray> keyPem = readFile(keyFile, ErrorCode::TlsKeyUnreadable);
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem.value(), QSsl::Pem);
    BioPointer certificateBio(BIO_new_mem_buf(certificatePem->constData(), int(certificatePem->size())));
    std::unique_ptr<X509, X509Free> leaf(
        PEM_read_bio_X509(certificateBio.get(), nullptr, noPassword, nullptr));
    if (chain.isEmpty() || !leaf)
        return tlsError(ErrorCode::TlsCertificateInvalid,
                        QT_TRANSLATE_NOOP("Error", "'%1' holds no PEM certificate."), {certificateFile});

    BioPointer keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    std::unique_ptr<EVP_PKEY, KeyFree> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassword, nullptr));
    if (!key)
        return tlsError(ErrorCode::TlsKeyInvalid,
                        QT_TRANSLATE_NOOP("Error", "'%1' holds no unencrypted PEM private key."), {keyFile});
    if (X509_check_private_key(leaf.get(), key.get()) != 1)
        return tlsError(
            ErrorCode::TlsKeyMismatch,
            QT_TRANSLATE_NOOP("Error", "The private key in '%1' does not belong to the certificate in '%2'."),
            {keyFile, certificateFile});

    QSsl::KeyAlgorithm algorithm;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    default:
        return tlsError(ErrorCode::TlsKeyUnsupported,
                        QT_TRANSLATE_NOOP("Error", "The key in '%1' is neither RSA nor EC."), {keyFile});
    }
    // Re-encoded as PKCS#8 so that Qt reads "BEGIN RSA/EC PRIVATE KEY" and "BEGIN PRIVATE KEY" files alike.
    BioPointer pkcs8(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(pkcs8.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error::internal(QStringLiteral("Cannot re-encode the TLS private key."));
    char *data = nullptr;
    const long length = BIO_get_mem_data(pkcs8.get(), &data);
    const QSslKey sslKey(QByteArray(data, int(length)), algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (sslKey.isNull())
        return tlsError(ErrorCode::TlsKeyInvalid,
                        QT_TRANSLATE_NOOP("Error", "Qt cannot use the private key in '%1'."), {keyFile});

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chain.first().expiryDate() < now || chain.first().effectiveDate() > now)
        qCWarning(lcHttp) << "the TLS certificate in" << certificateFile << "is not valid now (valid from"
                          << chain.first().effectiveDate() << "to" << chain.first().expiryDate() << ")";

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(sslKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}
