#pragma once

#include "inspector/VerificationSource.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// What the Token Inspector checks a token against: the server's own keys and rules (the default), or a key
// the administrator supplies for another service's token — an HMAC secret typed as text or in base64url, a
// PEM public key or certificate, or a JWK or JWK Set, typed, pasted or read from a file. A secret is
// masked unless shown on purpose; none of it is ever stored.
class VerificationSourceEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { ServerKeys, SecretText, SecretBase64Url, PublicPem, Jwk };

    explicit VerificationSourceEdit(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    // The source for anything but the server's keys; Kind::None while nothing has been entered.
    VerificationSource source() const;

    QComboBox *modeChooser() const { return m_mode; }
    QLineEdit *secretField() const { return m_secret; }
    QPlainTextEdit *keyField() const { return m_key; }

public slots:
    void openKeyFile();
    void loadKeyFile(const QString &path);

signals:
    // The mode or what was entered changed: inspect again.
    void changed();
    void fileProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPage();

    QLabel *m_label;
    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QLabel *m_serverNote;
    QLineEdit *m_secret;
    QCheckBox *m_showSecret;
    QPlainTextEdit *m_key;
    QPushButton *m_openFile;
};
