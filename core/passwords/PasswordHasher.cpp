#include "passwords/PasswordHasher.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <argon2.h>
#include <openssl/crypto.h>

#include <array>
#include <cstring>

Q_LOGGING_CATEGORY(lcPasswords, "bookwarden.core.passwords")

namespace {
constexpr size_t saltLength = 16;
constexpr size_t hashLength = 32;

// The UTF-8 bytes of a password, wiped from memory when done.
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString &password)
        : m_bytes(password.toUtf8())
    { }
    ~PasswordBytes() { OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    size_t size() const { return size_t(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

std::optional<argon2_type> typeFromName(const QString &name)
{
    if (name == QLatin1String("argon2id"))
        return Argon2_id;
    if (name == QLatin1String("argon2i"))
        return Argon2_i;
    if (name == QLatin1String("argon2d"))
        return Argon2_d;
    return std::nullopt;
}

Error hashingFailed(int code)
{
    qCCritical(lcPasswords) << "argon2 failed:" << argon2_error_message(code);
    return Error::internal(
        QStringLiteral("Password hashing failed (%1).").arg(QLatin1String(argon2_error_message(code))));
}
} // namespace

PasswordHasher::PasswordHasher(Argon2Parameters parameters)
    : m_parameters(parameters)
{
    if (!m_parameters.isValid()) {
        qCWarning(lcPasswords) << "invalid Argon2 parameters; using the defaults";
        m_parameters = Argon2Parameters();
    }
    std::array<quint32, 8> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    m_dummyHash
        = hash(QString::fromLatin1(
                   QByteArray(reinterpret_cast<const char *>(random.data()), int(sizeof(random))).toBase64()))
              .valueOr(QString());
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    // The system CSPRNG (getrandom) rather than OpenSSL's: hashing runs on pool threads, where OpenSSL
    // would keep per-thread generator state alive beyond the thread's work.
    std::array<quint32, saltLength / sizeof(quint32)> saltWords {};
    QRandomGenerator::system()->fillRange(saltWords.data(), saltWords.size());
    std::array<unsigned char, saltLength> salt {};
    std::memcpy(salt.data(), saltWords.data(), saltLength);

    const PasswordBytes bytes(password);
    const size_t encodedLength
        = argon2_encodedlen(m_parameters.iterations, m_parameters.memoryKiB, m_parameters.parallelism,
                            saltLength, hashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int result = argon2id_hash_encoded(
        m_parameters.iterations, m_parameters.memoryKiB, m_parameters.parallelism, bytes.data(), bytes.size(),
        salt.data(), salt.size(), hashLength, encoded.data(), encodedLength);
    if (result != ARGON2_OK)
        return hashingFailed(result);
    encoded.truncate(qsizetype(qstrlen(encoded.constData())));
    return QString::fromLatin1(encoded);
}

Result<PasswordHasher::Check> PasswordHasher::verify(const QString &password, const QString &phc) const
{
    QString typeName;
    const std::optional<Argon2Parameters> stored = Argon2Parameters::fromPhc(phc, &typeName);
    const std::optional<argon2_type> type = typeFromName(typeName);
    if (!stored || !type)
        return Error::internal(QStringLiteral("A stored password hash is not a valid Argon2 PHC string."));

    const PasswordBytes bytes(password);
    const QByteArray encoded = phc.toLatin1();
    const int result = argon2_verify(encoded.constData(), bytes.data(), bytes.size(), *type);
    if (result == ARGON2_VERIFY_MISMATCH)
        return Check {false, false};
    if (result != ARGON2_OK)
        return hashingFailed(result);
    return Check {true, needsRehash(phc)};
}

bool PasswordHasher::needsRehash(const QString &phc) const
{
    QString type;
    int version = 0;
    const std::optional<Argon2Parameters> stored = Argon2Parameters::fromPhc(phc, &type, &version);
    return !stored || type != QLatin1String("argon2id") || version != ARGON2_VERSION_13
        || *stored != m_parameters;
}
