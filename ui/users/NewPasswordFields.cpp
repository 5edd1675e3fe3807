#include "NewPasswordFields.h"

#include "BuddyLabel.h"
#include "InlineFieldErrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString passwordName = u"password"_s;
const QString repeatName = u"repeat"_s; // the dialog's own: core never sees the second copy
} // namespace

NewPasswordFields::NewPasswordFields(QWidget *dialog, QFormLayout *form, InlineFieldErrors &errors)
    : QObject(dialog)
    , m_errors(errors)
    , m_passwordRow(new QHBoxLayout)
    , m_password(new QLineEdit(dialog))
    , m_repeat(new QLineEdit(dialog))
    , m_passwordLabel(new BuddyLabel(m_password, dialog))
    , m_repeatLabel(new BuddyLabel(m_repeat, dialog))
{
    m_password->setObjectName(passwordName);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(repeatName);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passwordRow->addWidget(m_password, 1);
    form->addRow(m_passwordLabel, m_passwordRow);
    form->addRow(m_repeatLabel, m_repeat);
    m_errors.addField(passwordName, m_password);
    m_errors.addField(repeatName, m_repeat);
}

void NewPasswordFields::addBesidePassword(QWidget *widget)
{
    m_passwordRow->addWidget(widget);
    QWidget::setTabOrder(m_password, widget);
    QWidget::setTabOrder(widget, m_repeat);
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

bool NewPasswordFields::checkRepeated()
{
    if (m_password->text() == m_repeat->text())
        return true;
    m_errors.showMessage(repeatName, tr("The two passwords are different."));
    m_repeat->setFocus();
    m_repeat->selectAll();
    return false;
}

void NewPasswordFields::fill(const QString &password)
{
    m_password->setText(password);
    m_repeat->setText(password);
    m_errors.showMessage(passwordName, QString());
    m_errors.showMessage(repeatName, QString());
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::setPasswordsShown(bool shown)
{
    const QLineEdit::EchoMode mode = shown ? QLineEdit::Normal : QLineEdit::Password;
    m_password->setEchoMode(mode);
    m_repeat->setEchoMode(mode);
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

void NewPasswordFields::retranslate(const QString &passwordLabel)
{
    m_passwordLabel->setText(passwordLabel);
    m_repeatLabel->setText(tr("&Repeat password:"));
}
