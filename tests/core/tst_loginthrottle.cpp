#include "BackendFixture.h"
#include "FakeClock.h"
#include "ResultAssertions.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "users/LoginThrottle.h"
#include "users/UserService.h"

#include <QTest>

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void fiveFailuresStartAnExponentialDelay()
    {
        FakeClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QStringLiteral("10.0.0.1")), 0);
            QVERIFY(!throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("10.0.0.1")));
        }
        QVERIFY(throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("10.0.0.1"))); // the 5th locks
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QStringLiteral("10.0.0.2")), 1);
        clock.advanceMs(1000);
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QStringLiteral("10.0.0.2")), 0);

        // Each further failure doubles the wait: 2 s, 4 s, 8 s…
        for (int expected : {2, 4, 8, 16}) {
            QVERIFY(!throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("10.0.0.1")));
            QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ANN"), QString()), expected);
            clock.advanceMs(qint64(expected) * 1000);
        }
    }

    void theWaitNeverExceedsTheWindow()
    {
        FakeClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 40; ++i)
            throttle.recordFailure(QStringLiteral("ann"), QString());
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 15 * 60);
    }

    void oldFailuresAgeOut()
    {
        FakeClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("ann"), QString());
        clock.advanceSeconds(16 * 60);
        QVERIFY(!throttle.recordFailure(QStringLiteral("ann"), QString()));
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 0);
    }

    void successClearsTheAccountButNotTheAddress()
    {
        FakeClock clock;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 6, 15 * 60 * 1000, 1000, 1000});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("10.0.0.9"));
        throttle.recordSuccess(QStringLiteral("Ann"));
        QVERIFY(!throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("10.0.0.9")));
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 0);
        // The address has now failed six times, across names.
        QVERIFY(throttle.recordFailure(QStringLiteral("bob"), QStringLiteral("10.0.0.9")));
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("carol"), QStringLiteral("10.0.0.9")), 1);
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("carol"), QStringLiteral("10.0.0.10")), 0);
    }

    void memoryStaysBounded()
    {
        FakeClock clock;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 20, 15 * 60 * 1000, 1000, 100});
        for (int i = 0; i < 1000; ++i) {
            throttle.recordFailure(QStringLiteral("spray%1").arg(i),
                                   QStringLiteral("10.1.%1.%2").arg(i / 256).arg(i % 256));
            QVERIFY(throttle.trackedKeys() <= 100);
        }
        // After the spray, a single address hammering away is still caught.
        clock.advanceSeconds(16 * 60);
        for (int i = 0; i < 20; ++i)
            throttle.recordFailure(QStringLiteral("x%1").arg(i), QStringLiteral("10.9.9.9"));
        QVERIFY(throttle.secondsUntilAllowed(QStringLiteral("y"), QStringLiteral("10.9.9.9")) > 0);
    }

    // When the table overflows, a spray of fresh names and addresses is what gets forgotten, not the count
    // of the account under attack (the table used to drop every account counter at once).
    void aSprayDoesNotResetTheAccountUnderAttack()
    {
        FakeClock clock;
        const int maximum = 100;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 20, 15 * 60 * 1000, 1000, maximum});
        int sprayed = 0;
        auto spray = [&](int attempts) {
            for (int i = 0; i < attempts; ++i, ++sprayed) {
                clock.advanceMs(10);
                throttle.recordFailure(QStringLiteral("spray%1").arg(sprayed),
                                       QStringLiteral("10.1.%1.%2").arg(sprayed / 256).arg(sprayed % 256));
                QVERIFY(throttle.trackedKeys() <= maximum);
            }
        };
        for (int failure = 1; failure <= 4; ++failure) {
            clock.advanceMs(10);
            QVERIFY(
                !throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("192.0.2.%1").arg(failure)));
            if (failure >= 2) // (a single failure is no more telling than one sprayed name)
                spray(3 * maximum);
        }
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 0);
        QVERIFY(throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("192.0.2.5"))); // the 5th locks
    }

    void aLockedAccountStaysLockedThroughASpray()
    {
        FakeClock clock;
        const int maximum = 100;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 20, 15 * 60 * 1000, 1000, maximum});
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(QStringLiteral("ann"), QStringLiteral("192.0.2.1"));
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 1);
        // Names that fail three times each, from addresses that do the same, and the clock stands still.
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 2 * maximum; ++i) {
                throttle.recordFailure(QStringLiteral("spray%1").arg(i), QStringLiteral("10.2.0.%1").arg(i));
                QVERIFY(throttle.trackedKeys() <= maximum);
            }
        }
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("ann"), QString()), 1);
    }

    void ipv6ClientsAreCountedPer64_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("sameClient");
        QTest::newRow("same /64") << QStringLiteral("2001:db8::2") << true;
        QTest::newRow("same /64, other end") << QStringLiteral("2001:db8::ffff:ffff:ffff:ffff") << true;
        QTest::newRow("same /64, with a scope id") << QStringLiteral("2001:db8::3%eth0") << true;
        QTest::newRow("next /64") << QStringLiteral("2001:db8:0:1::1") << false;
    }
    void ipv6ClientsAreCountedPer64()
    {
        QFETCH(QString, second);
        QFETCH(bool, sameClient);
        FakeClock clock;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 4, 15 * 60 * 1000, 1000, 1000});
        for (int i = 0; i < 3; ++i)
            QVERIFY(!throttle.recordFailure(QStringLiteral("a%1").arg(i), QStringLiteral("2001:db8::1")));
        // The 4th failure of the network locks it, wherever in the /64 it comes from.
        QCOMPARE(throttle.recordFailure(QStringLiteral("b"), second), sameClient);
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("c"), QStringLiteral("2001:db8::1")) > 0,
                 sameClient);
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("c"), second) > 0, sameClient);
    }

    void ipv4ClientsOfADualStackSocketAreTheirIpv4Address()
    {
        FakeClock clock;
        LoginThrottle throttle(clock, LoginThrottlePolicy {5, 2, 15 * 60 * 1000, 1000, 1000});
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("::ffff:192.0.2.4"));
        QVERIFY(throttle.recordFailure(QStringLiteral("b"), QStringLiteral("192.0.2.4")));
        QVERIFY(throttle.secondsUntilAllowed(QStringLiteral("c"), QStringLiteral("::ffff:192.0.2.4")) > 0);
        QCOMPARE(throttle.secondsUntilAllowed(QStringLiteral("c"), QStringLiteral("192.0.2.5")), 0);
    }

    void lockedSignInIsRefusedWhateverThePassword()
    {
        BackendFixture fixture;
        fixture.createUser(QStringLiteral("ann"));
        UserService &users = fixture.backend().users();
        const ClientInfo client {QStringLiteral("192.0.2.4"), {}};
        for (int i = 0; i < 5; ++i) {
            const Result<User> wrong
                = users.authenticate(QStringLiteral("ann"), QStringLiteral("wrong guess %1").arg(i), client)
                      .result();
            QCOMPARE(wrong.error().codeName(), QStringLiteral("invalid_credentials"));
        }
        const Result<User> rightButLocked
            = users.authenticate(QStringLiteral("ann"), QStringLiteral("correct horse battery"), client)
                  .result();
        const Result<User> wrongAndLocked
            = users.authenticate(QStringLiteral("ann"), QStringLiteral("wrong again"), client).result();
        for (const Result<User> *locked : {&rightButLocked, &wrongAndLocked}) {
            QCOMPARE(locked->error().kind(), ErrorKind::Throttled);
            QCOMPARE(locked->error().codeName(), QStringLiteral("too_many_attempts"));
            QCOMPARE(locked->error().retryAfterSeconds(), 1);
        }
        // Unknown names are throttled the same way, so a lockout reveals nothing about who exists.
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                !users.authenticate(QStringLiteral("nobody"), QStringLiteral("guess number %1").arg(i), {})
                     .result()
                     .ok());
        QCOMPARE(
            users.authenticate(QStringLiteral("nobody"), QStringLiteral("guess"), {}).result().error().kind(),
            ErrorKind::Throttled);

        fixture.clock().advanceSeconds(2);
        VERIFY_OK(users.authenticate(QStringLiteral("ann"), QStringLiteral("correct horse battery"), client)
                      .result());

        fixture.backend().database().writer().waitForIdle();
        SecurityEventQuery query;
        query.types = {SecurityEventType::loginThrottled};
        QCOMPARE(fixture.backend().events().list(query)->items.size(), 2); // ann and nobody, once each
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
