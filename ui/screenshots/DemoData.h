#pragma once

#include "common/Result.h"

#include <QString>

class Backend;
class DemoClock;

// The demo library of the screenshots: a handful of accounts (one of them disabled, two administrators),
// about thirty books with real titles, and a security log with sign-ins, failures, a role change, a
// password reset and a deleted account, spread over the last days. fillTokens() adds what the token tabs
// show: sessions from several clients (one refreshed, one signed out, one revoked), and signing keys in
// each state (a retired HS256, a passive RS256, an active ES256).
class DemoData
{
public:
    static Status fill(Backend &backend, DemoClock &clock);
    static Status fillTokens(Backend &backend, DemoClock &clock);
    // A token as tutorials make them: signed with the placeholder secret "your_secret_key", valid for a
    // month, carrying an API key. For showing the Token Inspector's warnings.
    static QString tutorialToken(qint64 nowMs);
};
