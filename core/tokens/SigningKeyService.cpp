#include "tokens/SigningKeyService.h"

#include "common/Futures.h"
#include "events/SecurityEventLog.h"
#include "jose/JwsVerifier.h"
#include "storage/Database.h"
#include "tokens/SigningKeyRepository.h"
#include "users/UserRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcKeys, "bookwarden.core.keys")

namespace {
Error keyNotFound()
{
    return Error::notFound(ErrorCode::KeyNotFound,
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "No such signing key.")));
}

Result<StoredSigningKey> findKey(SqlConnection &connection, const QString &kid)
{
    const Result<std::optional<StoredSigningKey>> found = SigningKeyRepository::findByKid(connection, kid);
    if (!found)
        return found.error();
    if (!found.value())
        return keyNotFound();
    return *found.value();
}
} // namespace

SigningKeyService::SigningKeyService(Database &database, SecurityEventLog &events, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_events(events)
{
    qRegisterMetaType<StoredSigningKey>();
}

QString SigningKeyService::newKid(JwsAlgorithm algorithm, qint64 nowMs)
{
    const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 36).right(6);
    return JwsAlgorithms::name(algorithm).toLower() + QLatin1Char('-')
        + QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"))
        + QLatin1Char('-') + QString::fromLatin1(random);
}

Status SigningKeyService::load()
{
    // Servers started together on one PostgreSQL database: one of them creates the first key.
    return m_database.runAlone([this] { return loadOrCreateFirst(); });
}

Status SigningKeyService::loadOrCreateFirst()
{
    Result<QList<StoredSigningKey>> keys = SigningKeyRepository::listAll(m_database.connection());
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
        keys = SigningKeyRepository::listAll(m_database.connection());
        if (!keys)
            return keys.error();
    }
    replaceKeys(keys.value());
    return {};
}

void SigningKeyService::replaceKeys(QList<StoredSigningKey> keys)
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

SigningKey SigningKeyService::activeKey() const
{
    QReadLocker locker(&m_lock);
    return m_active;
}

Result<SigningKey> SigningKeyService::resolve(const QString &kid) const
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

QList<StoredSigningKey> SigningKeyService::keys() const
{
    QReadLocker locker(&m_lock);
    return m_keys;
}

QJsonObject SigningKeyService::jwks() const
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

qint64 SigningKeyService::retirableAtMs(const StoredSigningKey &key) const
{
    return key.status == KeyStatus::Passive ? key.statusChangedAtMs + m_tokenHorizonMs : 0;
}

Status SigningKeyService::reloadInTransaction(WriteTransaction &transaction)
{
    Result<QList<StoredSigningKey>> keys = SigningKeyRepository::listAll(transaction.connection());
    if (!keys)
        return keys.error();
    transaction.afterCommit([this, keys = keys.value()]() mutable {
        replaceKeys(std::move(keys));
        emit keysChanged();
    });
    return transaction.publish(QStringLiteral("keys"), QString());
}

Status SigningKeyService::reload()
{
    Result<QList<StoredSigningKey>> keys = SigningKeyRepository::listAll(m_database.connection());
    if (!keys)
        return keys.error();
    replaceKeys(std::move(keys).value());
    emit keysChanged();
    return {};
}

Result<StoredSigningKey> SigningKeyService::insertKey(WriteTransaction &transaction, SigningKey key,
                                                      bool makeActive)
{
    SqlConnection &connection = transaction.connection();
    const qint64 now = transaction.nowMs();
    key.setKid(key.kid().isEmpty() ? newKid(key.algorithm(), now) : key.kid());
    if (makeActive) {
        if (Status demoted = SigningKeyRepository::demoteActive(connection, now); !demoted)
            return demoted.error();
    }
    const KeyStatus status = makeActive ? KeyStatus::Active : KeyStatus::Passive;
    const Result<qint64> id = SigningKeyRepository::insert(connection, key, status, now);
    if (!id)
        return id.error();
    if (Status reloaded = reloadInTransaction(transaction); !reloaded)
        return reloaded.error();
    StoredSigningKey stored;
    stored.id = id.value();
    stored.kid = key.kid();
    stored.algorithm = key.algorithm();
    stored.status = status;
    stored.createdAtMs = now;
    stored.statusChangedAtMs = now;
    stored.key = key;
    return stored;
}

QFuture<Result<StoredSigningKey>> SigningKeyService::store(const Actor &actor, SigningKey key,
                                                           bool makeActive, const QString &origin)
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

QFuture<Result<StoredSigningKey>> SigningKeyService::generate(const Actor &actor, JwsAlgorithm algorithm,
                                                              int rsaBits, bool makeActive)
{
    if (Status admin = UserRules::checkAdministrator(actor); !admin)
        return Futures::ready<StoredSigningKey>(admin.error());
    QFuture<Result<SigningKey>> generated
        = Futures::run<SigningKey>([algorithm, rsaBits] { return SigningKey::generate(algorithm, rsaBits); });
    return Futures::andThen<StoredSigningKey>(generated, [this, actor, makeActive](const SigningKey &key) {
        return store(actor, key, makeActive, QStringLiteral("generated"));
    });
}

QFuture<Result<StoredSigningKey>> SigningKeyService::importPrivatePem(const Actor &actor,
                                                                      const QByteArray &pem,
                                                                      JwsAlgorithm algorithm, bool makeActive)
{
    if (Status admin = UserRules::checkAdministrator(actor); !admin)
        return Futures::ready<StoredSigningKey>(admin.error());
    const Result<SigningKey> key = SigningKey::fromPrivatePem(pem, algorithm);
    if (!key)
        return Futures::ready<StoredSigningKey>(key.error());
    return store(actor, key.value(), makeActive, QStringLiteral("imported"));
}

Result<StoredSigningKey> SigningKeyService::changeStatus(WriteTransaction &transaction, StoredSigningKey key,
                                                         KeyStatus status, const SecurityEvent &event)
{
    const qint64 now = transaction.nowMs();
    if (Status updated = SigningKeyRepository::setStatus(transaction.connection(), key.id, status, now);
        !updated)
        return updated.error();
    if (Status recorded = m_events.record(transaction, event); !recorded)
        return recorded.error();
    if (Status reloaded = reloadInTransaction(transaction); !reloaded)
        return reloaded.error();
    key.status = status;
    key.statusChangedAtMs = now;
    return key;
}

QFuture<Result<StoredSigningKey>> SigningKeyService::activate(const Actor &actor, const QString &kid)
{
    if (Status admin = UserRules::checkAdministrator(actor); !admin)
        return Futures::ready<StoredSigningKey>(admin.error());
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
            if (Status demoted = SigningKeyRepository::demoteActive(connection, now); !demoted)
                return demoted.error();
            SecurityEvent event;
            event.type = SecurityEventType::keyRotated;
            event.actor = actorName;
            event.details = QJsonObject {{QStringLiteral("kid"), kid}};
            return changeStatus(transaction, target.value(), KeyStatus::Active, event);
        });
}

QFuture<Result<StoredSigningKey>> SigningKeyService::retire(const Actor &actor, const QString &kid,
                                                            bool force)
{
    if (Status admin = UserRules::checkAdministrator(actor); !admin)
        return Futures::ready<StoredSigningKey>(admin.error());
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
            SecurityEvent event;
            event.type = SecurityEventType::keyRetired;
            event.actor = actorName;
            event.details = QJsonObject {{QStringLiteral("kid"), kid},
                                         {QStringLiteral("forced"), force && now < retirable}};
            return changeStatus(transaction, target.value(), KeyStatus::Retired, event);
        });
}
