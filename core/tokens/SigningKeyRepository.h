#pragma once

#include "common/Result.h"
#include "tokens/StoredSigningKey.h"

#include <QList>
#include <QString>

#include <optional>

class SqlConnection;

// The SQL for the signing_keys table, and nothing else: no permissions, no life-cycle rules
// (SigningKeyService has those). HMAC secrets are stored base64-encoded, asymmetric keys as their PEM
// text; the plain material is wiped once encoded or decoded. Every function runs on the connection it is
// given.
namespace SigningKeyRepository {

// Every readable key, newest first; rows with an unknown algorithm or status or unreadable material are
// skipped with a warning.
Result<QList<StoredSigningKey>> listAll(SqlConnection &connection);
Result<std::optional<StoredSigningKey>> findByKid(SqlConnection &connection, const QString &kid);
// Inserts the key under its kid; ErrorKind::Conflict "key_exists" when the kid is taken. Returns the id.
Result<qint64> insert(SqlConnection &connection, const SigningKey &key, KeyStatus status, qint64 nowMs);
Status setStatus(SqlConnection &connection, qint64 id, KeyStatus status, qint64 nowMs);
// The active key (if any) becomes passive.
Status demoteActive(SqlConnection &connection, qint64 nowMs);

} // namespace SigningKeyRepository
