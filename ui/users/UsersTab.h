#pragma once

#include "TableTab.h"
#include "users/User.h"

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class UserService;
class UserTableModel;

// The Users tab: every account with its role, status, dates and number of books, searchable and sortable,
// and what an administrator does to accounts. The last-administrator rule is explained where it applies:
// the actions it forbids are disabled for the last enabled administrator, with a note saying why, and a
// refusal from core (someone else disabled the other administrator meanwhile) is shown with core's words.
class UsersTab : public TableTab
{
    Q_OBJECT

public:
    UsersTab(UserService &users, UserTableModel &model, QWidget *parent = nullptr);

    void reload() override;

    UserTableModel &model() const { return m_model; }
    std::optional<User> selectedUser() const;
    bool selectUser(const QString &publicId);
    QString lastAdministratorNote() const;

public slots:
    void addUser();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void signOutEverywhere();
    void deleteUser();

protected:
    QString countText() const override;
    QString reloadedText() const override;
    QString loadErrorText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void updateActions() override;

private:
    void buildTable();
    void buildActions();
    void buildLastAdministratorNote();
    void setDisabled(const User &user, bool disabled);

    UserService &m_users;
    UserTableModel &m_model;

    QLineEdit *m_search = nullptr;
    QLabel *m_lastAdminNote = nullptr;
    QAction *const m_add = createAction(Icons::Glyph::AddUser, "addUserAction", &UsersTab::addUser);
    QAction *const m_changeRole
        = createAction(Icons::Glyph::ChangeRole, "changeRoleAction", &UsersTab::changeRole);
    QAction *const m_toggleDisabled
        = createAction(Icons::Glyph::DisableUser, "toggleDisabledAction", &UsersTab::toggleDisabled);
    QAction *const m_resetPassword
        = createAction(Icons::Glyph::ResetPassword, "resetPasswordAction", &UsersTab::resetPassword);
    QAction *const m_signOut
        = createAction(Icons::Glyph::SignOut, "signOutAction", &UsersTab::signOutEverywhere);
    QAction *const m_delete
        = createAction(Icons::Glyph::DeleteUser, "deleteUserAction", &UsersTab::deleteUser);
};
