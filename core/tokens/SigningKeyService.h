#pragma once

#include "common/Result.h"
#include "tokens/StoredSigningKey.h"
#include "users/Actor.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QReadWriteLock>

class Database;
class SecurityEventLog;
struct SecurityEvent;
class WriteTransaction;

// The signing keys and their life cycle, with an in-memory copy for verification (one lookup per request);
// the rows are SigningKeyRepository's. Exactly one key is active and signs new tokens; rotating makes a new
// key active and the old one passive (it still verifies what it signed); a passive key can be retired once
// every token it signed has expired (or at once, with force, when it was compromised). The first start
// generates an HS256 key from 256 random bits. Administrators only; every change is a security event.
class SigningKeyService : public QObject
{
    Q_OBJECT

public:
    SigningKeyService(Database &database, SecurityEventLog &events, QObject *parent = nullptr);

    // Reads the keys into memory and, when none is active, creates the first HS256 key. Start-up only.
    Status load();
    // Reads the keys again (another process sharing the database changed them); creates none.
    Status reload();

    // How long after a key stops signing its tokens may still be valid: the longest access-token lifetime
    // plus clock leeway. A passive key can be retired after that.
    void setTokenHorizonMs(qint64 horizonMs) { m_tokenHorizonMs = horizonMs; }
    qint64 tokenHorizonMs() const { return m_tokenHorizonMs; }

    SigningKey activeKey() const;
    // The non-retired key with this kid; an empty kid means "the active key" (tokens without kid).
    Result<SigningKey> resolve(const QString &kid) const;
    // Every key, newest first, for the GUI and the API (key material stays inside).
    QList<StoredSigningKey> keys() const;
    // RFC 7517 JWK Set of the public parts of the non-retired asymmetric keys. Never a secret.
    QJsonObject jwks() const;
    // When a passive key may be retired without force (ms since the epoch); 0 for other states.
    qint64 retirableAtMs(const StoredSigningKey &key) const;

    // Generation runs off the calling thread (an RSA key takes a while).
    QFuture<Result<StoredSigningKey>> generate(const Actor &actor, JwsAlgorithm algorithm, int rsaBits = 2048,
                                               bool makeActive = true);
    QFuture<Result<StoredSigningKey>> importPrivatePem(const Actor &actor, const QByteArray &pem,
                                                       JwsAlgorithm algorithm, bool makeActive = true);
    QFuture<Result<StoredSigningKey>> activate(const Actor &actor, const QString &kid);
    QFuture<Result<StoredSigningKey>> retire(const Actor &actor, const QString &kid, bool force = false);

    static QString newKid(JwsAlgorithm algorithm, qint64 nowMs);

signals:
    // The key list changed (emitted on the writer thread after commit).
    void keysChanged();

private:
    QFuture<Result<StoredSigningKey>> store(const Actor &actor, SigningKey key, bool makeActive,
                                            const QString &origin);
    Result<StoredSigningKey> insertKey(WriteTransaction &transaction, SigningKey key, bool makeActive);
    // Inside a write job: the key's new status, its security event, and the in-memory keys refreshed.
    Result<StoredSigningKey> changeStatus(WriteTransaction &transaction, StoredSigningKey key,
                                          KeyStatus status, const SecurityEvent &event);
    Status reloadInTransaction(WriteTransaction &transaction);
    Status loadOrCreateFirst();
    void replaceKeys(QList<StoredSigningKey> keys);

    Database &m_database;
    SecurityEventLog &m_events;
    qint64 m_tokenHorizonMs = (24LL * 3600 + 30) * 1000;

    mutable QReadWriteLock m_lock;
    QList<StoredSigningKey> m_keys; // newest first
    QHash<QString, SigningKey> m_verifying; // kid → key, non-retired only
    SigningKey m_active;
};
