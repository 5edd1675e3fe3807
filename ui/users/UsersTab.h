#pragma once

#include "TableTab.h"
#include "users/User.h"

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
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

    QString title() const override;
    QString menuTitle() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;

    UserTableModel &model() const { return m_model; }
    std::optional<User> selectedUser() const;
    bool selectUser(const QString &publicId);
    QString lastAdministratorNote() const;

    QAction *addUserAction() const { return m_add; }
    QAction *changeRoleAction() const { return m_changeRole; }
    QAction *toggleDisabledAction() const { return m_toggleDisabled; }
    QAction *resetPasswordAction() const { return m_resetPassword; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *deleteUserAction() const { return m_delete; }

public slots:
    void addUser();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void signOutEverywhere();
    void deleteUser();

protected:
    QString countText() const override;
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
    QSortFilterProxyModel *m_proxy;

    QLineEdit *m_search = nullptr;
    QLabel *m_lastAdminNote = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_add = nullptr;
    QAction *m_changeRole = nullptr;
    QAction *m_toggleDisabled = nullptr;
    QAction *m_resetPassword = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_delete = nullptr;
};
