#include "SettingsDialog.h"

#include "Backend.h"
#include "DurationEdit.h"
#include "ErrorMessage.h"
#include "InlineFieldErrors.h"
#include "Localization.h"
#include "StoredTokenSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(Localization &localization, Backend &backend, QWidget *parent)
    : QDialog(parent)
    , m_localization(localization)
    , m_backend(backend)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_tokenGroup(new QGroupBox(this))
    , m_tokenForm(new QFormLayout)
    , m_accessLabel(new QLabel(m_tokenGroup))
    , m_accessLifetime(
          new DurationEdit({DurationEdit::Unit::Minutes, DurationEdit::Unit::Hours}, m_tokenGroup))
    , m_refreshLabel(new QLabel(m_tokenGroup))
    , m_refreshLifetime(new DurationEdit({DurationEdit::Unit::Hours, DurationEdit::Unit::Days}, m_tokenGroup))
    , m_leewayLabel(new QLabel(m_tokenGroup))
    , m_leeway(new QSpinBox(m_tokenGroup))
    , m_tokenHint(new QLabel(m_tokenGroup))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"language"_s);
    for (const QString &code : Localization::languages())
        m_language->addItem(Localization::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(localization.language())));
    m_languageLabel->setBuddy(m_language);
    m_languageHint->setWordWrap(true);
    m_languageHint->setForegroundRole(QPalette::PlaceholderText);

    const TokenSettings current = backend.tokenSettings();
    m_accessLifetime->setObjectName(u"accessLifetime"_s);
    m_accessLifetime->setMaximumSeconds(TokenSettings::maximumAccessLifetimeSeconds);
    m_accessLifetime->setSeconds(current.accessLifetimeSeconds);
    m_accessLabel->setBuddy(m_accessLifetime);
    m_refreshLifetime->setObjectName(u"refreshLifetime"_s);
    m_refreshLifetime->setSeconds(current.refreshLifetimeSeconds);
    m_refreshLabel->setBuddy(m_refreshLifetime);
    m_leeway->setObjectName(u"leeway"_s);
    m_leeway->setRange(0, 3600);
    m_leeway->setValue(int(current.leewaySeconds));
    m_leewayLabel->setBuddy(m_leeway);
    m_tokenHint->setWordWrap(true);
    m_tokenHint->setForegroundRole(QPalette::PlaceholderText);
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_generalError);
    m_generalError->hide();

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageHint);

    m_tokenGroup->setObjectName(u"tokenSettings"_s);
    m_tokenForm->addRow(m_accessLabel, m_accessLifetime);
    m_tokenForm->addRow(m_refreshLabel, m_refreshLifetime);
    m_tokenForm->addRow(m_leewayLabel, m_leeway);
    m_tokenForm->addRow(QString(), m_tokenHint);
    m_tokenGroup->setLayout(m_tokenForm);
    m_errors = new InlineFieldErrors(m_tokenForm, this);
    m_errors->addField(u"access_lifetime"_s, m_accessLifetime);
    m_errors->addField(u"refresh_lifetime"_s, m_refreshLifetime);
    m_errors->addField(u"leeway"_s, m_leeway);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_tokenGroup);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslateUi();
    setMinimumWidth(500);
}

void SettingsDialog::accept()
{
    m_errors->clear();
    m_generalError->hide();
    TokenSettings tokens = m_backend.tokenSettings();
    tokens.accessLifetimeSeconds = m_accessLifetime->seconds();
    tokens.refreshLifetimeSeconds = m_refreshLifetime->seconds();
    tokens.leewaySeconds = m_leeway->value();
    if (Status applied = m_backend.setTokenSettings(tokens); !applied) {
        if (m_errors->show(applied.error()) == 0) {
            m_generalError->setText(ErrorMessage::describe(applied.error()));
            m_generalError->show();
        }
        return;
    }
    StoredTokenSettings::write(tokens);

    const QString code = m_language->currentData().toString();
    Localization::storeLanguage(code);
    if (code != m_localization.language())
        m_localization.apply(code);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->setItemText(
        0, systemLanguage.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemLanguage));
    m_languageHint->setText(tr("Also sets how dates and prices are written. Takes effect at once."));
    m_tokenGroup->setTitle(tr("Tokens"));
    m_accessLabel->setText(tr("&Access tokens valid for:"));
    m_accessLifetime->setToolTip(tr("From 1 minute to 24 hours. Short is safer: a stolen access token works "
                                    "until it expires."));
    m_refreshLabel->setText(tr("&Refresh sessions last:"));
    m_refreshLifetime->setToolTip(tr("How long a signed-in client that stops using its session stays signed "
                                     "in; every refresh starts this time again."));
    m_leewayLabel->setText(tr("Clock l&eeway:"));
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setToolTip(tr("How far the clocks of clients and this computer may differ when expiry times "
                            "are checked"));
    m_tokenHint->setText(
        tr("Applies to tokens issued from now on; tokens already issued keep their lifetime."));
}
