#include "tokens/RevocationStore.h"

#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"
#include "tokens/RevocationList.h"

namespace {
const QString tokenKind = QStringLiteral("jti");
const QString sessionKind = QStringLiteral("session");
const QString subjectKind = QStringLiteral("subject");
} // namespace

RevocationStore::RevocationStore(RevocationList &list)
    : m_list(list)
{ }

Status RevocationStore::upsert(WriteTransaction &transaction, const QString &kind, const QString &value,
                               qint64 validAfterMs, qint64 keepUntilMs)
{
    SqlStatement upsert(
        transaction.connection(),
        QStringLiteral("INSERT INTO token_revocations (kind, value, valid_after, expires_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (kind, value) DO UPDATE SET"
                       // CASE rather than two-argument MAX(): PostgreSQL spells that GREATEST.
                       " valid_after = CASE WHEN excluded.valid_after > token_revocations.valid_after"
                       " THEN excluded.valid_after ELSE token_revocations.valid_after END,"
                       " expires_at = CASE WHEN excluded.expires_at > token_revocations.expires_at"
                       " THEN excluded.expires_at ELSE token_revocations.expires_at END"),
        "upsertRevocation");
    upsert.bind(kind).bind(value).bind(validAfterMs).bind(keepUntilMs);
    return upsert.execute();
}

Status RevocationStore::revokeToken(WriteTransaction &transaction, const QString &jti, qint64 keepUntilMs)
{
    if (Status stored = upsert(transaction, tokenKind, jti, transaction.nowMs(), keepUntilMs); !stored)
        return stored;
    transaction.afterCommit([this, jti, keepUntilMs] { m_list.revokeToken(jti, keepUntilMs); });
    return {};
}

Status RevocationStore::revokeSession(WriteTransaction &transaction, const QString &sessionId,
                                      qint64 keepUntilMs)
{
    if (Status stored = upsert(transaction, sessionKind, sessionId, transaction.nowMs(), keepUntilMs);
        !stored)
        return stored;
    transaction.afterCommit([this, sessionId, keepUntilMs] { m_list.revokeSession(sessionId, keepUntilMs); });
    return {};
}

Status RevocationStore::revokeSubject(WriteTransaction &transaction, const QString &subject,
                                      qint64 validAfterMs, qint64 keepUntilMs)
{
    if (Status stored = upsert(transaction, subjectKind, subject, validAfterMs, keepUntilMs); !stored)
        return stored;
    transaction.afterCommit([this, subject, validAfterMs, keepUntilMs] {
        m_list.revokeSubject(subject, validAfterMs, keepUntilMs);
    });
    return {};
}

Status RevocationStore::load(SqlConnection &connection, qint64 nowMs)
{
    SqlStatement select(connection,
                        QStringLiteral("SELECT kind, value, valid_after, expires_at FROM token_revocations"
                                       " WHERE expires_at > ?"),
                        "loadRevocations");
    select.bind(nowMs);
    if (Status run = select.execute(); !run)
        return run;
    while (select.next()) {
        const QString kind = select.text(0);
        const QString value = select.text(1);
        const qint64 validAfter = select.int64(2);
        const qint64 until = select.int64(3);
        if (kind == tokenKind)
            m_list.revokeToken(value, until);
        else if (kind == sessionKind)
            m_list.revokeSession(value, until);
        else if (kind == subjectKind)
            m_list.revokeSubject(value, validAfter, until);
    }
    return {};
}

Result<qint64> RevocationStore::prune(WriteTransaction &transaction)
{
    SqlStatement prune(transaction.connection(),
                       QStringLiteral("DELETE FROM token_revocations WHERE expires_at <= ?"),
                       "pruneRevocations");
    const qint64 now = transaction.nowMs();
    prune.bind(now);
    if (Status run = prune.execute(); !run)
        return run.error();
    transaction.afterCommit([this, now] { m_list.prune(now); });
    return qint64(prune.numRowsAffected());
}
