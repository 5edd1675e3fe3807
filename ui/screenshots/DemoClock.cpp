#include "DemoClock.h"

DemoClock::DemoClock(qint64 startMs)
    : m_nowMs(startMs)
{ }
