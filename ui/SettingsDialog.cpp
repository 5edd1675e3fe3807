#include "SettingsDialog.h"

#include "Localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(Localization &localization, QWidget *parent)
    : QDialog(parent)
    , m_localization(localization)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslateUi();
    setMinimumWidth(420);
}

void SettingsDialog::accept()
{
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
}
