#include "users/Role.h"

namespace Roles {

QString name(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("user");
}

std::optional<Role> fromName(const QString &name)
{
    if (name == QLatin1String("admin"))
        return Role::Admin;
    if (name == QLatin1String("user"))
        return Role::User;
    return std::nullopt;
}

} // namespace Roles
