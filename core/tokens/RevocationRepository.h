#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

class SqlConnection;

// What a row of `token_revocations` says: one revoked token id, session or subject, and how long the row
// can still matter.
struct RevocationRow
{
    enum class Kind { Token, Session, Subject };

    Kind kind = Kind::Token;
    QString value; // the jti, the session's public id or the user's public id
    qint64 validAfterMs = 0; // subjects: tokens issued before this are void
    qint64 keepUntilMs = 0;
};

// The SQL for the token_revocations table, and nothing else: no in-memory list (RevocationService keeps
// that in step). Every function runs on the connection it is given.
namespace RevocationRepository {

// The kind as the kind column spells it ("jti", "session", "subject"), and back.
QString kindName(RevocationRow::Kind kind);
std::optional<RevocationRow::Kind> kindFromName(const QString &name);

// Inserts the row, or widens an existing one for the same kind and value (the later valid-after time, the
// later keep-until time).
Status upsert(SqlConnection &connection, const RevocationRow &row);
// The rows that still matter at nowMs.
Result<QList<RevocationRow>> listUnexpired(SqlConnection &connection, qint64 nowMs);
// Deletes the rows that no longer matter at nowMs; returns how many.
Result<qint64> deleteExpired(SqlConnection &connection, qint64 nowMs);

} // namespace RevocationRepository
