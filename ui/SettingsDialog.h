#pragma once

#include <QDialog>

class Localization;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Preferences of the desktop application. For now the language: the system's, or English, German or
// French, applied at once (every window retranslates itself) and remembered. Password hashing and server
// settings are not preferences of this window: they belong to whoever runs Bookwarden, on its command line.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Localization &localization, QWidget *parent = nullptr);

    QComboBox *languageChooser() const { return m_language; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Localization &m_localization;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QDialogButtonBox *m_buttons;
};
