// The Activity tab: the security log, live, filtered by type, user and time, with readable details.
#include "AccountCompleter.h"
#include "ActivityTab.h"
#include "GuiFixture.h"
#include "ResultAssertions.h"
#include "SecurityEventModel.h"
#include "SecurityEventText.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

class TestActivityUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;
    User m_root;
    User m_ann;

    ActivityTab *tab() { return m_gui->window().activityTab(); }
    SecurityEventModel *model() { return tab()->model(); }

    QStringList typesShown()
    {
        QStringList types;
        for (int row = 0; row < model()->rowCount(); ++row)
            types << model()->eventAt(row).type;
        return types;
    }

    void failSignInFromAnotherThread(const QString &username)
    {
        QThread *client = QThread::create([this, username] {
            QVERIFY(!m_gui->backend()
                         .users()
                         .authenticate(username, u"wrong password"_s, ClientInfo {u"192.0.2.7"_s, {}})
                         .result());
        });
        client->start();
        QVERIFY(client->wait(10000));
        delete client;
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->fixture().clock().advanceSeconds(60);
        m_ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->fixture().clock().advanceSeconds(60);
        UserChanges promote;
        promote.role = Role::Admin;
        VERIFY_OK(
            m_gui->backend().users().update(Actor::desktopAdministrator(), m_ann.publicId, promote).result());
        m_gui->openWindow();
        m_gui->window().tabs()->setCurrentWidget(tab());
    }
    void cleanup() { m_gui.reset(); }

    void showsTheLogNewestFirstInWords()
    {
        QCOMPARE(typesShown(),
                 (QStringList {SecurityEventType::roleChanged, SecurityEventType::userCreated,
                               SecurityEventType::userCreated}));
        QCOMPARE(model()->index(0, SecurityEventModel::TypeColumn).data().toString(), u"Role changed"_s);
        QCOMPARE(model()->index(0, SecurityEventModel::ActorColumn).data().toString(),
                 u"Desktop administrator"_s);
        QCOMPARE(model()->index(0, SecurityEventModel::SubjectColumn).data().toString(), u"ann"_s);
        QCOMPARE(model()->index(0, SecurityEventModel::DetailsColumn).data().toString(),
                 u"User → Administrator"_s);

        tab()->view()->setCurrentIndex(model()->index(0, 0));
        const QString details = tab()->detailsText();
        const QStringList expectations {u"Role changed (role_changed)"_s,
                                        u"Desktop administrator"_s,
                                        u"ann (account id %1)"_s.arg(m_ann.publicId),
                                        u"Previous role"_s,
                                        u"New role"_s,
                                        u"Administrator"_s};
        for (const QString &expected : expectations)
            QVERIFY2(details.contains(expected), qPrintable(expected + u" not in:\n"_s + details));
    }

    void everyEventTypeHasAReadableNameAndAFilterEntry()
    {
        QComboBox *types = tab()->typeFilter();
        QCOMPARE(types->count(), SecurityEventType::all().size() + 1);
        for (const QString &type : SecurityEventType::all()) {
            const int index = types->findData(type);
            QVERIFY2(index > 0, qPrintable(type));
            QVERIFY2(types->itemText(index) != type && !types->itemText(index).isEmpty(), qPrintable(type));
        }
    }

    void newEventsAppearLiveAtTheTopKeepingTheSelection()
    {
        const int before = model()->rowCount();
        tab()->view()->setCurrentIndex(model()->index(1, 0));
        const qint64 selected = model()->eventAt(1).id;

        failSignInFromAnotherThread(u"ann"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 1, 1000);
        const SecurityEvent newest = model()->eventAt(0);
        QCOMPARE(newest.type, SecurityEventType::loginFailed);
        QCOMPARE(model()->index(0, SecurityEventModel::TypeColumn).data().toString(), u"Sign-in failed"_s);
        QCOMPARE(model()->index(0, SecurityEventModel::AddressColumn).data().toString(), u"192.0.2.7"_s);
        QCOMPARE(model()->index(0, SecurityEventModel::DetailsColumn).data().toString(), u"Wrong password"_s);
        QCOMPARE(tab()->view()->currentIndex().data(SecurityEventModel::IdRole).toLongLong(), selected);
    }

    void filteringByType()
    {
        QComboBox *types = tab()->typeFilter();
        types->setCurrentIndex(types->findData(SecurityEventType::userCreated));
        WAIT_UNTIL_READ(model());
        QCOMPARE(typesShown(),
                 (QStringList {SecurityEventType::userCreated, SecurityEventType::userCreated}));
        // A live event of another type stays out; one of this type comes in.
        failSignInFromAnotherThread(u"ann"_s);
        m_gui->fixture().createUser(u"bob"_s);
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(typesShown(), (QStringList(3, SecurityEventType::userCreated)));
        types->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 5);
    }

    void filteringByUser()
    {
        QLineEdit *users = tab()->userFilter();
        // Accounts are suggested from SQL as a name is typed; picking one filters by it at once.
        AccountCompleter *suggestions = tab()->userSuggestions();
        suggestions->suggest(u"AN"_s);
        QCOMPARE(suggestions->matches().size(), 1);
        QCOMPARE(suggestions->matches().constFirst().publicId, m_ann.publicId);
        emit suggestions->accountPicked(suggestions->matches().constFirst());
        QCOMPARE(users->text(), u"ann"_s);
        WAIT_UNTIL_READ(model());
        QCOMPARE(typesShown(),
                 (QStringList {SecurityEventType::roleChanged, SecurityEventType::userCreated}));

        users->setText(u"root"_s);
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(typesShown(), QStringList {SecurityEventType::userCreated});
        QCOMPARE(model()->eventAt(0).subjectName, u"root"_s);
        users->setText(u"nobody"_s);
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"0 events"_s);
    }

    void filteringByTime()
    {
        m_gui->fixture().clock().advanceSeconds(3 * 3600);
        failSignInFromAnotherThread(u"root"_s);
        QTRY_COMPARE(model()->rowCount(), 4);
        QComboBox *period = tab()->periodFilter();
        period->setCurrentIndex(period->findData(int(ActivityTab::Period::LastHour)));
        WAIT_UNTIL_READ(model());
        QCOMPARE(typesShown(), QStringList {SecurityEventType::loginFailed});
        period->setCurrentIndex(period->findData(int(ActivityTab::Period::LastDay)));
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), 4);

        // An explicit range: from the second minute to the end of the first hour.
        period->setCurrentIndex(period->findData(int(ActivityTab::Period::Custom)));
        WAIT_UNTIL_READ(model());
        const qint64 start = FakeClock().nowMs();
        tab()->findChild<QDateTimeEdit *>(u"from"_s)->setDateTime(
            QDateTime::fromMSecsSinceEpoch(start + 60 * 1000));
        tab()->findChild<QDateTimeEdit *>(u"to"_s)->setDateTime(
            QDateTime::fromMSecsSinceEpoch(start + 3600 * 1000));
        WAIT_UNTIL_READ(model());
        QCOMPARE(typesShown(),
                 (QStringList {SecurityEventType::roleChanged, SecurityEventType::userCreated}));
        QCOMPARE(model()->eventAt(1).subjectName, u"ann"_s);
    }

    void olderEventsAreReadAsTheViewScrolls()
    {
        for (int i = 0; i < SecurityEventModel::pageSize + 20; ++i)
            VERIFY_OK(m_gui->backend()
                          .events()
                          .recordAsync(SecurityEvent {
                              0, 0, SecurityEventType::loginFailed, u"anonymous"_s, {}, u"x"_s, {}, {}})
                          .result());
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), SecurityEventModel::pageSize);
        QVERIFY(model()->canFetchMore({}));
        tab()->view()->scrollToBottom();
        QTRY_COMPARE(model()->rowCount(), SecurityEventModel::pageSize + 23);
        QVERIFY(!model()->canFetchMore({}));
        QCOMPARE(model()->eventAt(model()->rowCount() - 1).type, SecurityEventType::userCreated);
    }

    void aLongLogIsReadAPageAtATimeAndCountedInSqlUpToALimit()
    {
        // A sign-in storm against one name: more events than the count goes to.
        const Result<int> written = m_gui->backend().database().writer().run<int>(
            [this](WriteTransaction &transaction) -> Result<int> {
                for (int i = 0; i < SecurityEventLog::countLimit + 50; ++i) {
                    const SecurityEvent event {0,
                                               0,
                                               SecurityEventType::loginFailed,
                                               u"anonymous"_s,
                                               {},
                                               u"mallory"_s,
                                               u"203.0.113.9"_s,
                                               {}};
                    if (Status recorded = m_gui->backend().events().record(transaction, event); !recorded)
                        return recorded.error();
                }
                return int(SecurityEventLog::countLimit + 50);
            });
        VERIFY_OK(written);
        QLabel *count = tab()->findChild<QLabel *>(u"count"_s);
        const int pagesBefore = model()->pagesRead();
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), SecurityEventModel::pageSize);
        QCOMPARE(model()->pagesRead(), pagesBefore + 1);
        QCOMPARE(count->text(), u"More than 10,000 events"_s);

        // Each filter: one page, counted in SQL.
        QComboBox *types = tab()->typeFilter();
        types->setCurrentIndex(types->findData(SecurityEventType::roleChanged));
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->pagesRead(), pagesBefore + 2);
        QCOMPARE(count->text(), u"1 event"_s);
        types->setCurrentIndex(0);
        WAIT_UNTIL_READ(model());
        tab()->userFilter()->setText(u"ann"_s);
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(count->text(), u"2 events"_s);
        tab()->userFilter()->setText(u"mallory"_s);
        tab()->applyFilters();
        WAIT_UNTIL_READ(model());
        QCOMPARE(model()->rowCount(), SecurityEventModel::pageSize);
        QCOMPARE(count->text(), u"More than 10,000 events"_s);
        QCOMPARE(model()->pagesRead(), pagesBefore + 5);
    }
};

QTEST_MAIN(TestActivityUi)
#include "tst_activityui.moc"
