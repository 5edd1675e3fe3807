#include "ConnectionLimiter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The connection caps: in total, and per client, a client being an IPv4 address or an IPv6 /64
// (ClientNetwork::limitKey()).
class TestConnectionLimiter : public QObject
{
    Q_OBJECT

private slots:
    void clientsShareTheCapByNetwork_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("sameClient");
        QTest::newRow("IPv6, same /64") << u"2001:db8::1"_s << u"2001:db8::ffff"_s << true;
        QTest::newRow("IPv6, same /64, far apart")
            << u"2001:db8::1"_s << u"2001:db8::ffff:ffff:ffff:fffe"_s << true;
        QTest::newRow("IPv6, next /64") << u"2001:db8::1"_s << u"2001:db8:0:1::1"_s << false;
        QTest::newRow("IPv4 and its mapped form") << u"192.0.2.1"_s << u"::ffff:192.0.2.1"_s << true;
        QTest::newRow("IPv4 neighbours") << u"192.0.2.1"_s << u"192.0.2.2"_s << false;
    }
    void clientsShareTheCapByNetwork()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, sameClient);
        ConnectionLimiter limiter(100, 2);
        QCOMPARE(limiter.tryAcquire(QHostAddress(first)), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(QHostAddress(first)), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(QHostAddress(second)),
                 sameClient ? ConnectionLimiter::Verdict::TooManyFromClient
                            : ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.total(), sameClient ? 2 : 3);

        // A connection released under one address frees a place for the whole network.
        limiter.release(QHostAddress(first));
        QCOMPARE(limiter.tryAcquire(QHostAddress(second)), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.total(), sameClient ? 2 : 3);
        if (sameClient) {
            limiter.release(QHostAddress(second));
            limiter.release(QHostAddress(first));
            QCOMPARE(limiter.total(), 0);
        }
    }

    void theTotalCapComesFirst()
    {
        ConnectionLimiter limiter(2, 2);
        QCOMPARE(limiter.tryAcquire(QHostAddress(u"192.0.2.1"_s)), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(QHostAddress(u"2001:db8::1"_s)), ConnectionLimiter::Verdict::Accepted);
        QCOMPARE(limiter.tryAcquire(QHostAddress(u"198.51.100.1"_s)),
                 ConnectionLimiter::Verdict::TooManyTotal);
        limiter.release(QHostAddress(u"2001:db8::2"_s)); // the same /64 as the one open
        QCOMPARE(limiter.total(), 1);
        QCOMPARE(limiter.tryAcquire(QHostAddress(u"198.51.100.1"_s)), ConnectionLimiter::Verdict::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimiter)
#include "tst_connectionlimiter.moc"
