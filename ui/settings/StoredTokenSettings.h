#pragma once

#include "common/Result.h"
#include "tokens/TokenSettings.h"

class Backend;

// The token lifetimes and clock leeway chosen in Settings, kept in QSettings (tokens/accessLifetimeSeconds,
// tokens/refreshLifetimeSeconds, tokens/leewaySeconds) and handed to core at start-up and whenever they are
// changed. Core checks them; what it refuses is never stored.
class StoredTokenSettings
{
public:
    // `defaults` with the stored values in place of its lifetimes and leeway (issuer and audience stay).
    static TokenSettings read(const TokenSettings &defaults);
    static void write(const TokenSettings &settings);
    // Applies the stored values to core; on refusal core keeps what it had, and the error says why.
    static Status apply(Backend &backend);
};
