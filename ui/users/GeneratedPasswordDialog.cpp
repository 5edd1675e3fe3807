#include "GeneratedPasswordDialog.h"

#include "Icons.h"
#include "SecretClipboard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

GeneratedPasswordDialog::GeneratedPasswordDialog(Purpose purpose, const QString &username,
                                                 const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_username(username)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(password, this))
    , m_copy(new QPushButton(Icons::glyph(Icons::Glyph::Copy), QString(), this))
    , m_copied(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("generatedPasswordDialog"));
    setWindowModality(Qt::WindowModal);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_explanation->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setReadOnly(true);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(m_password->font().pointSizeF() * 1.2);
    m_password->setFont(fixed);
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(password) + 24);
    m_passwordLabel->setBuddy(m_password);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, &GeneratedPasswordDialog::copy);

    auto *warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);

    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_copy);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(m_warning, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addLayout(passwordRow);
    layout->addWidget(m_copied);
    layout->addSpacing(6);
    layout->addLayout(warningRow);
    layout->addStretch();
    layout->addWidget(buttons);

    m_copied->hide();
    retranslateUi();
    m_password->setFocus();
    m_password->selectAll();
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

QString GeneratedPasswordDialog::password() const
{
    return m_password->text();
}

void GeneratedPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GeneratedPasswordDialog::done(int result)
{
    m_password->clear();
    QDialog::done(result);
}

void GeneratedPasswordDialog::retranslateUi()
{
    if (m_purpose == Purpose::InitialAdministrator) {
        setWindowTitle(tr("Welcome to Bookwarden"));
        m_heading->setText(tr("Your administrator account is ready"));
        m_explanation->setText(tr("This is the first start, so Bookwarden created the administrator account "
                                  "“%1” with the password "
                                  "below. Use it to sign in to the REST API as an administrator; at this "
                                  "desk you need no password.")
                                   .arg(m_username));
    } else {
        setWindowTitle(tr("New Password"));
        m_heading->setText(tr("New password for “%1”").arg(m_username));
        m_explanation->setText(
            tr("Give this password to %1 over a safe channel. Their previous password no longer "
               "works, and they were signed out everywhere.")
                .arg(m_username));
    }
    m_passwordLabel->setText(tr("&Password:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the password to the clipboard (it is cleared again after %n second(s))",
                          nullptr, SecretClipboard::clearAfterSeconds));
    m_copied->setText(tr("Copied. The clipboard is cleared again in %n second(s).", nullptr,
                         SecretClipboard::clearAfterSeconds));
    m_warning->setText(tr("This password is shown only this once. Store it now, for example in a password "
                          "manager: Bookwarden keeps only a hash of it and cannot show it again."));
    m_done->setText(tr("I Have Stored It"));
}

void GeneratedPasswordDialog::copy()
{
    SecretClipboard::copy(m_password->text());
    m_copied->show();
}
