#pragma once

#include "common/Result.h"
#include "users/Actor.h"

#include <QString>

// The rules for accounts (names, passwords, who administers), in one place for the GUI and the REST API.
namespace UserRules {

inline constexpr int minimumUsernameLength = 3;
inline constexpr int maximumUsernameLength = 32;
inline constexpr int minimumPasswordBytes = 8;
inline constexpr int maximumPasswordBytes = 1024;

// 3–32 characters of A–Z a–z 0–9 . _ -  (field "username").
Status checkUsername(const QString &username);
// 8–1024 bytes of UTF-8, well-formed, and not the username (field "password" unless named otherwise).
Status checkPassword(const QString &username, const QString &password,
                     const QString &field = QStringLiteral("password"));
// Whether `actor` may administer (manage accounts, see everyone's data): administrators may; anyone else
// gets the one admin_required refusal (Forbidden). UserService and the REST API's administrator routes ask
// this, so that the rule and its answer exist once.
Status checkAdministrator(const Actor &actor);
// The same rule, refused with a message that says what was asked: `refusal` is a
// QT_TRANSLATE_NOOP("Error", …) text ("Only an administrator can add books for other users.").
Status checkAdministrator(const Actor &actor, const char *refusal);
// Usernames are unique case-insensitively: "Ann" and "ann" are the same account.
QString usernameKey(const QString &username);
// A random password for new accounts and resets: 20 characters from an alphabet without look-alikes
// (no 0/O, 1/l/I), because an administrator may read one off a screen to someone; about 117 bits from the
// system's cryptographically secure generator.
QString generatePassword(int length = 20);

} // namespace UserRules
