#pragma once

#include "BusyDialog.h"
#include "tokens/StoredSigningKey.h"

#include <optional>

class InlineFieldErrors;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class SigningKeyService;

// Imports a private key from a PEM file (an RSA, EC or Ed25519 key made elsewhere, for example by a key
// ceremony) for the algorithm it is meant for. Core reads and checks the key; what it refuses is explained
// under the file. The file's bytes are wiped from memory once core has them.
class ImportKeyDialog : public BusyDialog
{
    Q_OBJECT

public:
    explicit ImportKeyDialog(SigningKeyService &keys, QWidget *parent = nullptr);

    QLineEdit *fileField() const { return m_file; }
    QComboBox *algorithmChooser() const { return m_algorithm; }
    QCheckBox *makeActiveBox() const { return m_makeActive; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }

    void selectAlgorithm(JwsAlgorithm algorithm);

public slots:
    void accept() override;
    void browse();

signals:
    void keyImported(const StoredSigningKey &key);

protected:
    void retranslateUi() override;

private:
    SigningKeyService &m_keys;

    QFormLayout *m_form;
    QLabel *m_intro;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QHBoxLayout *m_fileRow;
    QComboBox *m_algorithm;
    QCheckBox *m_makeActive;
    InlineFieldErrors *m_errors;
};
