#pragma once

#include "BusyDialog.h"
#include "users/User.h"

class QLabel;
class QRadioButton;
class UserService;

// Makes an account an administrator or a regular user. Explains what a role allows and that a new role
// ends the user's sessions; core's refusal (the last enabled administrator) is shown in the dialog.
class ChangeRoleDialog : public BusyDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(UserService &users, const User &user, QWidget *parent = nullptr);

public slots:
    void accept() override;

signals:
    void roleChanged(const User &user);

protected:
    QString busyText() const override;
    void setInputsEnabled(bool enabled) override;
    void retranslateUi() override;

private:
    void updateButtons();

    UserService &m_users;
    User m_user;
    QLabel *m_intro;
    QRadioButton *m_admin;
    QLabel *m_adminHint;
    QRadioButton *m_regular;
    QLabel *m_userHint;
    QLabel *m_consequence;
};
