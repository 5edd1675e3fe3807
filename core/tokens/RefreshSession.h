#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// A signed-in client: the chain of refresh tokens that started with one sign-in. Only the SHA-256 of the
// current refresh token is stored, never the token.
struct RefreshSession
{
    qint64 id = 0; // internal
    QString publicId; // the session id shown in the API and GUI, and carried as "sid" in access tokens
    qint64 userId = 0;
    QString userPublicId;
    QString username;
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0;
    qint64 expiresAtMs = 0; // sliding: every use extends it by the refresh lifetime
    QString clientAddress;
    QString userAgent;
    qint64 rotations = 0;
    std::optional<qint64> revokedAtMs;
    QString revokedReason; // "logout", "admin", "reuse", "password_changed", …

    bool isOpen(qint64 nowMs) const { return !revokedAtMs && expiresAtMs > nowMs; }
};

Q_DECLARE_METATYPE(RefreshSession)
