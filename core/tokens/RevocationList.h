#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>

// The in-memory answer to "is this access token revoked?", O(1) per request: revoked token ids (logout),
// revoked sessions (a session's access tokens die with it), and users whose earlier tokens are void
// ("valid after": password, role or status changes, deletion, sign out everywhere). Filled from the
// database at start-up (RevocationService) and kept in step after every commit. Thread-safe.
class RevocationList
{
public:
    enum class Reason { NotRevoked, Token, Session, Subject };

    Reason check(const QString &jti, const QString &subject, const QString &sessionId,
                 qint64 issuedAtSeconds) const;

    void revokeToken(const QString &jti, qint64 keepUntilMs);
    void revokeSession(const QString &sessionId, qint64 keepUntilMs);
    void revokeSubject(const QString &subject, qint64 validAfterMs, qint64 keepUntilMs);

    // 0 when the subject has no valid-after time.
    qint64 subjectValidAfterMs(const QString &subject) const;
    // Tokens carry whole seconds: a token is void when its iat is below this. Issuers never issue a token
    // with an earlier iat, so that a token issued right after a revocation (same second) stays valid.
    static qint64 firstValidIssuedAtSeconds(qint64 validAfterMs) { return (validAfterMs + 999) / 1000; }

    // Forgets entries that no unexpired token can be affected by any more.
    void prune(qint64 nowMs);
    qsizetype size() const;

private:
    struct Subject
    {
        qint64 validAfterMs = 0;
        qint64 keepUntilMs = 0;
    };

    mutable QReadWriteLock m_lock;
    QHash<QString, qint64> m_tokens;
    QHash<QString, qint64> m_sessions;
    QHash<QString, Subject> m_subjects;
};
