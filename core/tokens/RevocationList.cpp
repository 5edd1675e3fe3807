#include "tokens/RevocationList.h"

RevocationList::Reason RevocationList::check(const QString &jti, const QString &subject,
                                             const QString &sessionId, qint64 issuedAtSeconds) const
{
    QReadLocker locker(&m_lock);
    if (!jti.isEmpty() && m_tokens.contains(jti))
        return Reason::Token;
    if (!sessionId.isEmpty() && m_sessions.contains(sessionId))
        return Reason::Session;
    const auto found = m_subjects.constFind(subject);
    if (found != m_subjects.constEnd() && issuedAtSeconds < firstValidIssuedAtSeconds(found->validAfterMs))
        return Reason::Subject;
    return Reason::NotRevoked;
}

void RevocationList::revokeToken(const QString &jti, qint64 keepUntilMs)
{
    QWriteLocker locker(&m_lock);
    qint64 &until = m_tokens[jti];
    until = qMax(until, keepUntilMs);
}

void RevocationList::revokeSession(const QString &sessionId, qint64 keepUntilMs)
{
    QWriteLocker locker(&m_lock);
    qint64 &until = m_sessions[sessionId];
    until = qMax(until, keepUntilMs);
}

void RevocationList::revokeSubject(const QString &subject, qint64 validAfterMs, qint64 keepUntilMs)
{
    QWriteLocker locker(&m_lock);
    Subject &entry = m_subjects[subject];
    entry.validAfterMs = qMax(entry.validAfterMs, validAfterMs);
    entry.keepUntilMs = qMax(entry.keepUntilMs, keepUntilMs);
}

qint64 RevocationList::subjectValidAfterMs(const QString &subject) const
{
    QReadLocker locker(&m_lock);
    return m_subjects.value(subject).validAfterMs;
}

void RevocationList::prune(qint64 nowMs)
{
    QWriteLocker locker(&m_lock);
    m_tokens.removeIf([nowMs](const auto &entry) { return entry.value() <= nowMs; });
    m_sessions.removeIf([nowMs](const auto &entry) { return entry.value() <= nowMs; });
    m_subjects.removeIf([nowMs](const auto &entry) { return entry.value().keepUntilMs <= nowMs; });
}

qsizetype RevocationList::size() const
{
    QReadLocker locker(&m_lock);
    return m_tokens.size() + m_sessions.size() + m_subjects.size();
}
