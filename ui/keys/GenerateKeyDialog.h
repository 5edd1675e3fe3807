#pragma once

#include "BusyDialog.h"
#include "tokens/StoredSigningKey.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class SigningKeyService;

// Generates a signing key: the algorithm (HMAC, RSA with 2048 or 3072 bits, RSA-PSS, ECDSA, Ed25519) and
// whether it signs from now on. Generation runs off the GUI thread (an RSA key takes a while), shown by a
// busy indicator; the dialog closes once core has stored the key.
class GenerateKeyDialog : public BusyDialog
{
    Q_OBJECT

public:
    explicit GenerateKeyDialog(SigningKeyService &keys, QWidget *parent = nullptr);

    QComboBox *algorithmChooser() const { return m_algorithm; }
    QComboBox *rsaBitsChooser() const { return m_rsaBits; }
    QCheckBox *makeActiveBox() const { return m_makeActive; }
    std::optional<StoredSigningKey> generatedKey() const { return m_generated; }

    void selectAlgorithm(JwsAlgorithm algorithm);

public slots:
    void accept() override;

signals:
    void keyGenerated(const StoredSigningKey &key);

protected:
    void busyChanged() override { updateHints(); }
    void retranslateUi() override;

private:
    void updateHints();
    JwsAlgorithm currentAlgorithm() const;

    SigningKeyService &m_keys;
    std::optional<StoredSigningKey> m_generated;

    QFormLayout *m_form;
    QLabel *m_intro;
    QComboBox *m_algorithm;
    QLabel *m_algorithmHint;
    QComboBox *m_rsaBits;
    QCheckBox *m_makeActive;
    QLabel *m_makeActiveHint;
};
