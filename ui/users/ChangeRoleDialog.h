#pragma once

#include "users/User.h"

#include <QDialog>

class BusyIndicator;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class UserService;

// Makes an account an administrator or a regular user. Explains what a role allows and that a new role
// ends the user's sessions; core's refusal (the last enabled administrator) is shown in the dialog.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(UserService &users, const User &user, QWidget *parent = nullptr);

    bool isBusy() const;
    QString errorText() const;

public slots:
    void accept() override;
    void reject() override;

signals:
    void roleChanged(const User &user);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void updateButtons();

    UserService &m_users;
    User m_user;
    QLabel *m_intro;
    QRadioButton *m_admin;
    QLabel *m_adminHint;
    QRadioButton *m_regular;
    QLabel *m_userHint;
    QLabel *m_consequence;
    QLabel *m_error;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
};
