#pragma once

#include "users/Role.h"
#include "users/User.h"

#include <QString>

// Who is asking: the user behind a verified access token, or the administrator sitting at the desktop GUI.
// Services take an Actor and decide what it may see and change; the rules live there, not in callers.
struct Actor
{
    qint64 userId = 0; // 0 for the desktop administrator, who is not an account
    QString publicId;
    QString username;
    Role role = Role::User;

    static Actor forUser(const User &user);
    static Actor desktopAdministrator();

    bool isAdmin() const { return role == Role::Admin; }
    bool isDesktop() const { return userId == 0 && role == Role::Admin; }
    // For the security event log: the username, or "desktop".
    QString displayName() const;
};
