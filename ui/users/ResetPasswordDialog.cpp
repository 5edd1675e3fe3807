#include "ResetPasswordDialog.h"

#include "ErrorMessage.h"
#include "InlineFieldErrors.h"
#include "NewPasswordFields.h"
#include "users/Actor.h"
#include "users/UserRules.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ResetPasswordDialog::ResetPasswordDialog(UserService &users, const User &user, QWidget *parent)
    : BusyDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_intro(new QLabel(this))
    , m_generate(new QRadioButton(this))
    , m_type(new QRadioButton(this))
    , m_form(new QFormLayout)
    , m_errors(new InlineFieldErrors(m_form, this))
    , m_passwords(new NewPasswordFields(this, m_form, *m_errors))
{
    setObjectName(u"resetPasswordDialog"_s);
    m_intro->setWordWrap(true);
    m_generate->setObjectName(u"generate"_s);
    m_type->setObjectName(u"type"_s);
    m_generate->setChecked(true);

    m_form->setContentsMargins(24, 0, 0, 0); // under the radio button it belongs to

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_generate);
    layout->addWidget(m_type);
    layout->addLayout(m_form);
    addFooter(layout, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    connect(m_type, &QRadioButton::toggled, this, &ResetPasswordDialog::updateInputs);

    retranslateUi();
    updateInputs();
    setMinimumWidth(460);
}

void ResetPasswordDialog::accept()
{
    if (isBusy())
        return;
    m_errors->clear();
    hideGeneralError();
    QString password;
    if (m_type->isChecked()) {
        if (!m_passwords->checkRepeated())
            return;
        password = m_passwords->password();
    } else {
        password = UserRules::generatePassword();
    }

    setBusy(true);
    const bool generated = m_generate->isChecked();
    m_users.resetPassword(Actor::desktopAdministrator(), m_user.publicId, password)
        .then(this, [this, generated, password](const Result<User> &reset) {
            setBusy(false);
            if (reset) {
                m_generatedPassword = generated ? password : QString();
                m_passwords->clear();
                emit passwordReset(reset.value(), m_generatedPassword);
                QDialog::accept();
                return;
            }
            if (generated || m_errors->show(reset.error()) == 0)
                showGeneralError(ErrorMessage::describe(reset.error()));
        });
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset Password of “%1”").arg(m_user.username));
    m_intro->setText(
        tr("%1 gets a new password and is signed out everywhere: every token issued to them stops "
           "working.")
            .arg(m_user.username));
    m_generate->setText(tr("&Generate a strong password (shown once afterwards)"));
    m_type->setText(tr("&Type a password:"));
    m_passwords->retranslate(tr("&New password:"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Reset &Password"));
}

void ResetPasswordDialog::updateInputs()
{
    const bool typed = m_type->isChecked();
    m_passwords->setEnabled(typed && !isBusy());
    if (typed)
        m_passwords->passwordField()->setFocus();
    else
        m_errors->clear();
}

QString ResetPasswordDialog::busyText() const
{
    return tr("Setting the new password…");
}

void ResetPasswordDialog::setInputsEnabled(bool enabled)
{
    m_generate->setEnabled(enabled);
    m_type->setEnabled(enabled);
    updateInputs();
}
