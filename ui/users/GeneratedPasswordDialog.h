#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Shows a password Bookwarden generated, once: the initial administrator's on the first start, or one made
// by "Reset Password". Selectable, with a copy button (the clipboard is cleared again after a minute) and a
// clear warning that it cannot be shown again. The text is wiped from the field when the dialog closes.
class GeneratedPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { InitialAdministrator, PasswordReset };

    GeneratedPasswordDialog(Purpose purpose, const QString &username, const QString &password,
                            QWidget *parent = nullptr);

    QString password() const;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void copy();

    Purpose m_purpose;
    QString m_username;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_copy;
    QLabel *m_copied;
    QLabel *m_warning;
    QPushButton *m_done;
};
