#pragma once

#include "users/User.h"

#include <QDialog>

#include <optional>

class BusyIndicator;
class InlineFieldErrors;
class NewPasswordFields;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class UserService;

// Creates an account: username, password typed twice (or generated), role. Core checks everything; its
// field messages appear under the fields while the dialog stays open. The dialog closes once core has
// created the account — hashing the password takes a moment, shown by a busy indicator, during which the
// dialog cannot be closed (the account would be created anyway).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(UserService &users, QWidget *parent = nullptr);

    std::optional<User> createdUser() const { return m_created; }
    bool isBusy() const;
    InlineFieldErrors &fieldErrors() { return *m_errors; }

public slots:
    // Starts creating the account; the dialog closes when core reports success.
    void accept() override;
    void reject() override;

signals:
    void userCreated(const User &user);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildForm();
    void buildLayout();
    void retranslateUi();
    void generatePassword();
    void setBusy(bool busy);

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
    QLabel *m_generalError = nullptr;
    BusyIndicator *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
