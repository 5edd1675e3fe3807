#pragma once

#include "Icons.h"
#include "WindowTab.h"
#include "inspector/InspectionReport.h"

#include <QTimer>

#include <optional>

class AccessTokenVerifier;
class ClaimTableModel;
class DecodedTokenView;
class VerdictBanner;
class QAction;
class QLabel;
class QTableView;
class QTextBrowser;
class QToolButton;
class TokenMinter;
class TokenInput;
class UserService;
class VerificationSourceEdit;

// The Token Inspector: what is inside a JSON Web Token and whether it holds. A token pasted, dropped or
// typed is inspected as it is entered: its three parts in colour, header and payload as highlighted JSON,
// every claim explained with its dates in local time and UTC and a live "expires in…", the verdict at the
// top — checked against the server's keys, or against a secret or key the administrator gives — and
// warnings with plain advice. Test tokens are minted here too, and copied on their own or as a curl command.
// Nothing is trusted and nothing is stored: core's TokenInspector does the reading.
class TokenInspectorTab : public WindowTab
{
    Q_OBJECT

public:
    static constexpr int typingPauseMs = 250;
    static constexpr int countdownMs = 1000;

    TokenInspectorTab(AccessTokenVerifier &verifier, TokenMinter &minter, UserService &users,
                      QWidget *parent = nullptr);

    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    TokenInput *input() const { return m_input; }
    VerificationSourceEdit *verification() const { return m_verification; }
    VerdictBanner *banner() const { return m_banner; }
    ClaimTableModel *claims() const;
    QTableView *claimsView() const;
    const std::optional<InspectionReport> &inspection() const { return m_report; }
    QString partsText() const;
    QString headerText() const;
    QString payloadText() const;
    QString warningsText() const;
    // The "When" of the exp claim ("expires in 14 min"), empty without one.
    QString expiryText() const;
    // The command that calls the API with the inspected token; empty unless a well-formed token is shown.
    QString curlCommand() const;

public slots:
    // Replaces the input with `token` and inspects it at once.
    void inspectToken(const QString &token);
    // Inspects what is in the input now (otherwise that happens a moment after typing stops).
    void inspectNow();
    void inspectLatest();
    void mintToken();
    void copyToken();
    void copyCurlCommand();
    void pasteToken();
    void clear();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildInput();
    void buildWarnings();
    void buildActions();
    void buildLayout();
    void followInputAndTokens();
    void retranslateUi();
    void render();
    void renderVerdict();
    void renderParts();
    void renderWarnings();
    void fitWarnings();
    void updateActions();
    void updateCountdown();

    AccessTokenVerifier &m_verifier;
    TokenMinter &m_minter;
    UserService &m_users;
    std::optional<InspectionReport> m_report;
    QString m_latestUsername;

    VerdictBanner *m_banner;
    QLabel *m_inputLabel;
    TokenInput *m_input;
    QToolButton *m_latestButton;
    QToolButton *m_pasteButton;
    QToolButton *m_clearButton;
    QLabel *m_parts;
    VerificationSourceEdit *m_verification;
    QTextBrowser *m_warnings;
    QString m_warningsHtml;
    DecodedTokenView *m_decoded;
    QAction *const m_inspectLatest
        = createAction(Icons::Glyph::LatestToken, "inspectLatestAction", &TokenInspectorTab::inspectLatest);
    QAction *const m_mint
        = createAction(Icons::Glyph::MintToken, "mintTokenAction", &TokenInspectorTab::mintToken);
    QAction *const m_copyToken
        = createAction(Icons::Glyph::Copy, "copyTokenAction", &TokenInspectorTab::copyToken);
    QAction *const m_copyCurl
        = createAction(Icons::Glyph::Terminal, "copyCurlAction", &TokenInspectorTab::copyCurlCommand);
    QAction *const m_paste = createAction(std::nullopt, "pasteTokenAction", &TokenInspectorTab::pasteToken);
    QAction *const m_clear = createAction(std::nullopt, "clearTokenAction", &TokenInspectorTab::clear);
    QTimer m_typing;
    QTimer m_countdown;
};
