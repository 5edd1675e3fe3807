#include "common/ClientNetwork.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The one rule for "the same client" that the login throttle and the connection cap count by.
class TestClientNetwork : public QObject
{
    Q_OBJECT

private slots:
    void limitKey_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("key");
        QTest::newRow("IPv4") << u"192.0.2.7"_s << u"192.0.2.7"_s;
        QTest::newRow("IPv4 loopback") << u"127.0.0.1"_s << u"127.0.0.1"_s;
        QTest::newRow("IPv4-mapped IPv6") << u"::ffff:192.0.2.7"_s << u"192.0.2.7"_s;
        QTest::newRow("IPv4-mapped IPv6, written out") << u"0:0:0:0:0:ffff:c000:0207"_s << u"192.0.2.7"_s;
        QTest::newRow("IPv6") << u"2001:db8:1:2:a:b:c:d"_s << u"2001:db8:1:2::/64"_s;
        QTest::newRow("IPv6, same /64") << u"2001:db8:1:2::ffff"_s << u"2001:db8:1:2::/64"_s;
        QTest::newRow("IPv6, next /64") << u"2001:db8:1:3::1"_s << u"2001:db8:1:3::/64"_s;
        QTest::newRow("IPv6, upper case and zeros")
            << u"2001:0DB8:0000:0002:0000:0000:0000:0001"_s << u"2001:db8:0:2::/64"_s;
        QTest::newRow("IPv6 loopback") << u"::1"_s << u"::/64"_s;
        QTest::newRow("link-local with a scope id") << u"fe80::1:2:3:4%eth0"_s << u"fe80::/64"_s;
        QTest::newRow("link-local, numeric scope") << u"fe80::99%2"_s << u"fe80::/64"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a name") << u"localhost"_s << u"localhost"_s;
        QTest::newRow("IPv4 with a port") << u"192.0.2.7:8080"_s << u"192.0.2.7:8080"_s;
        QTest::newRow("IPv4 with leading zeros") << u"192.0.2.07"_s << u"192.0.2.07"_s;
        QTest::newRow("IPv6 in brackets") << u"[2001:db8::1]"_s << u"[2001:db8::1]"_s;
        QTest::newRow("too many groups") << u"1:2:3:4:5:6:7:8:9"_s << u"1:2:3:4:5:6:7:8:9"_s;
        QTest::newRow("spaces") << u" 192.0.2.7"_s << u" 192.0.2.7"_s;
        QTest::newRow("not ASCII") << u"192.0.2.\u0667"_s << u"192.0.2.\u0667"_s;
        QTest::newRow("NUL inside") << u"192.0.2.7"_s + QChar(0) + u"x"_s
                                    << u"192.0.2.7"_s + QChar(0) + u"x"_s;
        QTest::newRow("very long") << QString(10'000, u'1') << QString(10'000, u'1');
    }
    void limitKey()
    {
        QFETCH(QString, address);
        QFETCH(QString, key);
        QCOMPARE(ClientNetwork::limitKey(address), key);
    }
};

QTEST_GUILESS_MAIN(TestClientNetwork)
#include "tst_clientnetwork.moc"
