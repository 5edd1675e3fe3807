#include "tokens/SigningKeyStore.h"

#include "common/Clock.h"
#include "common/Futures.h"
#include "events/SecurityEventLog.h"
#include "jose/Base64Url.h"
#include "jose/JwsVerifier.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcKeys, "bookwarden.core.keys")

QString KeyStatuses::name(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Passive:
        return QStringLiteral("passive");
    case KeyStatus::Retired:
        return QStringLiteral("retired");
    }
    return QStringLiteral("retired");
}

std::optional<KeyStatus> KeyStatuses::fromName(const QString &name)
{
    for (KeyStatus status : {KeyStatus::Active, KeyStatus::Passive, KeyStatus::Retired}) {
        if (name == KeyStatuses::name(status))
            return status;
    }
    return std::nullopt;
}

namespace {
Error keyNotFound()
{
    return Error::notFound(ErrorCode::KeyNotFound,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such signing key.")));
}

Error adminRequired()
{
    return Error::forbidden(ErrorCode::AdminRequired,
                            QStringLiteral(QT_TRANSLATE_NOOP("Error", "This needs an administrator.")));
}

// HMAC secrets are binary: stored base64-encoded. Asymmetric keys are stored as their PEM text.
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

Result<QList<StoredSigningKey>> readKeys(SqlConnection &connection)
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
            qCWarning(lcKeys) << "skipping signing key" << stored.kid
                              << "with an unknown algorithm or status";
            continue;
        }
        stored.algorithm = *algorithm;
        stored.status = *status;
        stored.createdAtMs = select.int64(5);
        stored.statusChangedAtMs = select.int64(6);
        Result<SigningKey> key = decodeMaterial(*algorithm, select.text(3));
        if (!key) {
            qCWarning(lcKeys) << "skipping unreadable signing key" << stored.kid << ":"
                              << key.error().message();
            continue;
        }
        stored.key = key.value();
        stored.key.setKid(stored.kid);
        keys << stored;
    }
    return keys;
}

Result<StoredSigningKey> findKey(SqlConnection &connection, const QString &kid)
{
    const Result<QList<StoredSigningKey>> keys = readKeys(connection);
    if (!keys)
        return keys.error();
    for (const StoredSigningKey &key : keys.value()) {
        if (key.kid == kid)
            return key;
    }
    return keyNotFound();
}

Status setStatus(SqlConnection &connection, qint64 id, KeyStatus status, qint64 nowMs)
{
    SqlStatement update(
        connection, QStringLiteral("UPDATE signing_keys SET status = ?, status_changed_at = ? WHERE id = ?"),
        "setSigningKeyStatus");
    update.bind(KeyStatuses::name(status)).bind(nowMs).bind(id);
    return update.execute();
}
} // namespace

SigningKeyStore::SigningKeyStore(Database &database, SecurityEventLog &events, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_events(events)
    , m_clock(clock)
{
    qRegisterMetaType<StoredSigningKey>();
}

QString SigningKeyStore::newKid(JwsAlgorithm algorithm, qint64 nowMs)
{
    const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 36).right(6);
    return JwsAlgorithms::name(algorithm).toLower() + QLatin1Char('-')
        + QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"))
        + QLatin1Char('-') + QString::fromLatin1(random);
}

Status SigningKeyStore::load()
{
    Result<QList<StoredSigningKey>> keys = readKeys(m_database.connection());
    if (!keys)
        return keys.error();
    const bool hasActive = std::any_of(keys->cbegin(), keys->cend(), [](const StoredSigningKey &key) {
        return key.status == KeyStatus::Active;
    });
    if (!hasActive) {
        Result<SigningKey> first = SigningKey::generate(JwsAlgorithm::HS256);
        if (!first)
            return first.error();
        const Result<StoredSigningKey> stored
            = m_database.writer()
                  .submit<StoredSigningKey>([this, key = first.value()](WriteTransaction &transaction) {
                      return insertKey(transaction, key, true);
                  })
                  .result();
        if (!stored)
            return stored.error();
        qCInfo(lcKeys) << "created the first signing key" << stored->kid;
        keys = readKeys(m_database.connection());
        if (!keys)
            return keys.error();
    }
    replaceKeys(keys.value());
    return {};
}

void SigningKeyStore::replaceKeys(QList<StoredSigningKey> keys)
{
    QHash<QString, SigningKey> verifying;
    SigningKey active;
    for (const StoredSigningKey &key : std::as_const(keys)) {
        if (key.status != KeyStatus::Retired)
            verifying.insert(key.kid, key.key);
        if (key.status == KeyStatus::Active)
            active = key.key;
    }
    QWriteLocker locker(&m_lock);
    m_keys = std::move(keys);
    m_verifying = std::move(verifying);
    m_active = active;
}

