#pragma once

#include "jose/JwsAlgorithm.h"
#include "jose/SigningKey.h"

#include <QMetaType>
#include <QString>

#include <optional>

// Active: signs new tokens (exactly one key). Passive: no longer signs, still verifies the tokens it signed
// until they have all expired. Retired: verifies nothing and is kept only for the record.
enum class KeyStatus { Active, Passive, Retired };

namespace KeyStatuses {
QString name(KeyStatus status); // "active", "passive", "retired"
std::optional<KeyStatus> fromName(const QString &name);
} // namespace KeyStatuses

// A signing key as the database keeps it: the key itself and its life cycle.
struct StoredSigningKey
{
    qint64 id = 0;
    QString kid;
    JwsAlgorithm algorithm = JwsAlgorithm::HS256;
    KeyStatus status = KeyStatus::Active;
    qint64 createdAtMs = 0;
    qint64 statusChangedAtMs = 0;
    SigningKey key;
};

Q_DECLARE_METATYPE(StoredSigningKey)
