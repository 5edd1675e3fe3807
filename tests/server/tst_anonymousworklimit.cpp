#include "AnonymousWorkLimit.h"

#include <QTest>

// The rule that serves signed-in clients first, on explicit times (nanoseconds): the share is a token
// bucket of worker time that only applies while authenticated requests are being served.
namespace {
constexpr qint64 ms = 1'000'000;

AnonymousWorkLimit::Policy policy(double share = 0.1)
{
    AnonymousWorkLimit::Policy policy;
    policy.share = share;
    policy.burstNs = 5 * ms;
    policy.authenticatedWindowNs = 1000 * ms;
    policy.inputNsPerByte = 1.0;
    return policy;
}
} // namespace

class TestAnonymousWorkLimit : public QObject
{
    Q_OBJECT

private slots:
    void withoutAuthenticatedTrafficAnonymousWorkIsNeverHeld()
    {
        AnonymousWorkLimit limit(policy());
        qint64 now = 10'000 * ms;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(limit.allows(now));
            limit.chargeWork(50 * ms);
            limit.chargeInput(1024 * 1024);
            now += ms;
        }
        QCOMPARE(limit.waitNs(now), 0);
    }

    void whileAuthenticatedRequestsAreServedAnonymousWorkGetsItsShare()
    {
        AnonymousWorkLimit limit(policy(0.1));
        qint64 now = 10'000 * ms;
        limit.noteAuthenticatedRequest(now);
        QVERIFY(limit.allows(now)); // the limit starts with a full bucket: 5 ms
        limit.chargeWork(4 * ms);
        QVERIFY(limit.allows(now));
        limit.chargeWork(3 * ms); // 2 ms in debt
        QVERIFY(!limit.allows(now));
        QCOMPARE(limit.waitNs(now), 20 * ms + 1); // 2 ms of debt at a tenth of the time
        now += 20 * ms;
        QVERIFY(!limit.allows(now));
        now += 1;
        QVERIFY(limit.allows(now));
    }

    void overTimeAnonymousWorkTakesAtMostTheShare_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("a quarter") << 0.25;
        QTest::newRow("none") << 0.0;
    }
    void overTimeAnonymousWorkTakesAtMostTheShare()
    {
        QFETCH(double, share);
        AnonymousWorkLimit limit(policy(share));
        qint64 now = 10'000 * ms;
        qint64 anonymousNs = 0;
        const qint64 start = now;
        // Anonymous work in pieces of 0.3 ms whenever allowed, authenticated requests all the while: one
        // simulated second.
        while (now - start < 900 * ms) {
            limit.noteAuthenticatedRequest(now);
            if (limit.allows(now)) {
                limit.chargeWork(300'000);
                anonymousNs += 300'000;
                now += 300'000;
            } else {
                now += 100'000; // authenticated work meanwhile
            }
        }
        const qint64 elapsed = now - start;
        // The share of the elapsed time, plus the burst it started with and one piece of work.
        QVERIFY2(anonymousNs <= qint64(share * double(elapsed)) + 5 * ms + 300'000,
                 qPrintable(QStringLiteral("%1 ms of %2").arg(anonymousNs / 1e6).arg(elapsed / 1e6)));
        if (share > 0)
            QVERIFY(anonymousNs >= qint64(share * double(elapsed)) - 300'000);
    }

    void bytesSentAreChargedOnTopOfTheWork()
    {
        AnonymousWorkLimit limit(policy(0.1));
        const qint64 now = 10'000 * ms;
        limit.noteAuthenticatedRequest(now);
        limit.chargeInput(4 * 1024 * 1024); // ~4.2 ms at 1 ns a byte
        QVERIFY(limit.allows(now));
        limit.chargeInput(1024 * 1024); // ~1 ms more: past the 5 ms burst
        QVERIFY(!limit.allows(now));
    }

    void theLimitEndsASecondAfterTheLastAuthenticatedRequest()
    {
        AnonymousWorkLimit limit(policy(0.0));
        qint64 now = 10'000 * ms;
        limit.noteAuthenticatedRequest(now);
        limit.chargeWork(10 * ms);
        QVERIFY(!limit.allows(now + 500 * ms)); // with no share, nothing refills
        QCOMPARE(limit.waitNs(now + 500 * ms), 500 * ms + 1);
        QVERIFY(limit.allows(now + 1000 * ms + 1));
    }

    void debtFromBeforeTheLimitIsNotHeldAgainstAnyone()
    {
        AnonymousWorkLimit limit(policy(0.1));
        qint64 now = 10'000 * ms;
        limit.chargeWork(10'000 * ms); // a flood while nobody was signed in
        QVERIFY(limit.allows(now));
        limit.noteAuthenticatedRequest(now); // the limit comes into force with a full bucket
        QVERIFY(limit.allows(now));
        // And within it, debt is bounded: four bursts at most.
        limit.chargeWork(10'000 * ms);
        QCOMPARE(limit.waitNs(now), 200 * ms + 1);
    }

    void aShareOfOneTurnsTheLimitOff()
    {
        AnonymousWorkLimit limit(policy(1.0));
        const qint64 now = 10'000 * ms;
        limit.noteAuthenticatedRequest(now);
        limit.chargeWork(10'000 * ms);
        QVERIFY(limit.allows(now));
    }
};

QTEST_GUILESS_MAIN(TestAnonymousWorkLimit)
#include "tst_anonymousworklimit.moc"