SigningKey SigningKeyStore::activeKey() const
{
    QReadLocker locker(&m_lock);
    return m_active;
}

Result<SigningKey> SigningKeyStore::resolve(const QString &kid) const
{
    QReadLocker locker(&m_lock);
    if (kid.isEmpty()) {
        if (m_active.isNull())
            return JwsVerifier::unknownKid();
        return m_active;
    }
    const auto found = m_verifying.constFind(kid);
    if (found == m_verifying.constEnd())
        return JwsVerifier::unknownKid();
    return *found;
}

QList<StoredSigningKey> SigningKeyStore::keys() const
{
    QReadLocker locker(&m_lock);
    return m_keys;
}

QJsonObject SigningKeyStore::jwks() const
{
    QJsonArray keys;
    for (const StoredSigningKey &key : this->keys()) {
        if (key.status == KeyStatus::Retired || key.key.isSymmetric())
            continue;
        const QJsonObject jwk = key.key.publicJwk();
        if (!jwk.isEmpty())
            keys.append(jwk);
    }
    return QJsonObject {{QStringLiteral("keys"), keys}};
}

qint64 SigningKeyStore::retirableAtMs(const StoredSigningKey &key) const
{
    return key.status == KeyStatus::Passive ? key.statusChangedAtMs + m_tokenHorizonMs : 0;
}

Status SigningKeyStore::reloadInTransaction(WriteTransaction &transaction)
{
    Result<QList<StoredSigningKey>> keys = readKeys(transaction.connection());
    if (!keys)
        return keys.error();
    transaction.afterCommit([this, keys = keys.value()]() mutable {
        replaceKeys(std::move(keys));
        emit keysChanged();
    });
    return {};
}

Result<StoredSigningKey> SigningKeyStore::insertKey(WriteTransaction &transaction, SigningKey key,
                                                    bool makeActive)
{
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();
    const QString kid = key.kid().isEmpty() ? newKid(key.algorithm(), now) : key.kid();
    key.setKid(kid);
    const Result<QByteArray> material = key.exportMaterial();
    if (!material)
        return material.error();
    if (makeActive) {
        SqlStatement demote(connection,
                            QStringLiteral("UPDATE signing_keys SET status = 'passive', status_changed_at = ?"
                                           " WHERE status = 'active'"),
                            "demoteActiveKey");
        demote.bind(now);
        if (Status run = demote.execute(); !run)
            return run.error();
    }
    SqlStatement insert(
        connection,
        QStringLiteral("INSERT INTO signing_keys (kid, algorithm, material, status, created_at,"
                       " status_changed_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertSigningKey");
    insert.bind(kid)
        .bind(JwsAlgorithms::name(key.algorithm()))
        .bind(encodeMaterial(key.algorithm(), material.value()))
        .bind(makeActive ? QStringLiteral("active") : QStringLiteral("passive"))
        .bind(now)
        .bind(now);
    if (Status run = insert.execute(); !run) {
        if (insert.failedOnUniqueConstraint())
            return Error::conflict(
                ErrorCode::KeyExists,
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "A key with this id exists already.")));
        return run.error();
    }
    if (!insert.next())
        return Error::storage(QStringLiteral("The new key's id was not returned."));
    if (Status reloaded = reloadInTransaction(transaction); !reloaded)
        return reloaded.error();
    StoredSigningKey stored;
    stored.id = insert.int64(0);
    stored.kid = kid;
    stored.algorithm = key.algorithm();
    stored.status = makeActive ? KeyStatus::Active : KeyStatus::Passive;
    stored.createdAtMs = now;
    stored.statusChangedAtMs = now;
    stored.key = key;
    return stored;
}

