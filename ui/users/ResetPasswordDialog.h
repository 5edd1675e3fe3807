#pragma once

#include "users/User.h"

#include <QDialog>

class BusyIndicator;
class InlineFieldErrors;
class NewPasswordFields;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class UserService;

// Gives an account a new password, generated (the default: shown once afterwards) or typed twice. Core
// hashes it, signs the user out everywhere and records the reset; its field message shows under the field.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(UserService &users, const User &user, QWidget *parent = nullptr);

    bool isBusy() const;
    // After success: the generated password, to be shown once; empty when one was typed.
    QString generatedPassword() const { return m_generatedPassword; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

public slots:
    void accept() override;
    void reject() override;

signals:
    void passwordReset(const User &user, const QString &generatedPassword);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void updateInputs();
    void setBusy(bool busy);

    UserService &m_users;
    User m_user;
    QString m_generatedPassword;

    QLabel *m_intro;
    QRadioButton *m_generate;
    QRadioButton *m_type;
    QFormLayout *m_form;
    InlineFieldErrors *m_errors;
    NewPasswordFields *m_passwords;
    QLabel *m_generalError;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
};
