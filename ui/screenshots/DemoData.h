#pragma once

#include "common/Result.h"

class Backend;
class DemoClock;

// The demo library of the screenshots: a handful of accounts (one of them disabled, two administrators),
// about thirty books with real titles, and a security log with sign-ins, failures, a role change, a
// password reset and a deleted account, spread over the last days.
class DemoData
{
public:
    static Status fill(Backend &backend, DemoClock &clock);
};