QFuture<Result<StoredSigningKey>> SigningKeyStore::store(const Actor &actor, SigningKey key, bool makeActive,
                                                         const QString &origin)
{
    const QString actorName = actor.displayName();
    return m_database.writer().submit<StoredSigningKey>(
        [this, key, makeActive, origin,
         actorName](WriteTransaction &transaction) -> Result<StoredSigningKey> {
            const Result<StoredSigningKey> stored = insertKey(transaction, key, makeActive);
            if (!stored)
                return stored;
            SecurityEvent event;
            event.type = makeActive ? SecurityEventType::keyRotated : SecurityEventType::keyCreated;
            event.actor = actorName;
            event.details
                = QJsonObject {{QStringLiteral("kid"), stored->kid},
                               {QStringLiteral("algorithm"), JwsAlgorithms::name(stored->algorithm)},
                               {QStringLiteral("origin"), origin}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
            return stored;
        });
}

QFuture<Result<StoredSigningKey>> SigningKeyStore::generate(const Actor &actor, JwsAlgorithm algorithm,
                                                            int rsaBits, bool makeActive)
{
    if (!actor.isAdmin())
        return Futures::ready<StoredSigningKey>(adminRequired());
    QFuture<Result<SigningKey>> generated
        = Futures::run<SigningKey>([algorithm, rsaBits] { return SigningKey::generate(algorithm, rsaBits); });
    return Futures::andThen<StoredSigningKey>(generated, [this, actor, makeActive](const SigningKey &key) {
        return store(actor, key, makeActive, QStringLiteral("generated"));
    });
}

QFuture<Result<StoredSigningKey>> SigningKeyStore::importPrivatePem(const Actor &actor, const QByteArray &pem,
                                                                    JwsAlgorithm algorithm, bool makeActive)
{
    if (!actor.isAdmin())
        return Futures::ready<StoredSigningKey>(adminRequired());
    const Result<SigningKey> key = SigningKey::fromPrivatePem(pem, algorithm);
    if (!key)
        return Futures::ready<StoredSigningKey>(key.error());
    return store(actor, key.value(), makeActive, QStringLiteral("imported"));
}

QFuture<Result<StoredSigningKey>> SigningKeyStore::activate(const Actor &actor, const QString &kid)
{
    if (!actor.isAdmin())
        return Futures::ready<StoredSigningKey>(adminRequired());
    const QString actorName = actor.displayName();
    return m_database.writer().submit<StoredSigningKey>(
        [this, kid, actorName](WriteTransaction &transaction) -> Result<StoredSigningKey> {
            SqlConnection &connection = transaction.connection();
            Result<StoredSigningKey> target = findKey(connection, kid);
            if (!target)
                return target;
            if (target->status == KeyStatus::Active)
                return target;
            if (target->status == KeyStatus::Retired)
                return Error::conflict(
                    ErrorCode::KeyRetired,
                    QStringLiteral(QT_TRANSLATE_NOOP("Error", "A retired key cannot sign again.")));
            const qint64 now = transaction.nowMs();
            SqlStatement demote(
                connection,
                QStringLiteral("UPDATE signing_keys SET status = 'passive', status_changed_at = ?"
                               " WHERE status = 'active'"),
                "demoteActiveKey");
            demote.bind(now);
            if (Status run = demote.execute(); !run)
                return run.error();
            if (Status updated = setStatus(connection, target->id, KeyStatus::Active, now); !updated)
                return updated.error();
            SecurityEvent event;
            event.type = SecurityEventType::keyRotated;
            event.actor = actorName;
            event.details = QJsonObject {{QStringLiteral("kid"), kid}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
            if (Status reloaded = reloadInTransaction(transaction); !reloaded)
                return reloaded.error();
            target.value().status = KeyStatus::Active;
            target.value().statusChangedAtMs = now;
            return target;
        });
}

QFuture<Result<StoredSigningKey>> SigningKeyStore::retire(const Actor &actor, const QString &kid, bool force)
{
    if (!actor.isAdmin())
        return Futures::ready<StoredSigningKey>(adminRequired());
    const QString actorName = actor.displayName();
    return m_database.writer().submit<StoredSigningKey>(
        [this, kid, force, actorName](WriteTransaction &transaction) -> Result<StoredSigningKey> {
            SqlConnection &connection = transaction.connection();
            Result<StoredSigningKey> target = findKey(connection, kid);
            if (!target)
                return target;
            if (target->status == KeyStatus::Retired)
                return target;
            if (target->status == KeyStatus::Active)
                return Error::conflict(
                    ErrorCode::KeyActive,
                    QStringLiteral(QT_TRANSLATE_NOOP(
                        "Error", "The active key signs new tokens; make another key active first.")));
            const qint64 now = transaction.nowMs();
            const qint64 retirable = target->statusChangedAtMs + m_tokenHorizonMs;
            if (!force && now < retirable)
                return Error(ErrorKind::Conflict, ErrorCode::KeyStillVerifying,
                             QStringLiteral(QT_TRANSLATE_NOOP(
                                 "Error",
                                 "Tokens signed with this key may still be valid until %1 (UTC). Retiring it "
                                 "now would sign their holders out.")),
                             {QDateTime::fromMSecsSinceEpoch(retirable, Qt::UTC).toString(Qt::ISODate)});
            if (Status updated = setStatus(connection, target->id, KeyStatus::Retired, now); !updated)
                return updated.error();
            SecurityEvent event;
            event.type = SecurityEventType::keyRetired;
            event.actor = actorName;
            event.details = QJsonObject {{QStringLiteral("kid"), kid},
                                         {QStringLiteral("forced"), force && now < retirable}};
            if (Status recorded = m_events.record(transaction, event); !recorded)
                return recorded.error();
            if (Status reloaded = reloadInTransaction(transaction); !reloaded)
                return reloaded.error();
            target.value().status = KeyStatus::Retired;
            target.value().statusChangedAtMs = now;
            return target;
        });
}
