#pragma once

#include "BusyDialog.h"
#include "users/User.h"

#include <optional>

class InlineFieldErrors;
class NewPasswordFields;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class UserService;

// Creates an account: username, password typed twice (or generated), role. Core checks everything; its
// field messages appear under the fields while the dialog stays open. The dialog closes once core has
// created the account — hashing the password takes a moment, shown by a busy indicator, during which the
// dialog cannot be closed (the account would be created anyway).
class AddUserDialog : public BusyDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(UserService &users, QWidget *parent = nullptr);

    std::optional<User> createdUser() const { return m_created; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

public slots:
    // Starts creating the account; the dialog closes when core reports success.
    void accept() override;

signals:
    void userCreated(const User &user);

protected:
    QString busyText() const override;
    void setInputsEnabled(bool enabled) override;
    void retranslateUi() override;

private:
    void buildForm();
    void generatePassword();

    UserService &m_users;
    std::optional<User> m_created;

    QFormLayout *m_form;
    InlineFieldErrors *m_errors;
    QLabel *m_intro;
    QLineEdit *m_username;
    NewPasswordFields *m_passwords = nullptr;
    QPushButton *m_generate = nullptr;
    QCheckBox *m_show = nullptr;
    QComboBox *m_role = nullptr;
};
