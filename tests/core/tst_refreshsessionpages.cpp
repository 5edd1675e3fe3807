// Refresh sessions a page at a time (RefreshSessionService::listPage): every sort walks the whole set
// without gaps or repeats, ties broken by id; totals are exact; the actor rules are list()'s; the sorts
// read from indexes.
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionRepository.h"
#include "tokens/RefreshSessionService.h"
#include "users/UserRules.h"
#include "users/UserService.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(RefreshSessionSort)

class TestRefreshSessionPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    User m_ann;
    User m_bob;
    User m_carol;

    RefreshSessionService &sessions() { return m_fixture->backend().sessions(); }

    // Opens `count` sessions for the user in one write job: they share a clock reading, so the sorts' ties
    // are broken by id.
    void openSessions(const User &user, int count)
    {
        const Result<int> opened = m_fixture->backend().database().writer().run<int>(
            [&](WriteTransaction &transaction) -> Result<int> {
                for (int i = 0; i < count; ++i) {
                    const auto issued = sessions().open(transaction, user.id,
                                                        ClientInfo {u"10.0.0.%1"_s.arg(i), u"curl/8"_s});
                    if (!issued)
                        return issued.error();
                }
                return count;
            });
        VERIFY_OK(opened);
    }

    // Every session in the query's order, as the whole list read at once and sorted here.
    QList<RefreshSession> expectedOrder(const RefreshSessionQuery &query)
    {
        const Result<QList<RefreshSession>> all
            = sessions().list(Actor::desktopAdministrator(), query.userPublicId, query.includeClosed);
        if (!all)
            return {};
        QList<RefreshSession> sorted = all.value();
        const auto key = [&query](const RefreshSession &session) -> QVariant {
            switch (query.sort) {
            case RefreshSessionSort::LastUsed:
                return session.lastUsedAtMs;
            case RefreshSessionSort::Created:
                return session.createdAtMs;
            case RefreshSessionSort::Expires:
                return session.expiresAtMs;
            case RefreshSessionSort::User:
                return UserRules::usernameKey(session.username);
            }
            return {};
        };
        std::sort(sorted.begin(), sorted.end(), [&](const RefreshSession &a, const RefreshSession &b) {
            const QVariant left = key(a);
            const QVariant right = key(b);
            const int order = QVariant::compare(left, right) == QPartialOrdering::Less ? -1
                : QVariant::compare(left, right) == QPartialOrdering::Greater          ? 1
                                                                                       : 0;
            if (order != 0)
                return query.descending ? order > 0 : order < 0;
            return query.descending ? a.id > b.id : a.id < b.id;
        });
        return sorted;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        m_carol = m_fixture->createUser(u"Carol"_s);
        m_ann = m_fixture->createUser(u"ann"_s);
        m_bob = m_fixture->createUser(u"bob"_s);

        // Sessions that ran out: opened fifteen days ago, never used since.
        openSessions(m_ann, 4);
        openSessions(m_carol, 3);
        m_fixture->clock().advanceSeconds(15 * 24 * 3600);
        for (const User &user : {m_ann, m_bob, m_carol, m_bob}) {
            openSessions(user, 6);
            m_fixture->clock().advanceMs(250);
        }
        // Some used again (later last use and expiry), some revoked.
        const Result<QList<RefreshSession>> open = sessions().list(Actor::desktopAdministrator());
        VERIFY_OK(open);
        QCOMPARE(open->size(), 24);
        for (int i = 0; i < open->size(); i += 5)
            VERIFY_OK(sessions().revoke(Actor::desktopAdministrator(), open->at(i).publicId).result());
    }
    void cleanup() { m_fixture.reset(); }

    void everySortWalksTheWholeSetOnce_data()
    {
        QTest::addColumn<RefreshSessionSort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("includeClosed");
        QTest::addColumn<bool>("onlyBob");
        const QList<QPair<const char *, RefreshSessionSort>> sorts {
            {"last used", RefreshSessionSort::LastUsed},
            {"created", RefreshSessionSort::Created},
            {"expires", RefreshSessionSort::Expires},
            {"user", RefreshSessionSort::User}};
        for (const auto &[name, sort] : sorts) {
            for (const bool descending : {false, true}) {
                for (const bool includeClosed : {false, true}) {
                    for (const bool onlyBob : {false, true}) {
                        QTest::addRow("%s%s%s%s", name, descending ? ", descending" : "",
                                      includeClosed ? ", ended too" : "", onlyBob ? ", bob's" : "")
                            << sort << descending << includeClosed << onlyBob;
                    }
                }
            }
        }
    }

    void everySortWalksTheWholeSetOnce()
    {
        QFETCH(RefreshSessionSort, sort);
        QFETCH(bool, descending);
        QFETCH(bool, includeClosed);
        QFETCH(bool, onlyBob);
        RefreshSessionQuery query;
        query.sort = sort;
        query.descending = descending;
        query.includeClosed = includeClosed;
        query.userPublicId = onlyBob ? m_bob.publicId : QString();
        query.limit = 4;
        const QList<RefreshSession> expected = expectedOrder(query);
        QVERIFY(expected.size() >= 5); // more than one page

        QStringList walked;
        int pages = 0;
        do {
            const Result<RefreshSessionPage> page = sessions().listPage(Actor::desktopAdministrator(), query);
            VERIFY_OK(page);
            QCOMPARE(page->total, qint64(expected.size()));
            QVERIFY(page->items.size() <= query.limit);
            for (const RefreshSession &session : page->items)
                walked << session.publicId;
            query.cursor = page->nextCursor;
            QVERIFY(++pages <= expected.size());
        } while (!query.cursor.isEmpty());

        QStringList expectedIds;
        for (const RefreshSession &session : expected)
            expectedIds << session.publicId;
        QCOMPARE(walked, expectedIds);
    }

    void onlyOpenSessionsUnlessEndedOnesAreAsked()
    {
        RefreshSessionQuery query;
        const Result<RefreshSessionPage> open = sessions().listPage(Actor::desktopAdministrator(), query);
        VERIFY_OK(open);
        QCOMPARE(open->total, 24 - 5); // five revoked, the first seven expired long ago
        const qint64 now = m_fixture->clock().nowMs();
        for (const RefreshSession &session : open->items)
            QVERIFY(session.isOpen(now));
        query.includeClosed = true;
        QCOMPARE(sessions().listPage(Actor::desktopAdministrator(), query)->total, 7 + 24);
    }

    void theRulesOfListHold()
    {
        RefreshSessionQuery query;
        query.includeClosed = true;
        // A user's query is held to their own sessions, whatever it asks for.
        const Result<RefreshSessionPage> own = sessions().listPage(Actor::forUser(m_bob), query);
        VERIFY_OK(own);
        QCOMPARE(own->total, 12);
        for (const RefreshSession &session : own->items)
            QCOMPARE(session.userPublicId, m_bob.publicId);
        query.userPublicId = m_ann.publicId;
        QCOMPARE(sessions().listPage(Actor::forUser(m_bob), query).error().kind(), ErrorKind::Forbidden);

        query = RefreshSessionQuery();
        query.limit = 0;
        QCOMPARE(sessions().listPage(Actor::desktopAdministrator(), query).error().kind(),
                 ErrorKind::Invalid);
        query.limit = 1001;
        QCOMPARE(sessions().listPage(Actor::desktopAdministrator(), query).error().kind(),
                 ErrorKind::Invalid);

        // A cursor belongs to its sort order.
        query.limit = 2;
        const QString cursor = sessions().listPage(Actor::desktopAdministrator(), query)->nextCursor;
        QVERIFY(!cursor.isEmpty());
        query.cursor = cursor;
        VERIFY_OK(sessions().listPage(Actor::desktopAdministrator(), query));
        query.sort = RefreshSessionSort::User;
        QCOMPARE(sessions().listPage(Actor::desktopAdministrator(), query).error().kind(),
                 ErrorKind::Invalid);
        query.cursor = u"garbage"_s;
        QCOMPARE(sessions().listPage(Actor::desktopAdministrator(), query).error().kind(),
                 ErrorKind::Invalid);
    }

    void theSortsReadFromIndexes_data()
    {
        QTest::addColumn<RefreshSessionSort>("sort");
        QTest::addColumn<bool>("includeClosed");
        QTest::addColumn<QString>("index");
        QTest::newRow("last used") << RefreshSessionSort::LastUsed << true << u"refresh_sessions_last_used"_s;
        QTest::newRow("last used, open")
            << RefreshSessionSort::LastUsed << false << u"refresh_sessions_last_used"_s;
        QTest::newRow("created") << RefreshSessionSort::Created << true << u"refresh_sessions_created"_s;
        QTest::newRow("expires") << RefreshSessionSort::Expires << true << u"refresh_sessions_expiry"_s;
        QTest::newRow("expires, open") << RefreshSessionSort::Expires << false << u"refresh_sessions_open"_s;
        QTest::newRow("user") << RefreshSessionSort::User << true << u"refresh_sessions_user"_s;
        QTest::newRow("user, open") << RefreshSessionSort::User << false << u"refresh_sessions_user"_s;
    }

    void theSortsReadFromIndexes()
    {
        if (BackendFixture::usesPostgresql())
            QSKIP("SQLite's plans; PostgreSQL's planner scans a table of a few rows, as it should");
        QFETCH(RefreshSessionSort, sort);
        QFETCH(bool, includeClosed);
        QFETCH(QString, index);
        RefreshSessionQuery query;
        query.sort = sort;
        query.includeClosed = includeClosed;
        const Result<QStringList> plan = RefreshSessionRepository::explainListPage(
            m_fixture->backend().database().connection(), query, m_fixture->clock().nowMs());
        VERIFY_OK(plan);
        const QString text = plan->join(u" | "_s);
        QVERIFY2(text.contains(index), qPrintable(text));
        // Never a sort of every session (by user: each account's few sessions are put in order in place).
        QVERIFY2(!text.contains(u"USE TEMP B-TREE FOR ORDER BY"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRefreshSessionPages)
#include "tst_refreshsessionpages.moc"
