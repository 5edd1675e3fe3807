#pragma once

#include <QDialog>

class DurationEdit;
class InlineFieldErrors;
class Localization;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class Backend;

// Preferences of the desktop application: the language (the system's, or English, German or French,
// applied at once — every window retranslates itself) and how long tokens live: access tokens, refresh
// sessions and the clock leeway, handed to core on OK (its refusals appear under the fields) and remembered
// for the next start. Password hashing and server settings are not preferences of this window: they belong
// to whoever runs Bookwarden, on its command line.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Localization &localization, Backend &backend, QWidget *parent = nullptr);

    QComboBox *languageChooser() const { return m_language; }
    DurationEdit *accessLifetimeEdit() const { return m_accessLifetime; }
    DurationEdit *refreshLifetimeEdit() const { return m_refreshLifetime; }
    QSpinBox *leewayEdit() const { return m_leeway; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Localization &m_localization;
    Backend &m_backend;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QGroupBox *m_tokenGroup;
    QFormLayout *m_tokenForm;
    QLabel *m_accessLabel;
    DurationEdit *m_accessLifetime;
    QLabel *m_refreshLabel;
    DurationEdit *m_refreshLifetime;
    QLabel *m_leewayLabel;
    QSpinBox *m_leeway;
    QLabel *m_tokenHint;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    InlineFieldErrors *m_errors;
};
