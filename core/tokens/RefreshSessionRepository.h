#pragma once

#include "common/Result.h"
#include "tokens/RefreshSession.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SqlConnection;

// What a session records each time it issues a refresh token (when it opens and at every rotation): the
// token's hash, never the token; when; until when the session lasts; and the client it went to.
struct SessionUse
{
    QString tokenHash;
    qint64 nowMs = 0;
    qint64 expiresAtMs = 0;
    QString clientAddress;
    QString userAgent;
};

// Which sessions to list: one owner's (by public id) or everyone's, open ones or all.
struct SessionFilter
{
    QString ownerPublicId; // empty: every user's
    bool includeClosed = false;
    qint64 nowMs = 0;
};

// The SQL for the refresh_sessions and refresh_rotations tables, and nothing else: no rules, no
// permissions (RefreshSessionService has those). Every function runs on the connection it is given.
namespace RefreshSessionRepository {

Result<std::optional<RefreshSession>> findById(SqlConnection &connection, qint64 id);
Result<std::optional<RefreshSession>> findByPublicId(SqlConnection &connection, const QString &publicId);
Result<std::optional<RefreshSession>> findByTokenHash(SqlConnection &connection, const QString &tokenHash);
// The session a rotated-away token belonged to, if the hash is one.
Result<std::optional<qint64>> findRotatedTokenSession(SqlConnection &connection, const QString &tokenHash);
Result<QList<RefreshSession>> list(SqlConnection &connection, const SessionFilter &filter);
// Public ids of a user's sessions that are neither revoked nor expired at nowMs, newest first.
Result<QStringList> openSessionsNewestFirst(SqlConnection &connection, qint64 userId, qint64 nowMs);
// Public ids of a user's sessions that are not revoked (expired ones included).
Result<QStringList> unrevokedSessions(SqlConnection &connection, qint64 userId);
// Open sessions per user id at nowMs.
Result<QHash<qint64, qint64>> openSessionCounts(SqlConnection &connection, qint64 nowMs,
                                                const QList<qint64> &userIds);

// Returns the new session's internal id.
Result<qint64> insert(SqlConnection &connection, const QString &publicId, qint64 userId,
                      const SessionUse &use);
// The session's current token hash becomes use.tokenHash, unless it is no longer `previousHash` (rotated
// meanwhile): then false.
Result<bool> rotate(SqlConnection &connection, qint64 sessionId, const QString &previousHash,
                    const SessionUse &use);
// Remembers a rotated-away token's hash, so that presenting it again is recognised as reuse.
Status rememberRotatedToken(SqlConnection &connection, const QString &tokenHash, qint64 sessionId,
                            qint64 nowMs);
// False when the session was already revoked (or does not exist).
Result<bool> markRevoked(SqlConnection &connection, const QString &publicId, const QString &reason,
                         qint64 nowMs);
// Deletes sessions that expired or were revoked before cutoffMs; returns how many.
Result<qint64> deleteClosedBefore(SqlConnection &connection, qint64 cutoffMs);

} // namespace RefreshSessionRepository
