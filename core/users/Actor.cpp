#include "users/Actor.h"

Actor Actor::forUser(const User &user)
{
    return Actor {user.id, user.publicId, user.username, user.role};
}

Actor Actor::desktopAdministrator()
{
    return Actor {0, QString(), QStringLiteral("desktop"), Role::Admin};
}

QString Actor::displayName() const
{
    return isDesktop() ? QStringLiteral("desktop") : username;
}
