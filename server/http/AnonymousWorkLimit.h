#pragma once

#include <QtGlobal>

// Clients who have shown who they are are served first. While a worker is serving authenticated requests
// (a connection counts as authenticated once one of its requests carried a verified credential), the
// work it does for connections that never did — reading and parsing their requests, running their
// handlers, discarding what they send after a refusal, accepting and closing their connections — may
// take at most a share of its time (HttpLimits::anonymousShare, a tenth by default). Past it, anonymous
// connections wait their turn (first come, first served) and TCP slows their senders; nothing is dropped.
// With no authenticated request for a second, anonymous clients (a sign-in, a health check) have the
// whole worker again.
//
// This is what keeps a LAN's signed-in users working while anonymous connections flood the server with
// the largest requests the limits allow: the parser bounds what one request costs, this bounds what all
// of them together take (tools/bench --hostile measures it; docs/performance.md has the figures).
//
// Accounting: anonymous work is measured where it is done, and every byte an anonymous connection sends
// is charged `inputNsPerByte` on top, because Qt reads from the kernel before any of our code runs and
// that copying is most of what a flood of large bodies costs (measured here: 0.5 to 1 ns a byte for the
// kernel's receive path, against about 0.1 ns for parsing the same bytes). The charges go through a
// token bucket that refills at `share` nanoseconds per nanosecond and holds at most `burstNs`; anonymous
// work may start while it is not empty. One per worker thread; not thread-safe.
class AnonymousWorkLimit
{
public:
    struct Policy
    {
        double share = 0.1;
        qint64 burstNs = 5'000'000;
        // How long the limit stays in force after the last authenticated request.
        qint64 authenticatedWindowNs = 1'000'000'000;
        double inputNsPerByte = 1.0;
    };

    explicit AnonymousWorkLimit(Policy policy);

    void noteAuthenticatedRequest(qint64 nowNs);
    // Whether the limit applies now (an authenticated request within the window); when it does not,
    // anonymous work need not be measured at all.
    bool inForce(qint64 nowNs) const;
    // Anonymous work, measured by its caller, and the bytes anonymous connections sent.
    void chargeWork(qint64 spentNs);
    void chargeInput(qint64 bytes);
    // Whether anonymous work may start now.
    bool allows(qint64 nowNs);
    // How long until allows() is true again (0 when it is now).
    qint64 waitNs(qint64 nowNs);

private:
    void refill(qint64 nowNs);

    const Policy m_policy;
    qint64 m_lastAuthenticatedNs;
    qint64 m_refilledAtNs = 0;
    double m_tokensNs;
};
