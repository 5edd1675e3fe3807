#pragma once

#include "common/Result.h"

#include <QString>

// What the access and refresh tokens look like and how long they live. Set at start-up and from the GUI's
// settings; checked before use.
struct TokenSettings
{
    static constexpr qint64 maximumAccessLifetimeSeconds = 24 * 3600;

    QString issuer = QStringLiteral("bookwarden");
    QString audience = QStringLiteral("bookwarden-api");
    qint64 accessLifetimeSeconds = 15 * 60;
    qint64 refreshLifetimeSeconds = 14 * 24 * 3600;
    qint64 leewaySeconds = 30;

    Status check() const;
    // How long after a revocation a token issued before it could still be unexpired: the longest access
    // lifetime any token can have (minted ones included) plus the leeway.
    qint64 revocationHorizonMs() const { return (maximumAccessLifetimeSeconds + leewaySeconds) * 1000; }
};
