#pragma once

#include "Icons.h"
#include "WindowTab.h"
#include "users/User.h"

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class UserService;
class UserTableModel;

// The Users tab: every account with its role, status, dates and number of books, searchable and sortable,
// and what an administrator does to accounts. The last-administrator rule is explained where it applies:
// the actions it forbids are disabled for the last enabled administrator, with a note saying why, and a
// refusal from core (someone else disabled the other administrator meanwhile) is shown with core's words.
class UsersTab : public WindowTab
{
    Q_OBJECT

public:
    UsersTab(UserService &users, UserTableModel &model, QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QString settingsKey() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    QTableView *view() const { return m_view; }
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
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateCount();
    void setDisabled(const User &user, bool disabled);
    QAction *createAction(Icons::Glyph glyph, const char *name);

    UserService &m_users;
    UserTableModel &m_model;
    QSortFilterProxyModel *m_proxy;

    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_lastAdminNote;
    QTableView *m_view;
    QMenu *m_menu;
    QAction *m_add;
    QAction *m_changeRole;
    QAction *m_toggleDisabled;
    QAction *m_resetPassword;
    QAction *m_signOut;
    QAction *m_delete;
};
