#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <optional>

class AccountChooser;
class DurationEdit;
class InlineFieldErrors;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class TokenMinter;
class UserService;

// Mints an access token for testing a client: for which account (an enabled one, searched as its name is
// typed), for how long (up to 24 hours) and with
// which extra claims (a JSON object, checked as it is typed). Core signs it with the active key and
// refuses claims it sets itself; its messages appear under the fields. The token goes to the Token
// Inspector, where it can be copied on its own or as a ready curl command.
class MintTokenDialog : public QDialog
{
    Q_OBJECT

public:
    MintTokenDialog(TokenMinter &tokens, UserService &users, QWidget *parent = nullptr);

    AccountChooser *userChooser() const { return m_user; }
    DurationEdit *lifetimeEdit() const { return m_lifetime; }
    QPlainTextEdit *claimsEdit() const { return m_claims; }
    InlineFieldErrors &fieldErrors() { return *m_errors; }
    bool selectUser(const QString &username);

public slots:
    void accept() override;

signals:
    void tokenMinted(const QString &token, const QString &username, qint64 lifetimeSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkClaims();
    std::optional<QJsonObject> parsedClaims(QString *problem) const;

    TokenMinter &m_tokens;

    QFormLayout *m_form;
    QLabel *m_intro;
    AccountChooser *m_user;
    DurationEdit *m_lifetime;
    QPlainTextEdit *m_claims;
    QLabel *m_claimsHint;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    InlineFieldErrors *m_errors;
    QTimer m_typing;
};
