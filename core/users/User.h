#pragma once

#include "users/Role.h"

#include <QMetaType>
#include <QString>

#include <optional>

// A user account as the rest of the program sees it. It never carries the password hash (that stays inside
// UserRepository), so no serializer, log line or table model can leak it by accident.
struct User
{
    qint64 id = 0; // internal; never leaves the process
    QString publicId; // random UUID: the only id the API shows
    QString username;
    Role role = Role::User;
    bool disabled = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> lastLoginAtMs;
    // Tokens issued before this moment are revoked (password, role or status changes, sign out everywhere).
    qint64 tokensValidAfterMs = 0;
    qint64 bookCount = 0;

    bool isAdmin() const { return role == Role::Admin; }
    bool isEnabledAdmin() const { return isAdmin() && !disabled; }
};

Q_DECLARE_METATYPE(User)
