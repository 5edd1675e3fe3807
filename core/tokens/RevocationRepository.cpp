#include "tokens/RevocationRepository.h"

#include "storage/SqlStatement.h"

namespace RevocationRepository {

QString kindName(RevocationRow::Kind kind)
{
    switch (kind) {
    case RevocationRow::Kind::Token:
        return QStringLiteral("jti");
    case RevocationRow::Kind::Session:
        return QStringLiteral("session");
    case RevocationRow::Kind::Subject:
        return QStringLiteral("subject");
    }
    return QStringLiteral("jti");
}

std::optional<RevocationRow::Kind> kindFromName(const QString &name)
{
    for (RevocationRow::Kind kind :
         {RevocationRow::Kind::Token, RevocationRow::Kind::Session, RevocationRow::Kind::Subject}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

Status upsert(SqlConnection &connection, const RevocationRow &row)
{
    SqlStatement upsert(
        connection,
        QStringLiteral("INSERT INTO token_revocations (kind, value, valid_after, expires_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (kind, value) DO UPDATE SET"
                       // CASE rather than two-argument MAX(): PostgreSQL spells that GREATEST.
                       " valid_after = CASE WHEN excluded.valid_after > token_revocations.valid_after"
                       " THEN excluded.valid_after ELSE token_revocations.valid_after END,"
                       " expires_at = CASE WHEN excluded.expires_at > token_revocations.expires_at"
                       " THEN excluded.expires_at ELSE token_revocations.expires_at END"),
        "upsertRevocation");
    upsert.bind(kindName(row.kind)).bind(row.value).bind(row.validAfterMs).bind(row.keepUntilMs);
    return upsert.execute();
}

Result<QList<RevocationRow>> listUnexpired(SqlConnection &connection, qint64 nowMs)
{
    SqlStatement select(connection,
                        QStringLiteral("SELECT kind, value, valid_after, expires_at FROM token_revocations"
                                       " WHERE expires_at > ?"),
                        "loadRevocations");
    select.bind(nowMs);
    if (Status run = select.execute(); !run)
        return run.error();
    QList<RevocationRow> rows;
    while (select.next()) {
        const std::optional<RevocationRow::Kind> kind = kindFromName(select.text(0));
        if (!kind)
            continue; // written by a newer version: nothing this one can apply
        rows << RevocationRow {*kind, select.text(1), select.int64(2), select.int64(3)};
    }
    return rows;
}

Result<qint64> deleteExpired(SqlConnection &connection, qint64 nowMs)
{
    SqlStatement prune(connection, QStringLiteral("DELETE FROM token_revocations WHERE expires_at <= ?"),
                       "pruneRevocations");
    prune.bind(nowMs);
    if (Status run = prune.execute(); !run)
        return run.error();
    return qint64(prune.numRowsAffected());
}

} // namespace RevocationRepository
