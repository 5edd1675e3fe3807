#pragma once

#include <QDateTime>
#include <QtGlobal>

// The source of "now" for everything that compares times (token lifetimes, throttling windows, session
// expiry). Production code uses Clock::system(); tests pass a FakeClock from tests/support.
// Implementations must be safe to call from any thread.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since 1970-01-01T00:00:00Z.
    virtual qint64 nowMs() const = 0;

    qint64 nowSeconds() const { return nowMs() / 1000; }
    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};
