#pragma once

#include "common/Result.h"

#include <QString>

class RevocationList;
class SqlConnection;
class WriteTransaction;

// Keeps the revocation list durable: every revocation is written to `token_revocations` in the
// transaction that causes it, and is applied to the in-memory RevocationList once that commits. At
// start-up the list is rebuilt from the rows that can still matter.
class RevocationStore
{
public:
    explicit RevocationStore(RevocationList &list);

    Status revokeToken(WriteTransaction &transaction, const QString &jti, qint64 keepUntilMs);
    Status revokeSession(WriteTransaction &transaction, const QString &sessionId, qint64 keepUntilMs);
    Status revokeSubject(WriteTransaction &transaction, const QString &subject, qint64 validAfterMs,
                         qint64 keepUntilMs);

    Status load(SqlConnection &connection, qint64 nowMs);
    // Deletes rows (and forgets entries) that no unexpired token can be affected by.
    Result<qint64> prune(WriteTransaction &transaction);

private:
    Status upsert(WriteTransaction &transaction, const QString &kind, const QString &value,
                  qint64 validAfterMs, qint64 keepUntilMs);

    RevocationList &m_list;
};
