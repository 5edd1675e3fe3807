#include "StoredDatabaseUrl.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString urlKey = u"database/url"_s;
} // namespace

std::optional<DatabaseUrl> StoredDatabaseUrl::read()
{
    const QString stored = QSettings().value(urlKey).toString();
    if (stored.isEmpty())
        return std::nullopt;
    Result<DatabaseUrl> url = DatabaseUrl::parse(stored);
    if (!url)
        return std::nullopt;
    return url.value();
}

void StoredDatabaseUrl::write(const DatabaseUrl &url)
{
    QSettings().setValue(urlKey, url.toString());
}
