#pragma once

#include "common/Clock.h"

#include <atomic>

// A clock that stands still until a test moves it: token expiry, throttling windows and session lifetimes
// are tested without sleeping.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'767'225'600'000); // 2026-01-01T00:00:00Z

    qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 nowMs) { m_nowMs.store(nowMs); }
    void advanceMs(qint64 deltaMs) { m_nowMs.fetch_add(deltaMs); }
    void advanceSeconds(qint64 seconds) { advanceMs(seconds * 1000); }

private:
    std::atomic<qint64> m_nowMs;
};
