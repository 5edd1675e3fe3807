#include "SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSysInfo>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace {
template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};
using KeyPointer = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertificatePointer = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPointer = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtensionPointer = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BignumPointer = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

Error failure(const char *what)
{
    return Error::internal(
        QStringLiteral("Cannot generate a self-signed certificate: %1.").arg(QLatin1String(what)));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPointer extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray memoryContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

QByteArray certificatePem(X509 *certificate)
{
    BioPointer bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_X509(bio.get(), certificate) == 1 ? memoryContents(bio.get()) : QByteArray();
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPointer bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1
        ? memoryContents(bio.get())
        : QByteArray();
}

Status writeAtomically(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    // Created with its final permissions (never world-readable first), then renamed over the old file.
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)
        || file.write(content) != content.size() || !file.flush()) {
        Error error = Error::storage(QStringLiteral(QT_TRANSLATE_NOOP("Error", "Cannot write '%1': %2.")));
        error.withArguments({path, file.errorString()});
        file.remove();
        return error;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        Error error = Error::storage(QStringLiteral(QT_TRANSLATE_NOOP("Error", "Cannot write '%1': %2.")));
        error.withArguments({path, QStringLiteral("rename failed")});
        QFile::remove(temporary);
        return error;
    }
    return {};
}
} // namespace

QStringList SelfSignedCertificate::defaultHostNames()
{
    QStringList names {QStringLiteral("localhost")};
    const QString host = QSysInfo::machineHostName();
    if (!host.isEmpty() && host != QLatin1String("localhost"))
        names.append(host);
    return names;
}

Result<SelfSignedCertificate::Pem> SelfSignedCertificate::generate(const QStringList &hostNames,
                                                                   int validityDays)
{
    KeyPointer key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return failure("no P-256 key");
    CertificatePointer certificate(X509_new());
    if (!certificate)
        return failure("out of memory");

    // A random positive 128-bit serial: no two generated certificates share one.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return failure("no random serial");
    serialBytes[0] &= 0x7f;
    BignumPointer serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    const QString commonName = hostNames.isEmpty() ? QStringLiteral("localhost") : hostNames.constFirst();
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) // tolerate a clock a little behind
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validityDays) * 24 * 3600)
        || X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("Bookwarden"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(commonName.toUtf8().constData()), -1, -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), name) != 1
        || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return failure("cannot fill in the certificate");

    QByteArrayList alternativeNames;
    for (const QString &host : hostNames) {
        if (QHostAddress(host).isNull())
            alternativeNames.append("DNS:" + host.toUtf8());
        else
            alternativeNames.append("IP:" + host.toUtf8());
    }
    alternativeNames.append("IP:127.0.0.1");
    alternativeNames.append("IP:::1");
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_subject_alt_name, alternativeNames.join(',')))
        return failure("cannot add the X.509 v3 extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return failure("cannot sign");

    Pem pem;
    pem.certificate = certificatePem(certificate.get());
    pem.privateKey = privateKeyPem(key.get());
    if (pem.certificate.isEmpty() || pem.privateKey.isEmpty())
        return failure("cannot encode PEM");
    return pem;
}

Result<SelfSignedCertificate::Files>
SelfSignedCertificate::writeTo(const QString &directory, ExistingFiles existing, const QStringList &hostNames)
{
    if (!QDir().mkpath(directory)) {
        Error error
            = Error::storage(QStringLiteral(QT_TRANSLATE_NOOP("Error", "Cannot create the directory '%1'.")));
        error.withArguments({directory});
        return error;
    }
    const QDir dir(directory);
    Files files {dir.absoluteFilePath(QStringLiteral("bookwarden-cert.pem")),
                 dir.absoluteFilePath(QStringLiteral("bookwarden-key.pem"))};
    if (existing == ExistingFiles::Keep
        && (QFileInfo::exists(files.certificateFile) || QFileInfo::exists(files.keyFile))) {
        Error error = Error::conflict(
            ErrorCode::TlsFilesExist,
            QStringLiteral(QT_TRANSLATE_NOOP("Error",
                                             "'%1' already holds bookwarden-cert.pem or bookwarden-key.pem; "
                                             "they were left as they are.")));
        error.withArguments({QDir::toNativeSeparators(dir.absolutePath())});
        return error;
    }
    const Result<Pem> pem = generate(hostNames);
    if (!pem)
        return pem.error();
    if (const Status written
        = writeAtomically(files.keyFile, pem->privateKey, QFile::ReadOwner | QFile::WriteOwner);
        !written)
        return written.error();
    if (const Status written
        = writeAtomically(files.certificateFile, pem->certificate,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        !written)
        return written.error();
    return files;
}
