#include "tokens/RefreshSessionQuery.h"

namespace RefreshSessionSorts {

QString name(RefreshSessionSort sort, bool descending)
{
    QString base;
    switch (sort) {
    case RefreshSessionSort::LastUsed:
        base = QStringLiteral("last_used");
        break;
    case RefreshSessionSort::Created:
        base = QStringLiteral("created");
        break;
    case RefreshSessionSort::Expires:
        base = QStringLiteral("expires");
        break;
    case RefreshSessionSort::User:
        base = QStringLiteral("user");
        break;
    }
    return descending ? QLatin1Char('-') + base : base;
}

} // namespace RefreshSessionSorts
