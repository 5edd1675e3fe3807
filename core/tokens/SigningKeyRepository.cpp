#include "tokens/SigningKeyRepository.h"

#include "storage/SqlStatement.h"

#include <QLoggingCategory>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcKeyRows, "bookwarden.core.keys")

namespace SigningKeyRepository {

namespace {
QString encodeMaterial(JwsAlgorithm algorithm, QByteArray material)
{
    QString text = JwsAlgorithms::isHmac(algorithm) ? QString::fromLatin1(material.toBase64())
                                                    : QString::fromLatin1(material);
    OPENSSL_cleanse(material.data(), size_t(material.size()));
    return text;
}

Result<SigningKey> decodeMaterial(JwsAlgorithm algorithm, const QString &text)
{
    QByteArray material
        = JwsAlgorithms::isHmac(algorithm) ? QByteArray::fromBase64(text.toLatin1()) : text.toLatin1();
    Result<SigningKey> key = SigningKey::fromMaterial(algorithm, material);
    OPENSSL_cleanse(material.data(), size_t(material.size()));
    return key;
}
} // namespace

Result<QList<StoredSigningKey>> listAll(SqlConnection &connection)
{
    SqlStatement select(
        connection,
        QStringLiteral("SELECT id, kid, algorithm, material, status, created_at, status_changed_at"
                       " FROM signing_keys ORDER BY created_at DESC, id DESC"),
        "readSigningKeys");
    if (Status run = select.execute(); !run)
        return run.error();
    QList<StoredSigningKey> keys;
    while (select.next()) {
        StoredSigningKey stored;
        stored.id = select.int64(0);
        stored.kid = select.text(1);
        const std::optional<JwsAlgorithm> algorithm = JwsAlgorithms::fromName(select.text(2));
        const std::optional<KeyStatus> status = KeyStatuses::fromName(select.text(4));
        if (!algorithm || !status) {
            qCWarning(lcKeyRows) << "skipping signing key" << stored.kid
                                 << "with an unknown algorithm or status";
            continue;
        }
        stored.algorithm = *algorithm;
        stored.status = *status;
        stored.createdAtMs = select.int64(5);
        stored.statusChangedAtMs = select.int64(6);
        Result<SigningKey> key = decodeMaterial(*algorithm, select.text(3));
        if (!key) {
            qCWarning(lcKeyRows) << "skipping unreadable signing key" << stored.kid << ":"
                                 << key.error().message();
            continue;
        }
        stored.key = key.value();
        stored.key.setKid(stored.kid);
        keys << stored;
    }
    return keys;
}

Result<std::optional<StoredSigningKey>> findByKid(SqlConnection &connection, const QString &kid)
{
    const Result<QList<StoredSigningKey>> keys = listAll(connection);
    if (!keys)
        return keys.error();
    for (const StoredSigningKey &key : keys.value()) {
        if (key.kid == kid)
            return std::optional<StoredSigningKey>(key);
    }
    return std::optional<StoredSigningKey>();
}

Result<qint64> insert(SqlConnection &connection, const SigningKey &key, KeyStatus status, qint64 nowMs)
{
    const Result<QByteArray> material = key.exportMaterial();
    if (!material)
        return material.error();
    SqlStatement insert(
        connection,
        QStringLiteral("INSERT INTO signing_keys (kid, algorithm, material, status, created_at,"
                       " status_changed_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertSigningKey");
    insert.bind(key.kid())
        .bind(JwsAlgorithms::name(key.algorithm()))
        .bind(encodeMaterial(key.algorithm(), material.value()))
        .bind(KeyStatuses::name(status))
        .bind(nowMs)
        .bind(nowMs);
    if (Status run = insert.execute(); !run) {
        if (insert.failedOnUniqueConstraint())
            return Error::conflict(
                ErrorCode::KeyExists,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "A key with this id exists already.")));
        return run.error();
    }
    if (!insert.next())
        return Error::storage(QStringLiteral("The new key's id was not returned."));
    return insert.int64(0);
}

Status setStatus(SqlConnection &connection, qint64 id, KeyStatus status, qint64 nowMs)
{
    SqlStatement update(
        connection, QStringLiteral("UPDATE signing_keys SET status = ?, status_changed_at = ? WHERE id = ?"),
        "setSigningKeyStatus");
    update.bind(KeyStatuses::name(status)).bind(nowMs).bind(id);
    return update.execute();
}

Status demoteActive(SqlConnection &connection, qint64 nowMs)
{
    SqlStatement demote(connection,
                        QStringLiteral("UPDATE signing_keys SET status = 'passive', status_changed_at = ?"
                                       " WHERE status = 'active'"),
                        "demoteActiveKey");
    demote.bind(nowMs);
    return demote.execute();
}

} // namespace SigningKeyRepository
