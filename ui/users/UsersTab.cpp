#include "UsersTab.h"

#include "AddUserDialog.h"
#include "ChangeRoleDialog.h"
#include "ConfirmationBox.h"
#include "ErrorMessage.h"
#include "GeneratedPasswordDialog.h"
#include "ResetPasswordDialog.h"
#include "UserTableModel.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

UsersTab::UsersTab(UserService &users, UserTableModel &model, QWidget *parent)
    : TableTab(u"users"_s, Icons::Glyph::Users, QT_TR_NOOP("Users"), QT_TR_NOOP("&Users"), parent)
    , m_users(users)
    , m_model(model)
{
    setObjectName(u"usersTab"_s);
    buildTable();
    buildLastAdministratorNote();
    buildActions();
    applyTexts();
}

void UsersTab::buildTable()
{
    m_search = addSearchField(320);
    searchAsTyped([this](const QString &text) { m_model.setFilter(text); });

    // By name, in SQL (the order UserService lists in).
    setTableModel(&m_model);
    view()->setObjectName(u"usersView"_s);
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view()->horizontalHeader()->setStretchLastSection(false);
}

void UsersTab::buildLastAdministratorNote()
{
    m_lastAdminNote = new QLabel(this);
    m_lastAdminNote->setObjectName(u"lastAdminNote"_s);
    m_lastAdminNote->setWordWrap(true);
    m_lastAdminNote->setFrameShape(QFrame::StyledPanel);
    m_lastAdminNote->setMargin(6);
    m_lastAdminNote->setAutoFillBackground(true);
    m_lastAdminNote->setBackgroundRole(QPalette::AlternateBase);
    m_lastAdminNote->hide();
    addNote(m_lastAdminNote);
}

void UsersTab::buildActions()
{
    m_add->setShortcut(QKeySequence::New);
    m_delete->setShortcut(QKeySequence::Delete);
    createMenu(
        "usersMenu",
        {m_add, nullptr, m_changeRole, m_toggleDisabled, m_resetPassword, m_signOut, nullptr, m_delete});
    setToolBarActions({m_add, m_changeRole, m_toggleDisabled, m_resetPassword, m_signOut, m_delete});
    view()->addActions({m_add, m_changeRole, m_toggleDisabled, m_resetPassword, m_signOut, m_delete});
}

void UsersTab::reload()
{
    reloadRows();
}

QString UsersTab::reloadedText() const
{
    return tr("Reloaded %Ln account(s).", nullptr, int(m_model.totalCount()));
}

QString UsersTab::loadErrorText() const
{
    return tr("Could not read the accounts.");
}

void UsersTab::fitColumns()
{
    // First start: wide enough for typical values, however few rows there are yet; the name takes the rest.
    const QString padding = u"MMM"_s;
    const QString time
        = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(22, 59)), QLocale::ShortFormat);
    fitColumn(UserTableModel::RoleColumn,
              {UserTableModel::roleName(Role::Admin), UserTableModel::roleName(Role::User)}, padding);
    fitColumn(UserTableModel::StatusColumn,
              {UserTableModel::statusName(true), UserTableModel::statusName(false)}, padding);
    fitColumn(UserTableModel::CreatedColumn, {time}, padding);
    fitColumn(UserTableModel::LastLoginColumn, {time}, padding);
    fitColumn(UserTableModel::BooksColumn, {u"00000"_s}, padding);
    fitColumn(UserTableModel::SessionsColumn, {u"00000"_s}, padding);
    view()->horizontalHeader()->setSectionResizeMode(UserTableModel::UsernameColumn, QHeaderView::Stretch);
}

std::optional<User> UsersTab::selectedUser() const
{
    const QModelIndexList rows = selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model.user(rows.constFirst().data(UserTableModel::PublicIdRole).toString());
}

bool UsersTab::selectUser(const QString &publicId)
{
    return selectModelRow(m_model.rowOf(publicId));
}

QString UsersTab::lastAdministratorNote() const
{
    return m_lastAdminNote->isVisible() ? m_lastAdminNote->text() : QString();
}

void UsersTab::addUser()
{
    auto *dialog = new AddUserDialog(m_users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userCreated, this, [this](const User &user) {
        m_model.applyChanged(user);
        selectUser(user.publicId);
        emit statusMessage(tr("Added the account “%1”.").arg(user.username));
    });
    dialog->open();
}

void UsersTab::changeRole()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_changeRole->isEnabled())
        return;
    auto *dialog = new ChangeRoleDialog(m_users, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeRoleDialog::roleChanged, this, [this](const User &changed) {
        m_model.applyChanged(changed);
        emit statusMessage(
            tr("“%1” is now: %2.").arg(changed.username, UserTableModel::roleName(changed.role)));
    });
    dialog->open();
}

void UsersTab::toggleDisabled()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    if (user->disabled) {
        setDisabled(*user, false);
        return;
    }
    ConfirmationBox::ask(
        this,
        {u"confirmDisableUser"_s, tr("Disable User"), tr("Disable the account “%1”?").arg(user->username),
         tr("%1 can no longer sign in and is signed out everywhere at once. Their books stay. You can "
            "enable the account again at any time.")
             .arg(user->username),
         tr("&Disable User")},
        [this, user = *user] { setDisabled(user, true); });
}

