#include "FakeClock.h"

FakeClock::FakeClock(qint64 startMs)
    : m_nowMs(startMs)
{ }
