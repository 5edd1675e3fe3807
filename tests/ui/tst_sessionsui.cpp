// The Sessions tab and the sessions column of the Users tab, over a real database: clients sign in from
// other threads while the window is open, the administrator revokes sessions and signs users out.
#include "GuiFixture.h"
#include "ResultAssertions.h"
#include "SessionTableModel.h"
#include "SessionsTab.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "storage/Database.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/SignInService.h"
#include "users/UserService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

void confirm(const QString &objectName)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = GuiFixture::visible<QMessageBox>(objectName)));
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
}
} // namespace

class TestSessionsUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;
    User m_ann;
    User m_bob;

    SessionsTab *tab() { return m_gui->window().sessionsTab(); }
    SessionTableModel *model() { return tab()->model(); }

    SessionsTab *openSessions()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.sessionsTab());
        return window.sessionsTab();
    }

    RefreshSession signIn(const QString &username, const QString &address = u"192.0.2.10"_s)
    {
        const Result<TokenPair> pair = m_gui->backend()
                                           .signIn()
                                           .login(username, password, ClientInfo {address, u"curl/8.0"_s})
                                           .result();
        if (!pair) {
            QTest::qFail(qPrintable(describeError(pair.error())), __FILE__, __LINE__);
            return {};
        }
        return pair->session;
    }

    // The view shows the model itself: sorting and filtering are SQL's.
    int visibleRowOf(const QString &publicId) { return model()->rowOf(publicId); }

    // Opens `count` sessions for each account in one write job (no Argon2, no HTTP): a long list, fast.
    void openSessionsFor(const QList<User> &users, int count)
    {
        RefreshSessionService &sessions = m_gui->backend().sessions();
        const Result<int> opened = m_gui->backend().database().writer().run<int>(
            [&](WriteTransaction &transaction) -> Result<int> {
                for (const User &user : users) {
                    for (int i = 0; i < count; ++i) {
                        const auto issued = sessions.open(
                            transaction, user.id, ClientInfo {u"198.51.100.%1"_s.arg(i), u"bench/1"_s});
                        if (!issued)
                            return issued.error();
                    }
                }
                return int(users.size()) * count;
            });
        VERIFY_OK(opened);
    }

    QString countShown() { return tab()->findChild<QLabel *>(u"count"_s)->text(); }

    void select(const QStringList &publicIds)
    {
        tab()->view()->clearSelection();
        for (const QString &publicId : publicIds) {
            const int row = visibleRowOf(publicId);
            QVERIFY(row >= 0);
            tab()->view()->selectionModel()->select(tab()->view()->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    qint64 sessionsShownInUsersTab(const User &user)
    {
        UserTableModel &users = m_gui->window().usersTab()->model();
        return users.index(users.rowOf(user.publicId), UserTableModel::SessionsColumn)
            .data(UserTableModel::SortRole)
            .toLongLong();
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_ann = m_gui->fixture().createUser(u"ann"_s);
        m_bob = m_gui->fixture().createUser(u"bob"_s);
    }
    void cleanup() { m_gui.reset(); }

    void aSessionOpenedElsewhereAppearsLive()
    {
        openSessions();
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(sessionsShownInUsersTab(m_ann), 0);
        // A REST client signs in on another thread while the window is open.
        QThread *client = QThread::create([this] {
            (void)m_gui->backend()
                .signIn()
                .login(u"ann"_s, password, ClientInfo {u"192.0.2.44"_s, u"Firefox"_s})
                .result();
        });
        client->start();
        QVERIFY(client->wait(30000));
        delete client;
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, SessionTableModel::UserColumn).data().toString(), u"ann"_s);
        QCOMPARE(model()->index(0, SessionTableModel::AddressColumn).data().toString(), u"192.0.2.44"_s);
        QCOMPARE(model()->index(0, SessionTableModel::UserAgentColumn).data().toString(), u"Firefox"_s);
        QCOMPARE(model()->index(0, SessionTableModel::StatusColumn).data().toString(), u"Open"_s);
        QTRY_COMPARE(sessionsShownInUsersTab(m_ann), 1);
        QCOMPARE(sessionsShownInUsersTab(m_bob), 0);
    }

    void revokingFromTheGuiEndsTheSession()
    {
        const RefreshSession first = signIn(u"ann"_s);
        const RefreshSession second = signIn(u"ann"_s, u"192.0.2.11"_s);
        openSessions();
        QCOMPARE(model()->rowCount(), 2);
        QTRY_COMPARE(sessionsShownInUsersTab(m_ann), 2);
        select({first.publicId});
        QVERIFY(tab()->findChild<QAction *>(u"revokeSessionsAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"revokeSessionsAction"_s)->trigger();
        confirm(u"confirmRevokeSessions"_s);

        QTRY_COMPARE(model()->rowOf(first.publicId), -1);
        QVERIFY(model()->rowOf(second.publicId) >= 0);
        const Result<RefreshSession> ended
            = m_gui->backend().sessions().get(Actor::desktopAdministrator(), first.publicId);
        VERIFY_OK(ended);
        QVERIFY(ended->revokedAtMs.has_value());
        QCOMPARE(ended->revokedReason, u"admin"_s);
        QTRY_COMPARE(sessionsShownInUsersTab(m_ann), 1);

        // With the ended sessions shown, it is there again, saying how it ended.
        tab()->showEndedBox()->setChecked(true);
        WAIT_UNTIL_READ(model());
        const int row = model()->rowOf(first.publicId);
        QVERIFY(row >= 0);
        QCOMPARE(model()->index(row, SessionTableModel::StatusColumn).data().toString(),
                 SessionTableModel::endReasonName(u"admin"_s));
        QVERIFY(!model()->index(row, 0).data(SessionTableModel::OpenRole).toBool());
        select({first.publicId});
        QVERIFY(!tab()->findChild<QAction *>(u"revokeSessionsAction"_s)->isEnabled()); // nothing left to end
        QVERIFY(tab()->detailsText().contains(SessionTableModel::endReasonName(u"admin"_s)));
    }

    void severalSessionsAreRevokedAtOnce()
    {
        const RefreshSession ann = signIn(u"ann"_s);
        const RefreshSession bob = signIn(u"bob"_s);
        signIn(u"bob"_s);
        openSessions();
        select({ann.publicId, bob.publicId});
        QVERIFY(!tab()
                     ->findChild<QAction *>(u"signOutUserAction"_s)
                     ->isEnabled()); // two users: whom to sign out?
        tab()->findChild<QAction *>(u"revokeSessionsAction"_s)->trigger();
        confirm(u"confirmRevokeSessions"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        const Result<QList<RefreshSession>> open
            = m_gui->backend().sessions().list(Actor::desktopAdministrator());
        VERIFY_OK(open);
        QCOMPARE(open->size(), 1);
    }

    void signingTheSelectedSessionsUserOutEverywhere()
    {
        const RefreshSession ann = signIn(u"ann"_s);
        signIn(u"ann"_s, u"192.0.2.12"_s);
        const RefreshSession bob = signIn(u"bob"_s);
        openSessions();
        select({ann.publicId});
        QVERIFY(tab()->findChild<QAction *>(u"signOutUserAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"signOutUserAction"_s)->trigger();
        confirm(u"confirmSignOut"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(model()->rowOf(bob.publicId) >= 0);
        const Result<QList<RefreshSession>> annOpen
            = m_gui->backend().sessions().list(Actor::desktopAdministrator(), m_ann.publicId);
        VERIFY_OK(annOpen);
        QVERIFY(annOpen->isEmpty());
        QTRY_COMPARE(sessionsShownInUsersTab(m_ann), 0);
        QCOMPARE(sessionsShownInUsersTab(m_bob), 1);
    }

    void aLongListIsReadAPageAtATimeSortedFilteredAndCountedInSql()
    {
        // 23 accounts with 45 sessions each (a user keeps at most 50 open): 1,035 open sessions.
        QList<User> readers;
        for (int i = 0; i < 23; ++i) {
            readers << m_gui->fixture().createUser(u"reader%1"_s.arg(i, 2, 10, QLatin1Char('0')));
            m_gui->fixture().clock().advanceMs(10);
        }
        openSessionsFor(readers, 45);
        openSessions();
        QCOMPARE(model()->rowCount(), SessionTableModel::pageSize);
        QCOMPARE(model()->pagesRead(), 1);
        QCOMPARE(model()->totalCount(), 1035);
        QCOMPARE(countShown(), u"1,035 open sessions"_s);

        // Newest use first, then by user (A to Z), each a first page again, read in SQL.
        QCOMPARE(tab()->view()->horizontalHeader()->sortIndicatorSection(),
                 int(SessionTableModel::LastUsedColumn));
        QHeaderView *header = tab()->view()->horizontalHeader();
        const auto clickHeader = [header](int column) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                       header->height() / 2));
        };
        clickHeader(SessionTableModel::UserColumn);
        WAIT_UNTIL_READ(model());
        QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::UserColumn));
        QCOMPARE(model()->rowCount(), SessionTableModel::pageSize);
        QCOMPARE(model()->pagesRead(), 2);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QCOMPARE(model()->sessionAt(0).username, ascending ? u"reader00"_s : u"reader22"_s);
        QCOMPARE(model()->sessionAt(SessionTableModel::pageSize - 1).username,
                 ascending ? u"reader02"_s : u"reader20"_s);
        clickHeader(SessionTableModel::UserColumn);
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->pagesRead(), 3);
        QCOMPARE(model()->sessionAt(0).username, ascending ? u"reader22"_s : u"reader00"_s);
        // A column SQL has no order for (the status) changes nothing and reads nothing.
        clickHeader(SessionTableModel::StatusColumn);
        WAIT_UNTIL_READ(model());
        QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::UserColumn));
        QCOMPARE(model()->pagesRead(), 3);

        // Scrolling to the end reads one more page.
        QVERIFY(model()->canFetchMore({}));
        model()->fetchMore({});
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 2 * SessionTableModel::pageSize);

        // One user's: their sessions only, counted in SQL.
        QComboBox *user = tab()->userFilter();
        user->setCurrentIndex(user->findData(readers.at(7).publicId));
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 45);
        QCOMPARE(countShown(), u"45 open sessions"_s);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->sessionAt(row).userPublicId, readers.at(7).publicId);

        // Live: another user's sign-in stays out, this user's comes in.
        signIn(u"ann"_s);
        const RefreshSession mine = signIn(readers.at(7).username);
        QTRY_VERIFY(model()->rowOf(mine.publicId) >= 0);
        QTRY_COMPARE(countShown(), u"46 open sessions"_s);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->sessionAt(row).userPublicId, readers.at(7).publicId);
    }

    void theListNarrowsToOneUser()
    {
        signIn(u"ann"_s);
        signIn(u"bob"_s);
        signIn(u"bob"_s);
        openSessions();
        QComboBox *user = tab()->userFilter();
        user->setCurrentIndex(user->findText(u"bob"_s));
        WAIT_UNTIL_READ(model());
        QCOMPARE(tab()->view()->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(tab()->view()->model()->index(row, SessionTableModel::UserColumn).data().toString(),
                     u"bob"_s);
        user->setCurrentIndex(0);
        WAIT_UNTIL_READ(model());
        QCOMPARE(tab()->view()->model()->rowCount(), 3);
    }

    void expiredSessionsLeaveTheList()
    {
        signIn(u"ann"_s);
        openSessions();
        QCOMPARE(model()->rowCount(), 1);
        m_gui->fixture().clock().advanceSeconds(15 * 24 * 3600);
        tab()->reload();
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 0);
        tab()->showEndedBox()->setChecked(true);
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, SessionTableModel::StatusColumn).data().toString(), u"Expired"_s);
    }

    void aDeletedAccountsSessionsLeaveTheListEvenWhenEndedOnesAreShown()
    {
        const RefreshSession anns = signIn(u"ann"_s);
        const RefreshSession bobs = signIn(u"bob"_s);
        openSessions();
        tab()->showEndedBox()->setChecked(true);
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 2);

        VERIFY_OK(m_gui->backend().users().remove(Actor::desktopAdministrator(), m_ann.publicId).result());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(anns.publicId), -1, 1000);
        QVERIFY(model()->rowOf(bobs.publicId) >= 0);
        QTest::qWait(2 * SessionTableModel::coalescingMs);
        QCOMPARE(model()->rowOf(anns.publicId), -1); // not back as "ended" either
    }
};

QTEST_MAIN(TestSessionsUi)
#include "tst_sessionsui.moc"
