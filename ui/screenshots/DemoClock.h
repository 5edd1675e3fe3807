#pragma once

#include "common/Clock.h"

#include <atomic>

// A clock the demo script moves forward, so that the demo's accounts, books and events spread over the
// days before the screenshots are taken instead of all sharing one millisecond.
class DemoClock final : public Clock
{
public:
    explicit DemoClock(qint64 startMs);

    qint64 nowMs() const override { return m_nowMs.load(); }
    void advanceMinutes(qint64 minutes) { m_nowMs.fetch_add(minutes * 60 * 1000); }
    void setNowMs(qint64 nowMs) { m_nowMs.store(nowMs); }

private:
    std::atomic<qint64> m_nowMs;
};
