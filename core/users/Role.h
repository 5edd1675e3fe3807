#pragma once

#include <QString>

#include <optional>

enum class Role { User, Admin };

namespace Roles {
// "user" / "admin": the names used in the database, in tokens and in the REST API.
QString name(Role role);
std::optional<Role> fromName(const QString &name);
} // namespace Roles
