#pragma once

#include "common/Result.h"

#include <QString>

class RevocationList;
class SqlConnection;
class WriteTransaction;

// Revocations made durable and applied: each is written to `token_revocations` (RevocationRepository) in the
// transaction that causes it, and reaches the in-memory RevocationList only once that commits, so that a
// rolled-back change revokes nothing. At start-up the list is rebuilt from the rows that can still matter.
class RevocationService
{
public:
    explicit RevocationService(RevocationList &list);

    Status revokeToken(WriteTransaction &transaction, const QString &jti, qint64 keepUntilMs);
    Status revokeSession(WriteTransaction &transaction, const QString &sessionId, qint64 keepUntilMs);
    Status revokeSubject(WriteTransaction &transaction, const QString &subject, qint64 validAfterMs,
                         qint64 keepUntilMs);

    Status load(SqlConnection &connection, qint64 nowMs);
    // Revocations made by another process sharing the database (InstanceChanges of this kind): each is
    // published in the transaction that stores it, and applied here from its payload.
    static QString changeKind();
    Status applyPublished(const QString &payload);
    // Deletes rows (and forgets entries) that no unexpired token can be affected by.
    Result<qint64> prune(WriteTransaction &transaction);

private:
    RevocationList &m_list;
};
