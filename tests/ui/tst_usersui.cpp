// The Users tab and its dialogs, driven like a user drives them: typing into the real fields, clicking the
// real buttons, over a real database.
#include "AddUserDialog.h"
#include "GeneratedPasswordDialog.h"
#include "GuiFixture.h"
#include "InlineFieldErrors.h"
#include "ResultAssertions.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "books/BookService.h"
#include "users/UserService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
QString localized(const char *errorText)
{
    return QCoreApplication::translate("Error", errorText);
}

void addBooks(Backend &backend, const User &owner, int count)
{
    for (int i = 0; i < count; ++i) {
        BookDraft draft;
        draft.title = u"Book %1 of %2"_s.arg(i + 1).arg(owner.username);
        draft.author = u"Author"_s;
        draft.publisher = u"Publisher"_s;
        draft.priceCents = 1000;
        draft.ownerPublicId = owner.publicId;
        VERIFY_OK(backend.books().create(Actor::desktopAdministrator(), draft).result());
    }
}

QPushButton *confirmButton(QMessageBox *box)
{
    return box->findChild<QPushButton *>(u"confirmButton"_s);
}
} // namespace

class TestUsersUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;

    UsersTab *tab() { return m_gui->window().usersTab(); }
    UserTableModel *model() { return &tab()->model(); }

    AddUserDialog *openAddUserDialog()
    {
        tab()->findChild<QAction *>(u"addUserAction"_s)->trigger();
        AddUserDialog *dialog = GuiFixture::visible<AddUserDialog>();
        if (!dialog)
            QTest::qFail("the Add User dialog did not open", __FILE__, __LINE__);
        return dialog;
    }

    static void fillIn(AddUserDialog *dialog, const QString &username, const QString &password,
                       const QString &repeat)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"username"_s), username);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), password);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"repeat"_s), repeat);
    }

    static void clickOk(QDialog *dialog)
    {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    qint64 accountsInDatabase()
    {
        const Result<UserPage> page
            = m_gui->backend().users().list(Actor::desktopAdministrator(), UserQuery {});
        return page ? page->total : -1;
    }

private slots:
    void init() { m_gui = std::make_unique<GuiFixture>(); }
    void cleanup() { m_gui.reset(); }

    void aColumnLayoutSavedBeforeTheSessionsColumnStillApplies()
    {
        // The layout an earlier version saved, with one column less and a wide username column.
        QStandardItemModel earlier(0, UserTableModel::SessionsColumn);
        QTableView view;
        view.setModel(&earlier);
        view.setColumnWidth(UserTableModel::UsernameColumn, 321);
        QSettings().setValue(u"users/header"_s, view.horizontalHeader()->saveState());

        m_gui->openWindow();
        QTableView *users = tab()->view();
        QCOMPARE(users->columnWidth(UserTableModel::UsernameColumn), 321);
        QVERIFY(!users->isColumnHidden(UserTableModel::SessionsColumn));
        QVERIFY(users->columnWidth(UserTableModel::SessionsColumn) > 0);
    }

    void addingAUserThroughTheDialogCreatesTheAccount()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->openWindow();
        AddUserDialog *dialog = openAddUserDialog();
        QPointer<AddUserDialog> watched(dialog);
        fillIn(dialog, u"ann"_s, u"correct horse battery"_s, u"correct horse battery"_s);
        clickOk(dialog);
        // Hashing runs on the pool: the dialog waits, busy, and cannot be closed meanwhile.
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->isEnabled());

        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        UserQuery query;
        query.text = u"ann"_s;
        const Result<UserPage> page = m_gui->backend().users().list(Actor::desktopAdministrator(), query);
        VERIFY_OK(page);
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.constFirst().role, Role::User);
        const int row = model()->rowOf(page->items.constFirst().publicId);
        QVERIFY(row >= 0);
        QCOMPARE(model()->index(row, UserTableModel::UsernameColumn).data().toString(), u"ann"_s);
        QCOMPARE(tab()->selectedUser()->username, u"ann"_s);
        // The account works: the password typed into the dialog is the one that was stored.
        VERIFY_OK(m_gui->backend().users().authenticate(u"ann"_s, u"correct horse battery"_s).result());
    }

    void invalidInputIsShownNextToItsFieldWhileTheDialogStaysOpen_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("short username") << u"b"_s << u"long enough password"_s << u"long enough password"_s
                                        << u"username"_s << localized("A username has 3 to 32 characters.");
        QTest::newRow("space in username")
            << u"bob smith"_s << u"long enough password"_s << u"long enough password"_s << u"username"_s
            << localized("A username may contain only letters A–Z, digits, '.', '_' and '-'.");
        QTest::newRow("short password") << u"bob"_s << u"short"_s << u"short"_s << u"password"_s
                                        << localized("A password needs at least 8 characters.");
        QTest::newRow("password is the username")
            << u"robert.smith"_s << u"Robert.Smith"_s << u"Robert.Smith"_s << u"password"_s
            << localized("The password must not be the username.");
        QTest::newRow("different repeat")
            << u"bob"_s << u"long enough password"_s << u"long enough passwort"_s << u"repeat"_s
            << u"The two passwords are different."_s;
    }
    void invalidInputIsShownNextToItsFieldWhileTheDialogStaysOpen()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(QString, field);
        QFETCH(QString, message);
        m_gui->openWindow();
        const qint64 before = accountsInDatabase();
        AddUserDialog *dialog = openAddUserDialog();
        fillIn(dialog, username, password, repeat);
        clickOk(dialog);

        QLabel *label = dialog->findChild<QLabel *>(u"fieldError_"_s + field);
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), message);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        // Only that field complains.
        for (const QString &other : dialog->fieldErrors().fieldNames()) {
            if (other != field)
                QVERIFY2(dialog->fieldErrors().message(other).isEmpty(), qPrintable(other));
        }
        QCOMPARE(accountsInDatabase(), before);

        // Corrected, it goes through.
        dialog->findChild<QLineEdit *>(u"username"_s)->setText(u"bob"_s);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"long enough password"_s);
        dialog->findChild<QLineEdit *>(u"repeat"_s)->setText(u"long enough password"_s);
        QPointer<AddUserDialog> watched(dialog);
        clickOk(dialog);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        QCOMPARE(accountsInDatabase(), before + 1);
    }

    void aTakenUsernameIsShownNextToTheUsernameField()
    {
        m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        AddUserDialog *dialog = openAddUserDialog();
        // Usernames are unique regardless of case: core says so, the dialog shows it.
        fillIn(dialog, u"Ann"_s, u"correct horse battery"_s, u"correct horse battery"_s);
        clickOk(dialog);
        QLabel *label = dialog->findChild<QLabel *>(u"fieldError_username"_s);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"taken"_s), qPrintable(label->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(accountsInDatabase(), 1);
    }

    void generatedPasswordIsFilledInAndShown()
    {
        m_gui->openWindow();
        AddUserDialog *dialog = openAddUserDialog();
        auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QCOMPARE(password->text().size(), 20);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"repeat"_s)->text(), password->text());
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
    }

    void theLastAdministratorCannotBeDisabledAndTheUiSaysWhy()
    {
        const User root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();

        QVERIFY(tab()->selectUser(root.publicId));
        QVERIFY(!tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->isEnabled());
        QVERIFY(!tab()->findChild<QAction *>(u"changeRoleAction"_s)->isEnabled());
        QVERIFY(!tab()->findChild<QAction *>(u"deleteUserAction"_s)->isEnabled());
        QVERIFY(tab()->findChild<QAction *>(u"resetPasswordAction"_s)->isEnabled());
        const QString note = tab()->lastAdministratorNote();
        QVERIFY2(note.contains(u"root"_s) && note.contains(u"last enabled administrator"_s),
                 qPrintable(note));
        QVERIFY2(tab()
                     ->findChild<QAction *>(u"toggleDisabledAction"_s)
                     ->toolTip()
                     .contains(u"last enabled administrator"_s),
                 qPrintable(tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->toolTip()));

        QVERIFY(tab()->selectUser(ann.publicId));
        QVERIFY(tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->isEnabled());
        QVERIFY(tab()->lastAdministratorNote().isEmpty());
    }

    void aLastAdministratorRefusalFromCoreIsExplained()
    {
        const User root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User erin = m_gui->fixture().createUser(u"erin"_s, Role::Admin);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(root.publicId));
        QVERIFY(tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->isEnabled());

        // A REST client disables the other administrator; the GUI has not heard of it yet.
        UserChanges disable;
        disable.disabled = true;
        VERIFY_OK(m_gui->backend().users().update(Actor::forUser(erin), erin.publicId, disable).result());
        QVERIFY(tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDisableUser"_s);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmButton(confirmation), Qt::LeftButton);

        QMessageBox *refusal = nullptr;
        QTRY_VERIFY((refusal = GuiFixture::visible<QMessageBox>(u"errorMessage"_s)));
        QVERIFY2(refusal->text().contains(u"root"_s), qPrintable(refusal->text()));
        QCOMPARE(
            refusal->informativeText(),
            localized("This is the last enabled administrator. Make another user an administrator first, so "
                      "that someone can still manage Bookwarden."));
        refusal->accept();
        const Result<User> stored
            = m_gui->backend().users().get(Actor::desktopAdministrator(), root.publicId);
        VERIFY_OK(stored);
        QVERIFY(!stored->disabled);
        // Once the change reaches the GUI, the rule is explained up front.
        QTRY_VERIFY(!tab()->lastAdministratorNote().isEmpty());
        QVERIFY(!tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->isEnabled());
    }

    void disablingAndEnablingAUser()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(ann.publicId));
        tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDisableUser"_s);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmButton(confirmation), Qt::LeftButton);
        const QModelIndex status = model()->index(model()->rowOf(ann.publicId), UserTableModel::StatusColumn);
        QTRY_COMPARE(status.data().toString(), u"Disabled"_s);
        QVERIFY(m_gui->backend().users().get(Actor::desktopAdministrator(), ann.publicId)->disabled);
        QCOMPARE(tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->text(), u"&Enable User"_s);

        tab()->findChild<QAction *>(u"toggleDisabledAction"_s)->trigger(); // enabling asks nothing
        QTRY_COMPARE(status.data().toString(), u"Enabled"_s);
        QVERIFY(!m_gui->backend().users().get(Actor::desktopAdministrator(), ann.publicId)->disabled);
    }

    void deletingAUserNamesTheBooksThatGoWithIt_data()
    {
        QTest::addColumn<int>("books");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << u"ann owns no books."_s;
        QTest::newRow("one") << 1 << u"1 book owned by ann will be deleted with the account."_s;
        QTest::newRow("three") << 3 << u"3 books owned by ann will be deleted with the account."_s;
    }
    void deletingAUserNamesTheBooksThatGoWithIt()
    {
        QFETCH(int, books);
        QFETCH(QString, expected);
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        addBooks(m_gui->backend(), ann, books);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(ann.publicId));
        QCOMPARE(model()->index(model()->rowOf(ann.publicId), UserTableModel::BooksColumn).data().toString(),
                 QString::number(books));

        tab()->findChild<QAction *>(u"deleteUserAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDeleteUser"_s);
        QVERIFY(confirmation);
        QVERIFY2(confirmation->informativeText().startsWith(expected),
                 qPrintable(confirmation->informativeText()));
        QVERIFY(confirmation->text().contains(u"ann"_s));
        // Cancel is the default: Enter does not delete.
        QCOMPARE(confirmation->defaultButton(), confirmation->button(QMessageBox::Cancel));
        QTest::mouseClick(confirmButton(confirmation), Qt::LeftButton);

        QTRY_COMPARE(model()->rowOf(ann.publicId), -1);
        const Result<User> gone = m_gui->backend().users().get(Actor::desktopAdministrator(), ann.publicId);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind(), ErrorKind::NotFound);
        const Result<BookPage> left
            = m_gui->backend().books().list(Actor::desktopAdministrator(), BookQuery {});
        VERIFY_OK(left);
        QCOMPARE(left->total, 0);
    }

    void cancellingTheDeletionKeepsTheUser()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(ann.publicId));
        tab()->findChild<QAction *>(u"deleteUserAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDeleteUser"_s);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmation->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(2 * UserTableModel::coalescingMs);
        QVERIFY(model()->rowOf(ann.publicId) >= 0);
        VERIFY_OK(m_gui->backend().users().get(Actor::desktopAdministrator(), ann.publicId));
    }

    void resettingAPasswordShowsTheGeneratedOneOnce()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(ann.publicId));
        tab()->findChild<QAction *>(u"resetPasswordAction"_s)->trigger();
        QDialog *dialog = GuiFixture::visible<QDialog>(u"resetPasswordDialog"_s);
        QVERIFY(dialog);
        clickOk(dialog);

        GeneratedPasswordDialog *shown = nullptr;
        QTRY_VERIFY((shown = GuiFixture::visible<GeneratedPasswordDialog>()));
        const QString password = shown->password();
        QCOMPARE(password.size(), 20);
        auto *field = shown->findChild<QLineEdit *>(u"password"_s);
        QVERIFY(field->isReadOnly());
        VERIFY_OK(m_gui->backend().users().authenticate(u"ann"_s, password).result());
        QVERIFY(!m_gui->backend().users().authenticate(u"ann"_s, u"correct horse battery"_s).result());
        shown->accept();
        QVERIFY(field->text().isEmpty()); // wiped on close
    }

    void signingOutEverywhereRevokesTheTokens()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        m_gui->fixture().clock().advanceSeconds(60);
        QVERIFY(tab()->selectUser(ann.publicId));
        tab()->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmSignOut"_s);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmButton(confirmation), Qt::LeftButton);
        QTRY_VERIFY(
            m_gui->backend().users().get(Actor::desktopAdministrator(), ann.publicId)->tokensValidAfterMs
            > ann.tokensValidAfterMs);
    }

    void accountsCreatedElsewhereAppearLiveWithoutLosingTheSelection()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        const User ann = m_gui->fixture().createUser(u"ann"_s);
        m_gui->openWindow();
        QVERIFY(tab()->selectUser(ann.publicId));

        // A REST client registers, from a thread of its own.
        QThread *client = QThread::create([this] {
            VERIFY_OK(
                m_gui->backend().users().registerAccount(u"aaron"_s, u"correct horse battery"_s).result());
        });
        client->start();
        QVERIFY(client->wait(10000));
        delete client;
        QTRY_VERIFY_WITH_TIMEOUT(
            GuiFixture::rowWithText(model(), UserTableModel::UsernameColumn, u"aaron"_s) >= 0, 1000);
        QCOMPARE(tab()->selectedUser()->publicId, ann.publicId);
        QCOMPARE(tab()->view()->selectionModel()->selectedRows().size(), 1);
    }

    void searchNarrowsTheList()
    {
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->fixture().createUser(u"ann"_s);
        m_gui->fixture().createUser(u"annette"_s);
        m_gui->fixture().createUser(u"bob"_s);
        m_gui->openWindow();
        QLineEdit *search = tab()->findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, u"ANN"_s);
        // The search runs in SQL once typing pauses.
        QTRY_COMPARE(tab()->view()->model()->rowCount(), 2);
        QCOMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"2 of 4 accounts"_s);
        // Fewer than three characters wait for Enter (the index answers three or more).
        search->clear();
        QTRY_COMPARE(tab()->view()->model()->rowCount(), 4);
        QTest::keyClicks(search, u"BO"_s);
        QTest::qWait(TableTab::searchPauseMs * 2);
        QCOMPARE(tab()->view()->model()->rowCount(), 4);
        QTest::keyClick(search, Qt::Key_Return);
        WAIT_UNTIL_READ(model());
        QCOMPARE(tab()->view()->model()->rowCount(), 1);
        QCOMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"1 of 4 accounts"_s);
    }
};

QTEST_MAIN(TestUsersUi)
#include "tst_usersui.moc"
