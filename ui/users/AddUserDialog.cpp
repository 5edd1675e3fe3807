#include "AddUserDialog.h"

#include "BuddyLabel.h"
#include "ErrorMessage.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "NewPasswordFields.h"
#include "UserTableModel.h"
#include "users/Actor.h"
#include "users/UserRules.h"
#include "users/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AddUserDialog::AddUserDialog(UserService &users, QWidget *parent)
    : BusyDialog(parent)
    , m_users(users)
    , m_form(new QFormLayout)
    , m_errors(new InlineFieldErrors(m_form, this))
    , m_intro(new QLabel(this))
    , m_username(new QLineEdit(this))
{
    setObjectName(u"addUserDialog"_s);
    m_intro->setWordWrap(true);
    buildForm();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    addFooter(layout, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_generate, &QPushButton::clicked, this, &AddUserDialog::generatePassword);
    connect(m_show, &QCheckBox::toggled, m_passwords, &NewPasswordFields::setPasswordsShown);

    retranslateUi();
    setMinimumWidth(460);
    m_username->setFocus();
}

void AddUserDialog::buildForm()
{
    m_username->setObjectName(u"username"_s);
    m_form->addRow(new BuddyLabel(m_username, this), m_username);
    m_errors->addField(u"username"_s, m_username);
    m_passwords = new NewPasswordFields(this, m_form, *m_errors);
    m_generate = new QPushButton(Icons::glyph(Icons::Glyph::Generate), QString(), this);
    m_generate->setObjectName(u"generateButton"_s);
    m_passwords->addBesidePassword(m_generate);
    m_show = new QCheckBox(this);
    m_show->setObjectName(u"showPasswords"_s);
    m_form->addRow(QString(), m_show);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"role"_s);
    m_role->addItem(QString(), QVariant::fromValue(int(Role::User)));
    m_role->addItem(QString(), QVariant::fromValue(int(Role::Admin)));
    m_form->addRow(new BuddyLabel(m_role, this), m_role);
}

void AddUserDialog::accept()
{
    if (isBusy())
        return;
    m_errors->clear();
    hideGeneralError();
    if (!m_passwords->checkRepeated())
        return;

    NewAccount account;
    account.username = m_username->text().trimmed();
    account.password = m_passwords->password();
    account.role = Role(m_role->currentData().toInt());
    setBusy(true);
    m_users.createAccount(Actor::desktopAdministrator(), account)
        .then(this, [this](const Result<User> &created) {
            setBusy(false);
            if (created) {
                m_created = created.value();
                m_passwords->clear();
                emit userCreated(created.value());
                QDialog::accept();
                return;
            }
            // Field messages go under their fields; anything else (too busy, a storage error) above the
            // buttons.
            if (m_errors->show(created.error()) == 0)
                showGeneralError(ErrorMessage::describe(created.error()));
        });
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_intro->setText(tr("The new user signs in to the REST API with this username and password."));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_username)->setText(tr("&Username:"));
    m_passwords->retranslate(tr("&Password:"));
    label(m_role)->setText(tr("R&ole:"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Fill in a strong random password (and show it, so that you can pass it on)"));
    m_show->setText(tr("&Show passwords"));
    m_role->setItemText(0, UserTableModel::roleName(Role::User));
    m_role->setItemText(1, UserTableModel::roleName(Role::Admin));
    m_role->setToolTip(tr("Administrators manage every account and every book; users only their own books."));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
}

void AddUserDialog::generatePassword()
{
    m_passwords->fill(UserRules::generatePassword());
    m_show->setChecked(true);
}

QString AddUserDialog::busyText() const
{
    return tr("Creating the account…");
}

void AddUserDialog::setInputsEnabled(bool enabled)
{
    m_passwords->setEnabled(enabled);
    for (QWidget *input : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_generate),
                           static_cast<QWidget *>(m_show), static_cast<QWidget *>(m_role)})
        input->setEnabled(enabled);
}
