#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "events/SecurityEventLog.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/RevocationList.h"
#include "users/UserService.h"

#include <QRegularExpression>
#include <QTest>

using Issued = RefreshSessionService::Issued;

class TestRefreshSessionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    User m_ann;
    User m_bob;

    RefreshSessionService &sessions() { return m_fixture->backend().sessions(); }

    Result<Issued> open(const User &user,
                        const ClientInfo &client = {QStringLiteral("10.0.0.5"), QStringLiteral("curl/8")})
    {
        return m_fixture->backend().database().writer().run<Issued>(
            [&](WriteTransaction &transaction) { return sessions().open(transaction, user.id, client); });
    }

    Result<Issued> rotate(const QString &token)
    {
        return m_fixture->backend().database().writer().run<Issued>([&](WriteTransaction &transaction) {
            return sessions().rotate(transaction, token,
                                     ClientInfo {QStringLiteral("10.0.0.6"), QStringLiteral("curl/9")});
        });
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        m_ann = m_fixture->createUser(QStringLiteral("ann"));
        m_bob = m_fixture->createUser(QStringLiteral("bob"));
    }
    void cleanup() { m_fixture.reset(); }

    void refreshTokensAreRandomAndOnlyTheirHashIsStored()
    {
        const Result<Issued> first = open(m_ann);
        VERIFY_OK(first);
        const Result<Issued> second = open(m_ann);
        VERIFY_OK(second);
        static const QRegularExpression shape(QStringLiteral("^bwr_[A-Za-z0-9_-]{43}$"));
        QVERIFY2(shape.match(first->refreshToken).hasMatch(), qPrintable(first->refreshToken));
        QVERIFY(first->refreshToken != second->refreshToken);
        QCOMPARE(first->session.userId, m_ann.id);
        QCOMPARE(first->session.username, QStringLiteral("ann"));
        QCOMPARE(first->session.clientAddress, QStringLiteral("10.0.0.5"));
        QCOMPARE(first->session.userAgent, QStringLiteral("curl/8"));
        QCOMPARE(first->session.expiresAtMs, m_fixture->clock().nowMs() + 14LL * 24 * 3600 * 1000);

        SqlStatement stored(m_fixture->backend().database().connection(),
                            QStringLiteral("SELECT token_hash FROM refresh_sessions"), "hashes");
        QVERIFY(stored.execute().ok());
        while (stored.next()) {
            QCOMPARE(stored.text(0).size(), 64);
            QVERIFY(stored.text(0) != first->refreshToken && stored.text(0) != second->refreshToken);
        }
    }

    void everyUseRotatesTheToken()
    {
        const Issued issued = open(m_ann).value();
        m_fixture->clock().advanceSeconds(60);
        const Result<Issued> rotated = rotate(issued.refreshToken);
        VERIFY_OK(rotated);
        QVERIFY(rotated->refreshToken != issued.refreshToken);
        QCOMPARE(rotated->session.publicId, issued.session.publicId);
        QCOMPARE(rotated->session.rotations, 1);
        QCOMPARE(rotated->session.lastUsedAtMs, m_fixture->clock().nowMs());
        QCOMPARE(rotated->session.expiresAtMs,
                 m_fixture->clock().nowMs() + 14LL * 24 * 3600 * 1000); // sliding
        QCOMPARE(rotated->session.clientAddress, QStringLiteral("10.0.0.6"));
        VERIFY_OK(rotate(rotated->refreshToken));
    }

    void presentingARotatedTokenRevokesTheWholeSession()
    {
        const Issued issued = open(m_ann).value();
        const Issued rotated = rotate(issued.refreshToken).value();

        const Result<Issued> replay = rotate(issued.refreshToken); // the thief, or the victim, replays
        QVERIFY(!replay.ok());
        QCOMPARE(replay.error().kind(), ErrorKind::Unauthorized);
        QCOMPARE(replay.error().codeName(), QStringLiteral("refresh_token_reused"));

        // The legitimate-looking newest token dies with the session, and so do its access tokens.
        QCOMPARE(rotate(rotated.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));
        const Result<RefreshSession> session
            = sessions().get(Actor::desktopAdministrator(), issued.session.publicId);
        VERIFY_OK(session);
        QVERIFY(session->revokedAtMs.has_value());
        QCOMPARE(session->revokedReason, QStringLiteral("reuse"));
        QCOMPARE(m_fixture->backend().revocations().check(QString(), m_ann.publicId, issued.session.publicId,
                                                          m_fixture->clock().nowSeconds()),
                 RevocationList::Reason::Session);

        SecurityEventQuery query;
        query.types = {SecurityEventType::refreshTokenReused};
        const auto events = m_fixture->backend().events().list(query);
        QCOMPARE(events->items.size(), 1);
        QCOMPARE(events->items.first().subjectName, QStringLiteral("ann"));
        QCOMPARE(events->items.first().details.value(QStringLiteral("session")).toString(),
                 issued.session.publicId);
    }

    void unknownExpiredAndMalformedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("no prefix") << QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq");
        QTest::newRow("unknown") << QStringLiteral("bwr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("huge") << QStringLiteral("bwr_") + QString(100000, QLatin1Char('A'));
        QTest::newRow("a JWT") << QStringLiteral(
            "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo");
    }
    void unknownExpiredAndMalformedTokensAreRefused()
    {
        QFETCH(QString, token);
        const Result<Issued> refused = rotate(token);
        QCOMPARE(refused.error().kind(), ErrorKind::Unauthorized);
        QCOMPARE(refused.error().codeName(), QStringLiteral("invalid_refresh_token"));
    }

    void idleSessionsExpire()
    {
        const Issued issued = open(m_ann).value();
        m_fixture->clock().advanceSeconds(14 * 24 * 3600 + 1);
        QCOMPARE(rotate(issued.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));
    }

    void ownersAndAdministratorsEndSessions()
    {
        const Issued annSession = open(m_ann).value();
        QCOMPARE(
            sessions().revoke(Actor::forUser(m_bob), annSession.session.publicId).result().error().kind(),
            ErrorKind::NotFound);
        const Result<RefreshSession> revoked
            = sessions()
                  .revoke(Actor::forUser(m_ann), annSession.session.publicId, QStringLiteral("logout"))
                  .result();
        VERIFY_OK(revoked);
        QCOMPARE(revoked->revokedReason, QStringLiteral("logout"));
        QCOMPARE(rotate(annSession.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));

        const Issued again = open(m_ann).value();
        VERIFY_OK(sessions().revoke(Actor::desktopAdministrator(), again.session.publicId).result());
    }

    void listingFollowsTheSameRules()
    {
        QVERIFY(open(m_ann).ok());
        QVERIFY(open(m_ann).ok());
        QVERIFY(open(m_bob).ok());
        QCOMPARE(sessions().list(Actor::forUser(m_ann))->size(), 2);
        QCOMPARE(sessions().list(Actor::forUser(m_ann), m_bob.publicId).error().kind(), ErrorKind::Forbidden);
        QCOMPARE(sessions().list(Actor::desktopAdministrator())->size(), 3);
        QCOMPARE(sessions().list(Actor::desktopAdministrator(), m_bob.publicId)->size(), 1);
        const auto counts = sessions().openSessionCounts({m_ann.id, m_bob.id});
        VERIFY_OK(counts);
        QCOMPARE(counts->value(m_ann.id), 2);
        QCOMPARE(counts->value(m_bob.id), 1);
        // Only the accounts asked about.
        const auto annOnly = sessions().openSessionCounts({m_ann.id});
        VERIFY_OK(annOnly);
        QCOMPARE(annOnly->size(), 1);
        QCOMPARE(annOnly->value(m_ann.id), 2);
    }

    void passwordChangeEndsOtherSessionsButKeepsTheCurrentOne()
    {
        const Issued current = open(m_ann).value();
        const Issued other = open(m_ann).value();
        Actor self = Actor::forUser(m_ann);
        VERIFY_OK(m_fixture->backend()
                      .users()
                      .changeOwnPassword(self, QStringLiteral("correct horse battery"),
                                         QStringLiteral("a new password"), current.session.publicId)
                      .result());
        VERIFY_OK(rotate(current.refreshToken));
        QCOMPARE(rotate(other.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));
        // Access tokens issued before the change are void for this user.
        QCOMPARE(m_fixture->backend().revocations().check(QString(), m_ann.publicId, QString(),
                                                          m_fixture->clock().nowSeconds() - 1),
                 RevocationList::Reason::Subject);
    }

    void disablingAUserEndsAllTheirSessions()
    {
        const Issued issued = open(m_ann).value();
        VERIFY_OK(m_fixture->backend()
                      .users()
                      .update(Actor::desktopAdministrator(), m_ann.publicId, UserChanges {std::nullopt, true})
                      .result());
        QCOMPARE(rotate(issued.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(sessions().list(Actor::desktopAdministrator(), m_ann.publicId)->size(), 0);
    }

    void aUserKeepsAtMostFiftyOpenSessions()
    {
        const Issued oldest = open(m_ann).value();
        for (int i = 0; i < 50; ++i) {
            m_fixture->clock().advanceMs(10);
            QVERIFY(open(m_ann).ok());
        }
        QCOMPARE(sessions().list(Actor::forUser(m_ann))->size(), 50);
        QCOMPARE(rotate(oldest.refreshToken).error().codeName(), QStringLiteral("invalid_refresh_token"));
    }

    void revocationsSurviveARestart()
    {
        const Issued issued = open(m_ann).value();
        VERIFY_OK(sessions().revoke(Actor::desktopAdministrator(), issued.session.publicId).result());
        VERIFY_OK(m_fixture->backend()
                      .users()
                      .signOutEverywhere(Actor::desktopAdministrator(), m_bob.publicId)
                      .result());
        const qint64 beforeSeconds = m_fixture->clock().nowSeconds() - 1;
        QVERIFY(m_fixture->reopen());
        RevocationList &list = m_fixture->backend().revocations();
        QCOMPARE(list.check(QString(), m_ann.publicId, issued.session.publicId, beforeSeconds),
                 RevocationList::Reason::Session);
        QCOMPARE(list.check(QString(), m_bob.publicId, QString(), beforeSeconds),
                 RevocationList::Reason::Subject);
        QCOMPARE(list.check(QString(), m_bob.publicId, QString(), beforeSeconds + 2),
                 RevocationList::Reason::NotRevoked);
    }
};

QTEST_GUILESS_MAIN(TestRefreshSessionService)
#include "tst_refreshsessionservice.moc"
