// Choosing an account among 100,000 (AccountChooser, AccountCompleter): the chooser reads one page, typing
// finds any account through SQL, the keyboard picks it, and the chosen account is followed live.
#include "AccountChooser.h"
#include "AccountCompleter.h"
#include "BackendFixture.h"
#include "ResultAssertions.h"
#include "storage/Database.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int generatedAccounts = 100'000;

QString generatedName(int i)
{
    return u"reader%1"_s.arg(i, 6, 10, QLatin1Char('0'));
}
} // namespace

class TestAccountChooser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BackendFixture> m_fixture;
    std::unique_ptr<QWidget> m_window;

    UserService &users() { return m_fixture->backend().users(); }

    // A chooser in a shown, active window with the keyboard focus in its field, as a person meets it.
    AccountChooser *showChooser(AccountChooser::Offer offer)
    {
        m_window = std::make_unique<QWidget>();
        auto *chooser = new AccountChooser(users(), offer, m_window.get());
        chooser->setEveryoneText(u"All owners"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(chooser);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            QTest::qFail("the window did not become active", __FILE__, __LINE__);
        chooser->lineEdit()->setFocus();
        return chooser;
    }

    // Keys go where Qt sends them: to the completer's popup while it is open, to the field otherwise.
    static QWidget *keyboardTarget(AccountChooser *chooser)
    {
        QAbstractItemView *popup = chooser->accountCompleter()->popup();
        return popup->isVisible() ? static_cast<QWidget *>(popup)
                                  : static_cast<QWidget *>(chooser->lineEdit());
    }

    static void type(AccountChooser *chooser, const QString &text)
    {
        for (const QChar character : text)
            QTest::keyClick(keyboardTarget(chooser), character.toLatin1());
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<BackendFixture>();
        QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
        // One real account for its password hash; the others reuse it, written in one transaction (no
        // Argon2 for each, no signal for each).
        const User first = m_fixture->createUser(u"first"_s);
        QVERIFY(!first.publicId.isEmpty());
        const Result<int> inserted = m_fixture->backend().database().writer().run<int>(
            [&](WriteTransaction &transaction) -> Result<int> {
                const Result<std::optional<StoredUser>> template_
                    = UserRepository::findById(transaction.connection(), first.id);
                if (!template_)
                    return template_.error();
                UserRepository::NewUserRow row;
                row.passwordHash = (*template_.value()).passwordHash;
                row.nowMs = m_fixture->clock().nowMs();
                for (int i = 0; i < generatedAccounts; ++i) {
                    row.publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    row.username = generatedName(i);
                    if (const Result<User> user = UserRepository::insert(transaction.connection(), row);
                        !user)
                        return user.error();
                }
                return generatedAccounts;
            });
        VERIFY_OK(inserted);
    }
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { m_fixture.reset(); }

    void constructingReadsOnePage()
    {
        AccountChooser chooser(users(), AccountChooser::Offer::EveryoneOrOneAccount);
        QCOMPARE(chooser.pagesRead(), 1);
        QCOMPARE(chooser.count(), 1 + AccountCompleter::pageSize); // "All …" and the first page by name
        QCOMPARE(chooser.itemText(1), u"first"_s);
        QCOMPARE(chooser.itemText(2), generatedName(0));
        QCOMPARE(chooser.currentIndex(), 0);
        QCOMPARE(chooser.chosenPublicId(), QString());

        // Where someone must be chosen, nobody is until then.
        AccountChooser owner(users(), AccountChooser::Offer::OneAccount);
        QCOMPARE(owner.pagesRead(), 1);
        QCOMPARE(owner.count(), AccountCompleter::pageSize);
        QCOMPARE(owner.currentIndex(), -1);
        QCOMPARE(owner.chosenPublicId(), QString());
    }

    void typingFindsAnyAccountAndTheKeyboardPicksIt()
    {
        AccountChooser *chooser = showChooser(AccountChooser::Offer::EveryoneOrOneAccount);
        QSignalSpy chosen(chooser, &AccountChooser::chosenChanged);
        AccountCompleter *completer = chooser->accountCompleter();
        // Far beyond the first page: only a search finds it.
        type(chooser, u"der09998"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->matches().size(), 10); // reader099980 … reader099989
        QCOMPARE(completer->matches().constFirst().username, generatedName(99980));
        QVERIFY2(chooser->pagesRead() <= 3, qPrintable(QString::number(chooser->pagesRead())));
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(chooser->lineEdit()->text(), u"der09998"_s); // the suggestions opening leave it alone

        // Typing on narrows the list; Down and Enter take the highlighted account.
        type(chooser, u"7"_s);
        QTRY_COMPARE(completer->matches().size(), 1);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(keyboardTarget(chooser), Qt::Key_Down);
        QTest::keyClick(keyboardTarget(chooser), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        const QString publicId = chosen.constFirst().constFirst().toString();
        QCOMPARE(chooser->chosenPublicId(), publicId);
        QCOMPARE(chooser->chosenUsername(), generatedName(99987));
        QCOMPARE(chooser->lineEdit()->text(), generatedName(99987));
        QVERIFY(!completer->popup()->isVisible());
        // Kept in the list, after the first page, so that the combo box shows it as current.
        QCOMPARE(chooser->currentIndex(), chooser->findData(publicId));

        // Emptying the field and leaving it means everyone again.
        chooser->lineEdit()->selectAll();
        QTest::keyClick(chooser->lineEdit(), Qt::Key_Backspace);
        QTest::keyClick(keyboardTarget(chooser), Qt::Key_Return);
        QCOMPARE(chooser->chosenPublicId(), QString());
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chooser->currentIndex(), 0);
    }

    void enterTakesTheAccountOfThatName()
    {
        AccountChooser *chooser = showChooser(AccountChooser::Offer::OneAccount);
        QSignalSpy chosen(chooser, &AccountChooser::chosenChanged);
        chooser->lineEdit()->setText(u"READER054321"_s);
        QTest::keyClick(chooser->lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chooser->chosenUsername(), generatedName(54321));

        // Text that names nobody leaves the choice as it was once the field is left.
        chooser->lineEdit()->setText(u"nobody by that name"_s);
        QTest::keyClick(chooser->lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chooser->lineEdit()->text(), generatedName(54321));
        QVERIFY(!chooser->chooseByName(u"nobody by that name"_s));
        QVERIFY(chooser->chooseByName(u"Reader000007"_s));
        QCOMPARE(chooser->chosenUsername(), generatedName(7));
        QCOMPARE(chosen.count(), 2);
    }

    void theChosenAccountIsFollowedLive()
    {
        const User zed = m_fixture->createUser(u"zed.follow"_s);
        AccountChooser chooser(users(), AccountChooser::Offer::EveryoneOrOneAccount);
        QSignalSpy chosen(&chooser, &AccountChooser::chosenChanged);
        QVERIFY(chooser.choose(zed.publicId)); // beyond the first page: read by its id
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chooser.lineEdit()->text(), u"zed.follow"_s);

        // Renamed: the new name shows (core signals a changed account as it commits).
        User renamed = zed;
        renamed.username = u"zed.renamed"_s;
        emit users().userUpdated(renamed);
        QCOMPARE(chooser.chosenUsername(), u"zed.renamed"_s);
        QCOMPARE(chooser.lineEdit()->text(), u"zed.renamed"_s);
        QCOMPARE(chooser.itemText(chooser.currentIndex()), u"zed.renamed"_s);
        QCOMPARE(chosen.count(), 1);

        // Deleted (here by another thread, as a REST client would): back to everyone, said once.
        QThread *client = QThread::create(
            [&] { VERIFY_OK(users().remove(Actor::desktopAdministrator(), zed.publicId).result()); });
        client->start();
        QVERIFY(client->wait(10000));
        delete client;
        QTRY_COMPARE(chooser.chosenPublicId(), QString());
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().constFirst().toString(), QString());
        QCOMPARE(chooser.currentIndex(), 0);
        QCOMPARE(chooser.findData(zed.publicId), -1);
    }

    void aDisabledAccountLeavesAChooserOfEnabledOnes()
    {
        const User amy = m_fixture->createUser(u"amy.disabled"_s);
        AccountChooser chooser(users(), AccountChooser::Offer::OneEnabledAccount);
        QSignalSpy chosen(&chooser, &AccountChooser::chosenChanged);
        QVERIFY(chooser.choose(amy.publicId));
        UserChanges disable;
        disable.disabled = true;
        VERIFY_OK(users().update(Actor::desktopAdministrator(), amy.publicId, disable).result());
        QTRY_COMPARE(chooser.chosenPublicId(), QString());
        QCOMPARE(chooser.currentIndex(), -1);
        QCOMPARE(chosen.count(), 2);
        // Not offered again, neither by id nor by name.
        QVERIFY(!chooser.choose(amy.publicId));
        QVERIFY(!chooser.chooseByName(u"amy.disabled"_s));
        VERIFY_OK(users().remove(Actor::desktopAdministrator(), amy.publicId).result());
    }

    void anAccountCreatedElsewhereJoinsTheFirstPage()
    {
        AccountChooser chooser(users(), AccountChooser::Offer::EveryoneOrOneAccount);
        const int pagesBefore = chooser.pagesRead();
        const User aaron = m_fixture->createUser(u"aaron.new"_s);
        QTRY_COMPARE(chooser.itemText(1), u"aaron.new"_s);
        QCOMPARE(chooser.count(), 1 + AccountCompleter::pageSize);
        QCOMPARE(chooser.pagesRead(), pagesBefore + 1);
        // One sorting after the first page changes nothing there and reads nothing.
        m_fixture->createUser(u"zz.late"_s);
        QTest::qWait(2 * AccountChooser::coalescingMs);
        QCOMPARE(chooser.pagesRead(), pagesBefore + 1);
        VERIFY_OK(users().remove(Actor::desktopAdministrator(), aaron.publicId).result());
        QTRY_COMPARE(chooser.itemText(1), u"first"_s);
    }
};

QTEST_MAIN(TestAccountChooser)
#include "tst_accountchooser.moc"
