#include "tokens/StoredSigningKey.h"

QString KeyStatuses::name(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Passive:
        return QStringLiteral("passive");
    case KeyStatus::Retired:
        return QStringLiteral("retired");
    }
    return QStringLiteral("retired");
}

std::optional<KeyStatus> KeyStatuses::fromName(const QString &name)
{
    for (KeyStatus status : {KeyStatus::Active, KeyStatus::Passive, KeyStatus::Retired}) {
        if (name == KeyStatuses::name(status))
            return status;
    }
    return std::nullopt;
}
