#pragma once

#include "tokens/StoredSigningKey.h"

#include <QDialog>

#include <optional>

class BusyIndicator;
class InlineFieldErrors;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class SigningKeyService;

// Imports a private key from a PEM file (an RSA, EC or Ed25519 key made elsewhere, for example by a key
// ceremony) for the algorithm it is meant for. Core reads and checks the key; what it refuses is explained
// under the file. The file's bytes are wiped from memory once core has them.
class ImportKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportKeyDialog(SigningKeyService &keys, QWidget *parent = nullptr);

    bool isBusy() const;
    QLineEdit *fileField() const { return m_file; }
    QComboBox *algorithmChooser() const { return m_algorithm; }
    QCheckBox *makeActiveBox() const { return m_makeActive; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

    void selectAlgorithm(JwsAlgorithm algorithm);

public slots:
    void accept() override;
    void reject() override;
    void browse();

signals:
    void keyImported(const StoredSigningKey &key);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    SigningKeyService &m_keys;

    QFormLayout *m_form;
    QLabel *m_intro;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QHBoxLayout *m_fileRow;
    QComboBox *m_algorithm;
    QCheckBox *m_makeActive;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    InlineFieldErrors *m_errors;
};
