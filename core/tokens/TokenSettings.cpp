#include "tokens/TokenSettings.h"

Status TokenSettings::check() const
{
    Error problems = Error::invalid(ErrorCode::InvalidInput,
                                    QStringLiteral(QT_TRANSLATE_NOOP("Error", "Some fields are not valid.")));
    if (issuer.trimmed().isEmpty())
        problems.withField(QStringLiteral("issuer"),
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "Enter an issuer.")));
    if (audience.trimmed().isEmpty())
        problems.withField(QStringLiteral("audience"),
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "Enter an audience.")));
    if (accessLifetimeSeconds < 60 || accessLifetimeSeconds > maximumAccessLifetimeSeconds)
        problems.withField(QStringLiteral("access_lifetime"),
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "From 1 minute to 24 hours.")));
    if (refreshLifetimeSeconds < 3600 || refreshLifetimeSeconds > 365LL * 24 * 3600)
        problems.withField(QStringLiteral("refresh_lifetime"),
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "From 1 hour to 365 days.")));
    if (leewaySeconds < 0 || leewaySeconds > 300)
        problems.withField(QStringLiteral("leeway"),
                           QStringLiteral(QT_TRANSLATE_NOOP("Error", "From 0 to 300 seconds.")));
    if (!problems.fields().isEmpty())
        return problems;
    return {};
}
