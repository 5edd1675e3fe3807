// The security event log's list and count (SecurityEventLog): every filter and its combinations find the
// same events as a scan would, the count stops at its limit, and the plans read from indexes, never sorting
// everything that matched.
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSecurityEventLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    QList<SecurityEvent> m_recorded; // oldest first

    SecurityEventLog &log() { return m_fixture->backend().events(); }

    // What a scan of every recorded event finds for the query, newest first.
    QList<qint64> expected(const SecurityEventQuery &query) const
    {
        QList<qint64> ids;
        for (auto event = m_recorded.crbegin(); event != m_recorded.crend(); ++event) {
            if (!query.types.isEmpty() && !query.types.contains(event->type))
                continue;
            if (!query.user.isEmpty() && event->subjectId != query.user && event->subjectName != query.user
                && event->actor != query.user)
                continue;
            if ((query.fromMs && event->occurredAtMs < *query.fromMs)
                || (query.toMs && event->occurredAtMs >= *query.toMs))
                continue;
            ids << event->id;
        }
        return ids;
    }

    QList<qint64> walk(SecurityEventQuery query)
    {
        QList<qint64> ids;
        do {
            const Result<SecurityEventPage> page = log().list(query);
            if (!page) {
                QTest::qFail(qPrintable(describeError(page.error())), __FILE__, __LINE__);
                return ids;
            }
            for (const SecurityEvent &event : page->items)
                ids << event.id;
            query.cursor = page->nextCursor;
        } while (!query.cursor.isEmpty());
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        // ann is the subject of failed sign-ins and the actor of her own changes; bob mostly acts.
        const QStringList types {SecurityEventType::loginFailed, SecurityEventType::loginSucceeded,
                                 SecurityEventType::passwordChanged};
        const Result<int> written = m_fixture->backend().database().writer().run<int>(
            [&](WriteTransaction &transaction) -> Result<int> {
                for (int i = 0; i < 120; ++i) {
                    SecurityEvent event;
                    event.occurredAtMs = 1'000'000 + i * 1000;
                    event.type = types.at(i % 3);
                    event.actor = i % 4 == 0 ? u"bob"_s : u"anonymous"_s;
                    if (i % 5 != 0) {
                        event.subjectId = i % 2 ? u"id-ann"_s : u"id-carl"_s;
                        event.subjectName = i % 2 ? u"ann"_s : u"carl"_s;
                    }
                    if (Status recorded = log().record(transaction, event); !recorded)
                        return recorded.error();
                }
                return 120;
            });
        VERIFY_OK(written);
        const Result<SecurityEventPage> all = log().list(SecurityEventQuery {{}, {}, {}, {}, 1000, {}});
        VERIFY_OK(all);
        m_recorded = all->items;
        std::reverse(m_recorded.begin(), m_recorded.end());
        QCOMPARE(m_recorded.size(), 120);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void everyFilterFindsWhatAScanFinds_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("user");
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::newRow("everything") << QStringList() << QString() << qint64(0) << qint64(0);
        QTest::newRow("one type") << QStringList {SecurityEventType::loginFailed} << QString() << qint64(0)
                                  << qint64(0);
        QTest::newRow("two types") << QStringList {SecurityEventType::loginFailed,
                                                   SecurityEventType::passwordChanged}
                                   << QString() << qint64(0) << qint64(0);
        QTest::newRow("user by name") << QStringList() << u"ann"_s << qint64(0) << qint64(0);
        QTest::newRow("user by id") << QStringList() << u"id-carl"_s << qint64(0) << qint64(0);
        QTest::newRow("user as actor") << QStringList() << u"bob"_s << qint64(0) << qint64(0);
        QTest::newRow("user and type")
            << QStringList {SecurityEventType::loginSucceeded} << u"ann"_s << qint64(0) << qint64(0);
        QTest::newRow("time") << QStringList() << QString() << qint64(1'030'000) << qint64(1'090'000);
        QTest::newRow("all of them") << QStringList {SecurityEventType::loginFailed} << u"bob"_s
                                     << qint64(1'010'000) << qint64(1'100'000);
        QTest::newRow("nobody") << QStringList() << u"nobody"_s << qint64(0) << qint64(0);
    }

    void everyFilterFindsWhatAScanFinds()
    {
        QFETCH(QStringList, types);
        QFETCH(QString, user);
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        SecurityEventQuery query;
        query.types = types;
        query.user = user;
        if (fromMs)
            query.fromMs = fromMs;
        if (toMs)
            query.toMs = toMs;
        query.limit = 7;
        const QList<qint64> wanted = expected(query);
        QCOMPARE(walk(query), wanted);
        QCOMPARE(log().countUpTo(query).value(), qint64(wanted.size()));
        // The count stops just past its limit: "more than".
        if (wanted.size() > 5)
            QCOMPARE(log().countUpTo(query, 5).value(), qint64(6));
    }

    void theFiltersReadFromIndexes_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("indexes");
        // Everything: the table itself, backwards from the newest id, is the order.
        QTest::newRow("everything") << QStringList() << QString() << QStringList();
        QTest::newRow("one type") << QStringList {SecurityEventType::loginFailed} << QString()
                                  << QStringList {u"events_type"_s};
        const QStringList userIndexes {u"events_subject_id"_s, u"events_subject_name"_s, u"events_actor"_s};
        QTest::newRow("user") << QStringList() << u"ann"_s << userIndexes;
        QTest::newRow("user and type")
            << QStringList {SecurityEventType::loginFailed} << u"ann"_s << userIndexes;
    }

    void theFiltersReadFromIndexes()
    {
        QFETCH(QStringList, types);
        QFETCH(QString, user);
        QFETCH(QStringList, indexes);
        SecurityEventQuery query;
        query.types = types;
        query.user = user;
        const Result<QStringList> plan = log().explainList(query);
        VERIFY_OK(plan);
        const QString text = plan->join(u" | "_s);
        for (const QString &index : indexes)
            QVERIFY2(text.contains(index), qPrintable(text));
        // Never a sort of everything that matched: only the user's columns' pages (three at most) are put
        // together ("UNION USING TEMP B-TREE").
        QVERIFY2(!text.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(text));
    }

    void aBadQueryIsRefused()
    {
        SecurityEventQuery query;
        query.types = {u"no_such_type"_s};
        QCOMPARE(log().list(query).error().kind(), ErrorKind::Invalid);
        QCOMPARE(log().countUpTo(query).error().kind(), ErrorKind::Invalid);
        query = SecurityEventQuery();
        query.cursor = u"garbage"_s;
        QCOMPARE(log().list(query).error().kind(), ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSecurityEventLog)
#include "tst_securityeventlog.moc"
