#pragma once

#include <QObject>
#include <QString>

class InlineFieldErrors;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

// A new password typed twice, as two rows of a dialog's form (Add User, Reset Password): the fields
// ("password", "repeat"), their labels, their rows for messages, and the dialog's own check that the two
// copies match (core never sees the second one). Core's message about the password shows under the first.
class NewPasswordFields : public QObject
{
    Q_OBJECT

public:
    // Adds the two rows to `form` (of `dialog`) and registers both with `errors`.
    NewPasswordFields(QWidget *dialog, QFormLayout *form, InlineFieldErrors &errors);

    // A widget to the right of the first field (a Generate button).
    void addBesidePassword(QWidget *widget);

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString password() const;

    // True when the two copies match; otherwise says so under the second and puts the focus there.
    bool checkRepeated();
    // A generated password in both fields; earlier messages about them go.
    void fill(const QString &password);
    void clear();
    void setPasswordsShown(bool shown);
    void setEnabled(bool enabled);
    // `passwordLabel` names the first field ("&Password:", "&New password:").
    void retranslate(const QString &passwordLabel);

private:
    InlineFieldErrors &m_errors;
    QHBoxLayout *m_passwordRow;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
};
