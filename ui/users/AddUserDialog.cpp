#include "AddUserDialog.h"

#include "BusyIndicator.h"
#include "ErrorMessage.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "UserTableModel.h"
#include "users/Actor.h"
#include "users/UserRules.h"
#include "users/UserService.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// A form label whose mnemonic (the & in "&Title:") moves the focus to its field.
QLabel *buddyLabel(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}
const QString repeatField = u"repeat"_s; // the dialog's own: core never sees the second copy
} // namespace

AddUserDialog::AddUserDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_generate(new QPushButton(Icons::glyph(Icons::Glyph::Generate), QString(), this))
    , m_repeat(new QLineEdit(this))
    , m_show(new QCheckBox(this))
    , m_role(new QComboBox(this))
    , m_generalError(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addUserDialog"_s);
    m_intro->setWordWrap(true);
    m_username->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_generate->setObjectName(u"generateButton"_s);
    m_repeat->setObjectName(u"repeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_show->setObjectName(u"showPasswords"_s);
    m_role->setObjectName(u"role"_s);
    m_role->addItem(QString(), QVariant::fromValue(int(Role::User)));
    m_role->addItem(QString(), QVariant::fromValue(int(Role::Admin)));
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->hide();

    m_passwordRow = new QHBoxLayout;
    m_passwordRow->addWidget(m_password, 1);
    m_passwordRow->addWidget(m_generate);
    m_form->addRow(buddyLabel(m_username, this), m_username);
    m_form->addRow(buddyLabel(m_password, this), m_passwordRow);
    m_form->addRow(buddyLabel(m_repeat, this), m_repeat);
    m_form->addRow(QString(), m_show);
    m_form->addRow(buddyLabel(m_role, this), m_role);

    m_errors = new InlineFieldErrors(m_form, this);
    m_errors->addField(u"username"_s, m_username);
    m_errors->addField(u"password"_s, m_password);
    m_errors->addField(repeatField, m_repeat);
    InlineFieldErrors::styleAsError(m_generalError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_generate, &QPushButton::clicked, this, &AddUserDialog::generatePassword);
    connect(m_show, &QCheckBox::toggled, this, &AddUserDialog::showPasswords);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);

    retranslateUi();
    setMinimumWidth(460);
    m_username->setFocus();
}

bool AddUserDialog::isBusy() const
{
    return m_busy->isBusy();
}

void AddUserDialog::accept()
{
    if (isBusy())
        return;
    m_errors->clear();
    m_generalError->hide();
    if (m_password->text() != m_repeat->text()) {
        m_errors->showMessage(repeatField, tr("The two passwords are different."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }

    NewAccount account;
    account.username = m_username->text().trimmed();
    account.password = m_password->text();
    account.role = Role(m_role->currentData().toInt());
    setBusy(true);
    m_users.createAccount(Actor::desktopAdministrator(), account)
        .then(this, [this](const Result<User> &created) {
            setBusy(false);
            if (created) {
                m_created = created.value();
                m_password->clear();
                m_repeat->clear();
                emit userCreated(created.value());
                QDialog::accept();
                return;
            }
            // Field messages go under their fields; anything else (too busy, a storage error) above the
            // buttons.
            if (m_errors->show(created.error()) == 0) {
                m_generalError->setText(ErrorMessage::describe(created.error()));
                m_generalError->show();
            }
        });
}

void AddUserDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void AddUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddUserDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_intro->setText(tr("The new user signs in to the REST API with this username and password."));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_username)->setText(tr("&Username:"));
    if (auto *passwordLabel = qobject_cast<QLabel *>(m_form->labelForField(m_passwordRow)))
        passwordLabel->setText(tr("&Password:"));
    label(m_repeat)->setText(tr("&Repeat password:"));
    label(m_role)->setText(tr("R&ole:"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Fill in a strong random password (and show it, so that you can pass it on)"));
    m_show->setText(tr("&Show passwords"));
    m_role->setItemText(0, UserTableModel::roleName(Role::User));
    m_role->setItemText(1, UserTableModel::roleName(Role::Admin));
    m_role->setToolTip(tr("Administrators manage every account and every book; users only their own books."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
    if (isBusy())
        m_busy->start(tr("Creating the account…"));
}

void AddUserDialog::generatePassword()
{
    const QString password = UserRules::generatePassword();
    m_password->setText(password);
    m_repeat->setText(password);
    m_show->setChecked(true);
    m_errors->showMessage(u"password"_s, QString());
    m_errors->showMessage(repeatField, QString());
}

void AddUserDialog::showPasswords(bool visible)
{
    const QLineEdit::EchoMode mode = visible ? QLineEdit::Normal : QLineEdit::Password;
    m_password->setEchoMode(mode);
    m_repeat->setEchoMode(mode);
}

void AddUserDialog::setBusy(bool busy)
{
    for (QWidget *input :
         {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
          static_cast<QWidget *>(m_generate), static_cast<QWidget *>(m_repeat),
          static_cast<QWidget *>(m_show), static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_buttons)})
        input->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Creating the account…"));
        setCursor(Qt::BusyCursor);
    } else {
        m_busy->stop();
        unsetCursor();
    }
}
