#include "StoredTokenSettings.h"

#include "Backend.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString accessKey = u"tokens/accessLifetimeSeconds"_s;
const QString refreshKey = u"tokens/refreshLifetimeSeconds"_s;
const QString leewayKey = u"tokens/leewaySeconds"_s;

qint64 stored(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? value : fallback;
}
} // namespace

TokenSettings StoredTokenSettings::read(const TokenSettings &defaults)
{
    const QSettings settings;
    TokenSettings result = defaults;
    result.accessLifetimeSeconds = stored(settings, accessKey, defaults.accessLifetimeSeconds);
    result.refreshLifetimeSeconds = stored(settings, refreshKey, defaults.refreshLifetimeSeconds);
    result.leewaySeconds = stored(settings, leewayKey, defaults.leewaySeconds);
    return result;
}

void StoredTokenSettings::write(const TokenSettings &tokenSettings)
{
    QSettings settings;
    settings.setValue(accessKey, tokenSettings.accessLifetimeSeconds);
    settings.setValue(refreshKey, tokenSettings.refreshLifetimeSeconds);
    settings.setValue(leewayKey, tokenSettings.leewaySeconds);
}

Status StoredTokenSettings::apply(Backend &backend)
{
    return backend.setTokenSettings(read(backend.tokenSettings()));
}
