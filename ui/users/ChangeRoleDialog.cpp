#include "ChangeRoleDialog.h"

#include "ErrorMessage.h"
#include "UserTableModel.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ChangeRoleDialog::ChangeRoleDialog(UserService &users, const User &user, QWidget *parent)
    : BusyDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_intro(new QLabel(this))
    , m_admin(new QRadioButton(this))
    , m_adminHint(new QLabel(this))
    , m_regular(new QRadioButton(this))
    , m_userHint(new QLabel(this))
    , m_consequence(new QLabel(this))
{
    setObjectName(u"changeRoleDialog"_s);
    m_admin->setObjectName(u"administrator"_s);
    m_regular->setObjectName(u"user"_s);
    (user.isAdmin() ? m_admin : m_regular)->setChecked(true);
    for (QLabel *label : {m_intro, m_adminHint, m_userHint, m_consequence})
        label->setWordWrap(true);
    for (QLabel *hint : {m_adminHint, m_userHint}) {
        hint->setContentsMargins(24, 0, 0, 6);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_admin);
    layout->addWidget(m_adminHint);
    layout->addWidget(m_regular);
    layout->addWidget(m_userHint);
    layout->addWidget(m_consequence);
    addFooter(layout, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    connect(m_admin, &QRadioButton::toggled, this, &ChangeRoleDialog::updateButtons);
    retranslateUi();
    updateButtons();
    setMinimumWidth(440);
}

void ChangeRoleDialog::accept()
{
    if (isBusy())
        return;
    const Role role = m_admin->isChecked() ? Role::Admin : Role::User;
    if (role == m_user.role) {
        QDialog::reject();
        return;
    }
    hideGeneralError();
    setBusy(true);
    UserChanges changes;
    changes.role = role;
    m_users.update(Actor::desktopAdministrator(), m_user.publicId, changes)
        .then(this, [this](const Result<User> &changed) {
            setBusy(false);
            if (changed) {
                emit roleChanged(changed.value());
                QDialog::accept();
                return;
            }
            showGeneralError(ErrorMessage::describe(changed.error()));
        });
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change Role of “%1”").arg(m_user.username));
    m_intro->setText(tr("%1 is now: %2.").arg(m_user.username, UserTableModel::roleName(m_user.role)));
    m_admin->setText(UserTableModel::roleName(Role::Admin));
    m_adminHint->setText(tr("Manages every account and every book."));
    m_regular->setText(UserTableModel::roleName(Role::User));
    m_userHint->setText(tr("Manages their own books only."));
    m_consequence->setText(
        tr("A new role takes effect at once: %1 is signed out everywhere and signs in again "
           "to get tokens with the new role.")
            .arg(m_user.username));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Change Role"));
}

QString ChangeRoleDialog::busyText() const
{
    return tr("Changing the role…");
}

void ChangeRoleDialog::setInputsEnabled(bool enabled)
{
    m_admin->setEnabled(enabled);
    m_regular->setEnabled(enabled);
    updateButtons();
}

void ChangeRoleDialog::updateButtons()
{
    const Role chosen = m_admin->isChecked() ? Role::Admin : Role::User;
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(!isBusy() && chosen != m_user.role);
}