void UsersTab::setDisabled(const User &user, bool disabled)
{
    UserChanges changes;
    changes.disabled = disabled;
    emit statusMessage(disabled ? tr("Disabling “%1”…").arg(user.username)
                                : tr("Enabling “%1”…").arg(user.username));
    m_users.update(Actor::desktopAdministrator(), user.publicId, changes)
        .then(this, [this, user, disabled](const Result<User> &changed) {
            if (!changed) {
                emit statusMessage(QString());
                ErrorMessage::show(this,
                                   disabled ? tr("Could not disable “%1”.").arg(user.username)
                                            : tr("Could not enable “%1”.").arg(user.username),
                                   changed.error());
                return;
            }
            m_model.applyChanged(changed.value());
            emit statusMessage(disabled ? tr("Disabled “%1”.").arg(user.username)
                                        : tr("Enabled “%1”.").arg(user.username));
        });
}

void UsersTab::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    auto *dialog = new ResetPasswordDialog(m_users, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::passwordReset, this,
            [this](const User &changed, const QString &generatedPassword) {
                m_model.applyChanged(changed);
                emit statusMessage(tr("Set a new password for “%1”.").arg(changed.username));
                if (generatedPassword.isEmpty())
                    return;
                auto *shown = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::PasswordReset,
                                                          changed.username, generatedPassword, this);
                shown->setAttribute(Qt::WA_DeleteOnClose);
                shown->open();
            });
    dialog->open();
}

void UsersTab::signOutEverywhere()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    ConfirmationBox::ask(
        this,
        {u"confirmSignOut"_s, tr("Sign Out Everywhere"), tr("Sign “%1” out everywhere?").arg(user->username),
         tr("Every token issued to %1 stops working at once, on every device; they have to sign in again. "
            "Their "
            "password stays the same.")
             .arg(user->username),
         tr("&Sign Out Everywhere")},
        [this, user = *user] {
            ErrorMessage::showIfFailed(
                this, m_users.signOutEverywhere(Actor::desktopAdministrator(), user.publicId),
                tr("Could not sign “%1” out.").arg(user.username), [this, user](const User &signedOut) {
                    m_model.applyChanged(signedOut);
                    emit statusMessage(tr("Signed “%1” out everywhere.").arg(user.username));
                });
        });
}

void UsersTab::deleteUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_delete->isEnabled())
        return;
    const QString consequence = user->bookCount > 0
        ? tr("%n book(s) owned by %1 will be deleted with the account.", nullptr, int(user->bookCount))
              .arg(user->username)
        : tr("%1 owns no books.").arg(user->username);
    ConfirmationBox::ask(
        this,
        {u"confirmDeleteUser"_s, tr("Delete User"), tr("Delete the account “%1”?").arg(user->username),
         consequence + u' ' + tr("This cannot be undone."), tr("&Delete User")},
        [this, user = *user] {
            ErrorMessage::showIfFailed(this, m_users.remove(Actor::desktopAdministrator(), user.publicId),
                                       tr("Could not delete “%1”.").arg(user.username),
                                       [this, user](const User &removed) {
                                           m_model.applyRemoved(removed);
                                           emit statusMessage(tr("Deleted the account “%1” and %n book(s).",
                                                                 nullptr, int(removed.bookCount))
                                                                  .arg(user.username));
                                       });
        });
}

void UsersTab::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search usernames (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search usernames"));
    view()->setAccessibleName(tr("Accounts"));
    setTexts(m_add, tr("&Add User..."), {}, tr("Create an account (Ctrl+N)"));
    setTexts(m_changeRole, tr("Change &Role..."));
    setTexts(m_resetPassword, tr("Reset &Password..."), {}, tr("Give the selected account a new password"));
    setTexts(m_signOut, tr("&Sign Out Everywhere..."), {}, tr("End every session of the selected account"));
    setTexts(m_delete, tr("&Delete User..."));
    m_model.retranslate();
}

void UsersTab::updateActions()
{
    const std::optional<User> user = selectedUser();
    const bool selected = user.has_value();
    const bool last = selected && m_model.isLastEnabledAdministrator(user->publicId);
    const bool disabled = selected && user->disabled;

    setTexts(m_toggleDisabled, disabled ? tr("&Enable User") : tr("D&isable User..."));
    m_toggleDisabled->setIcon(Icons::glyph(disabled ? Icons::Glyph::EnableUser : Icons::Glyph::DisableUser));
    m_changeRole->setEnabled(selected && !last);
    m_toggleDisabled->setEnabled(selected && !last);
    m_resetPassword->setEnabled(selected);
    m_signOut->setEnabled(selected);
    m_delete->setEnabled(selected && !last);

    const QString why = last
        ? tr("“%1” is the last enabled administrator. Make another user an administrator first.")
              .arg(user->username)
        : QString();
    m_changeRole->setToolTip(why.isEmpty() ? tr("Make the selected account an administrator or a user")
                                           : why);
    m_toggleDisabled->setToolTip(why.isEmpty() ? (disabled ? tr("Let the selected account sign in again")
                                                           : tr("Stop the selected account from signing in"))
                                               : why);
    m_delete->setToolTip(why.isEmpty() ? tr("Delete the selected account and its books") : why);

    if (last) {
        m_lastAdminNote->setText(
            tr("“%1” is the last enabled administrator, so it cannot be disabled, made a regular user or "
               "deleted: "
               "someone must always be able to manage Bookwarden. Make another user an administrator first.")
                .arg(user->username));
        m_lastAdminNote->show();
    } else {
        m_lastAdminNote->hide();
    }
}

QString UsersTab::countText() const
{
    const qint64 shown = m_model.totalCount();
    if (m_model.text().isEmpty())
        return tr("%Ln account(s)", nullptr, int(shown));
    if (!m_model.totalIsExact())
        return tr("More than %1 of %Ln account(s)", nullptr, int(m_model.unfilteredCount()))
            .arg(QLocale().toString(shown));
    return tr("%1 of %Ln account(s)", nullptr, int(m_model.unfilteredCount())).arg(QLocale().toString(shown));
}
