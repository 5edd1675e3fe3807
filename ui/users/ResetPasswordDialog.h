#pragma once

#include "BusyDialog.h"
#include "users/User.h"

class InlineFieldErrors;
class NewPasswordFields;
class QFormLayout;
class QLabel;
class QRadioButton;
class UserService;

// Gives an account a new password, generated (the default: shown once afterwards) or typed twice. Core
// hashes it, signs the user out everywhere and records the reset; its field message shows under the field.
class ResetPasswordDialog : public BusyDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(UserService &users, const User &user, QWidget *parent = nullptr);

    // After success: the generated password, to be shown once; empty when one was typed.
    QString generatedPassword() const { return m_generatedPassword; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

public slots:
    void accept() override;

signals:
    void passwordReset(const User &user, const QString &generatedPassword);

protected:
    QString busyText() const override;
    void setInputsEnabled(bool enabled) override;
    void retranslateUi() override;

private:
    void updateInputs();

    UserService &m_users;
    User m_user;
    QString m_generatedPassword;

    QLabel *m_intro;
    QRadioButton *m_generate;
    QRadioButton *m_type;
    QFormLayout *m_form;
    InlineFieldErrors *m_errors;
    NewPasswordFields *m_passwords;
};
