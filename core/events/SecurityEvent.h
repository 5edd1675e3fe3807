#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One entry of the security event log: sign-ins and their failures, lockouts, refresh-token reuse,
// revocations and every administrative change. Never holds a password, a hash, a secret or a whole token.
struct SecurityEvent
{
    qint64 id = 0;
    qint64 occurredAtMs = 0;
    QString type; // one of SecurityEventType's names
    QString actor; // who did it: a username, "desktop", or "anonymous"
    QString subjectId; // the public id of the user it concerns, if any
    QString subjectName; // that user's name at the time
    QString clientAddress; // for requests from the network
    QJsonObject details; // small, non-secret facts (a session id, a key id, the new role…)
};

Q_DECLARE_METATYPE(SecurityEvent)

namespace SecurityEventType {
inline const QString loginSucceeded = QStringLiteral("login_succeeded");
inline const QString loginFailed = QStringLiteral("login_failed");
inline const QString loginThrottled = QStringLiteral("login_throttled");
inline const QString userRegistered = QStringLiteral("user_registered");
inline const QString userCreated = QStringLiteral("user_created");
inline const QString roleChanged = QStringLiteral("role_changed");
inline const QString userDisabled = QStringLiteral("user_disabled");
inline const QString userEnabled = QStringLiteral("user_enabled");
inline const QString userDeleted = QStringLiteral("user_deleted");
inline const QString passwordChanged = QStringLiteral("password_changed");
inline const QString passwordReset = QStringLiteral("password_reset");
inline const QString tokensRevoked = QStringLiteral("tokens_revoked");
inline const QString sessionRevoked = QStringLiteral("session_revoked");
inline const QString refreshTokenReused = QStringLiteral("refresh_token_reused");
inline const QString keyCreated = QStringLiteral("key_created");
inline const QString keyRotated = QStringLiteral("key_rotated");
inline const QString keyRetired = QStringLiteral("key_retired");
inline const QString tokenMinted = QStringLiteral("token_minted");

// Every type, for filters in the GUI and validation of ?type= in the API.
QStringList all();
} // namespace SecurityEventType
