#include "TokenInspectorTab.h"

#include "ClaimTableModel.h"
#include "DecodedTokenView.h"
#include "MintTokenDialog.h"
#include "ReportWording.h"
#include "SecretClipboard.h"
#include "ServerEndpoint.h"
#include "TokenHighlighter.h"
#include "TokenInput.h"
#include "VerdictBanner.h"
#include "VerificationSourceEdit.h"
#include "inspector/TokenInspector.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/TokenMinter.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TokenInspectorTab::TokenInspectorTab(AccessTokenVerifier &verifier, TokenMinter &minter, UserService &users,
                                     QWidget *parent)
    : WindowTab(u"inspector"_s, Icons::Glyph::TokenInspector, QT_TR_NOOP("Token Inspector"),
                QT_TR_NOOP("&Tokens"), parent)
    , m_verifier(verifier)
    , m_minter(minter)
    , m_users(users)
    , m_banner(new VerdictBanner(this))
    , m_inputLabel(new QLabel(this))
    , m_input(new TokenInput(this))
    , m_latestButton(new QToolButton(this))
    , m_pasteButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_parts(new QLabel(this))
    , m_verification(new VerificationSourceEdit(this))
    , m_warnings(new QTextBrowser(this))
    , m_decoded(new DecodedTokenView(this))
{
    setObjectName(u"tokenInspectorTab"_s);
    buildInput();
    buildWarnings();
    buildActions();
    buildLayout();
    followInputAndTokens();
    retranslateUi();
}

void TokenInspectorTab::buildInput()
{
    m_inputLabel->setBuddy(m_input);
    const int lineHeight = m_input->fontMetrics().lineSpacing();
    m_input->setFixedHeight(lineHeight * 5 + 2 * m_input->frameWidth() + 8);
    m_parts->setObjectName(u"parts"_s);
    m_parts->setWordWrap(true);
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void TokenInspectorTab::buildWarnings()
{
    m_warnings->setObjectName(u"warnings"_s);
    m_warnings->setOpenLinks(false);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    QPalette palette = m_warnings->palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    palette.setColor(QPalette::Base, dark ? QColor(0x3d, 0x31, 0x14) : QColor(0xff, 0xf6, 0xdc));
    palette.setColor(QPalette::Text, dark ? QColor(0xff, 0xe6, 0xb0) : QColor(0x4d, 0x35, 0x00));
    m_warnings->setPalette(palette);
    m_warnings->hide();
}

void TokenInspectorTab::buildActions()
{
    m_inspectLatest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_mint->setShortcut(QKeySequence::New);
    m_copyToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_latestButton->setDefaultAction(m_inspectLatest);
    m_latestButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pasteButton->setDefaultAction(m_paste);
    m_pasteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearButton->setDefaultAction(m_clear);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QToolButton *button : {m_latestButton, m_pasteButton, m_clearButton})
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    createMenu("tokensMenu",
               {m_inspectLatest, m_paste, m_clear, nullptr, m_mint, nullptr, m_copyToken, m_copyCurl});
    setToolBarActions({m_inspectLatest, m_mint, m_copyToken, m_copyCurl});
}

void TokenInspectorTab::buildLayout()
{
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_latestButton);
    buttons->addWidget(m_pasteButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addSpacing(2);
    layout->addWidget(m_inputLabel);
    layout->addLayout(inputRow);
    layout->addWidget(m_parts);
    layout->addSpacing(2);
    layout->addWidget(m_verification);
    layout->addWidget(m_warnings);
    layout->addWidget(m_decoded, 1);
}

void TokenInspectorTab::followInputAndTokens()
{
    // Inspects after a pause in typing, and again while a countdown runs.
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &TokenInspectorTab::inspectNow);
    m_countdown.setInterval(countdownMs);
    connect(&m_countdown, &QTimer::timeout, this, &TokenInspectorTab::inspectNow);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_input, &TokenInput::fileLoaded, this, [this](const QString &path) {
        inspectNow();
        emit statusMessage(tr("Read the token from “%1”.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_input, &TokenInput::fileRefused, this, &WindowTab::statusMessage);
    connect(m_verification, &VerificationSourceEdit::changed, this, [this] { m_typing.start(); });
    connect(m_verification, &VerificationSourceEdit::fileProblem, this, &WindowTab::statusMessage);
    // Emitted on whichever thread signed the token: queued here.
    connect(
        &m_minter, &TokenMinter::accessTokenIssued, this,
        [this](const QString &, const QString &username) {
            m_latestUsername = username;
            updateActions();
            if (!m_report)
                renderVerdict(); // the empty state mentions the latest token
        },
        Qt::QueuedConnection);
}

void TokenInspectorTab::reload()
{
    inspectNow();
    emit statusMessage(m_report ? tr("Inspected the token again.") : QString());
}

void TokenInspectorTab::focusSearch()
{
    focusContent();
}

void TokenInspectorTab::focusContent()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

void TokenInspectorTab::saveState(QSettings &settings) const
{
    m_decoded->saveLayout(settings);
    // Only the kind of check; a secret or key typed in is never written anywhere.
    settings.setValue(u"inspector/verifyWith"_s, int(m_verification->mode()));
}

void TokenInspectorTab::restoreState(QSettings &settings)
{
    m_verification->setMode(VerificationSourceEdit::Mode(
        settings.value(u"inspector/verifyWith"_s, int(VerificationSourceEdit::Mode::ServerKeys)).toInt()));
    m_decoded->restoreLayout(settings);
}

QString TokenInspectorTab::partsText() const
{
    return QTextDocumentFragment::fromHtml(m_parts->text()).toPlainText();
}

QString TokenInspectorTab::headerText() const
{
    return m_decoded->headerText();
}

QString TokenInspectorTab::payloadText() const
{
    return m_decoded->payloadText();
}

ClaimTableModel *TokenInspectorTab::claims() const
{
    return m_decoded->claims();
}

QTableView *TokenInspectorTab::claimsView() const
{
    return m_decoded->claimsView();
}

QString TokenInspectorTab::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->toPlainText();
}

QString TokenInspectorTab::expiryText() const
{
    const int row = claims()->rowOfClaim(u"exp"_s);
    if (row < 0)
        return {};
    return claims()->index(row, ClaimTableModel::RelativeColumn).data().toString();
}

QString TokenInspectorTab::curlCommand() const
{
    if (!m_report || !m_report->wellFormed)
        return {};
    return ServerEndpoint::curlCommand(QString::fromLatin1(m_report->token));
}

void TokenInspectorTab::inspectToken(const QString &token)
{
    {
        const QSignalBlocker blocker(m_input); // no second inspection a moment later
        m_input->replaceText(token);
    }
    inspectNow();
}

void TokenInspectorTab::inspectNow()
{
    m_typing.stop();
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_report.reset();
    } else {
        const QByteArray token = text.toUtf8();
        m_report = m_verification->mode() == VerificationSourceEdit::Mode::ServerKeys
            ? m_verifier.inspectWithServerKeys(token)
            : m_verifier.inspect(token, m_verification->source());
    }
    render();
}

void TokenInspectorTab::inspectLatest()
{
    const QString token = m_minter.lastIssuedToken();
    if (token.isEmpty())
        return;
    m_verification->setMode(VerificationSourceEdit::Mode::ServerKeys);
    inspectToken(token);
    emit statusMessage(
        m_latestUsername.isEmpty()
            ? tr("Inspecting the latest token Bookwarden issued.")
            : tr("Inspecting the latest token Bookwarden issued, to %1.").arg(m_latestUsername));
}

void TokenInspectorTab::mintToken()
{
    auto *dialog = new MintTokenDialog(m_minter, m_users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MintTokenDialog::tokenMinted, this,
            [this](const QString &token, const QString &username, qint64 lifetimeSeconds) {
                m_latestUsername = username;
                m_verification->setMode(VerificationSourceEdit::Mode::ServerKeys);
                inspectToken(token);
                emit statusMessage(tr("Minted a token for %1, valid for %2. Copy it, or copy a curl command "
                                      "that uses it.")
                                       .arg(username, TokenInspector::duration(lifetimeSeconds).localized()));
            });
    dialog->open();
}

void TokenInspectorTab::copyToken()
{
    if (!m_report || !m_report->wellFormed)
        return;
    // A bearer token is a credential: off the clipboard again after a while.
    SecretClipboard::copy(QString::fromLatin1(m_report->token));
    emit statusMessage(tr("Copied the token. The clipboard is cleared in %n second(s).", nullptr,
                          SecretClipboard::clearAfterSeconds));
}

void TokenInspectorTab::copyCurlCommand()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    SecretClipboard::copy(command);
    emit statusMessage(tr("Copied a curl command for %1. The clipboard is cleared in %n second(s).", nullptr,
                          SecretClipboard::clearAfterSeconds)
                           .arg(ServerEndpoint::localBaseUrl().toString()));
}

void TokenInspectorTab::pasteToken()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text."));
        return;
    }
    inspectToken(text);
}

void TokenInspectorTab::clear()
{
    inspectToken(QString());
    m_input->setFocus(Qt::OtherFocusReason);
}

void TokenInspectorTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WindowTab::changeEvent(event);
}

void TokenInspectorTab::showEvent(QShowEvent *event)
{
    WindowTab::showEvent(event);
    updateActions();
    // Times have moved on while the tab was hidden.
    if (m_report)
        inspectNow();
    updateCountdown();
}

void TokenInspectorTab::hideEvent(QHideEvent *event)
{
    WindowTab::hideEvent(event);
    updateCountdown();
}

void TokenInspectorTab::resizeEvent(QResizeEvent *event)
{
    WindowTab::resizeEvent(event);
    fitWarnings();
}

void TokenInspectorTab::retranslateUi()
{
    m_inputLabel->setText(tr("&Token (paste, drop a file, or type):"));
    m_input->setPlaceholderText(tr("eyJhbGciOi… — an access token, with or without “Bearer ”"));
    m_input->setAccessibleName(tr("Token"));
    m_warnings->setAccessibleName(tr("Warnings"));
    setTexts(m_inspectLatest, tr("Inspect &Latest Token"), tr("Inspect Latest"));
    setTexts(m_mint, tr("&Mint Test Token..."), tr("Mint Token"),
             tr("Make an access token for testing a client (Ctrl+N)"));
    setTexts(m_copyToken, tr("&Copy Token"), tr("Copy Token"));
    setTexts(m_copyCurl, tr("Copy as c&url Command"), tr("Copy curl"));
    setTexts(m_paste, tr("&Paste"), {}, tr("Inspect the token on the clipboard"));
    setTexts(m_clear, tr("Cl&ear"), {}, tr("Empty the token field"));
    updateActions();
    render();
    emit titleChanged();
}

void TokenInspectorTab::render()
{
    const QList<int> problems = [this] {
        QList<int> parts;
        if (m_report) {
            for (int i = 0; i < m_report->segments.size(); ++i) {
                if (m_report->segments.at(i).problem)
                    parts.append(i);
            }
        }
        return parts;
    }();
    m_input->highlighter()->setProblemParts(problems);
    renderVerdict();
    renderParts();
    m_decoded->showInspection(m_report ? &*m_report : nullptr);
    renderWarnings();
    updateActions();
    updateCountdown();
}

void TokenInspectorTab::renderVerdict()
{
    const ReportWording::Verdict verdict = m_report
        ? ReportWording::verdict(*m_report)
        : ReportWording::nothingToInspect(!m_minter.lastIssuedToken().isEmpty());
    m_banner->setVerdict(verdict.verdict, verdict.title, verdict.details);
}

void TokenInspectorTab::renderParts()
{
    if (!m_report) {
        m_parts->clear();
        m_parts->hide();
        return;
    }
    const QString html = ReportWording::partsHtml(*m_report, palette());
    if (m_parts->text() != html)
        m_parts->setText(html);
    m_parts->show();
}

void TokenInspectorTab::renderWarnings()
{
    const QString html = m_report ? ReportWording::warningsHtml(*m_report) : QString();
    if (html.isEmpty()) {
        m_warnings->hide();
        m_warningsHtml.clear();
        return;
    }
    if (html != m_warningsHtml) {
        m_warningsHtml = html;
        m_warnings->setHtml(html);
    }
    m_warnings->show();
    fitWarnings();
}

void TokenInspectorTab::fitWarnings()
{
    if (m_warnings->isHidden())
        return;
    // As tall as its text, up to a few warnings; more scroll.
    QTextDocument *document = m_warnings->document();
    document->setTextWidth(m_warnings->viewport()->width());
    const int height = int(document->size().height()) + 2 * m_warnings->frameWidth() + 2;
    const int maximum = m_warnings->fontMetrics().lineSpacing() * 11;
    m_warnings->setFixedHeight(qMin(height, maximum));
}

void TokenInspectorTab::updateActions()
{
    const bool latest = !m_minter.lastIssuedToken().isEmpty();
    m_inspectLatest->setEnabled(latest);
    m_inspectLatest->setToolTip(
        !latest
            ? tr("No access token has been issued since Bookwarden started: sign in through the REST API, "
                 "or mint a test token.")
            : m_latestUsername.isEmpty()
            ? tr("Inspect the access token Bookwarden issued most recently (Ctrl+L)")
            : tr("Inspect the access token Bookwarden issued most recently, to %1 "
                 "(Ctrl+L)")
                  .arg(m_latestUsername));
    const bool token = m_report && m_report->wellFormed;
    m_copyToken->setEnabled(token);
    m_copyCurl->setEnabled(token);
    const QString reason = tr("Inspect a well-formed token first.");
    m_copyToken->setToolTip(
        token ? tr("Copy the token; the clipboard is cleared after a minute (Ctrl+Shift+C)") : reason);
    m_copyCurl->setToolTip(token ? tr("Copy a curl command that calls %1 with this token (Ctrl+Shift+U)")
                                       .arg(ServerEndpoint::localBaseUrl().toString() + u"/api/v1/books"_s)
                                 : reason);
    m_clear->setEnabled(!m_input->document()->isEmpty());
}

void TokenInspectorTab::updateCountdown()
{
    bool timed = false;
    if (m_report) {
        for (const ClaimExplanation &claim : m_report->claims)
            timed = timed || claim.isTime;
    }
    if (timed && isVisible()) {
        if (!m_countdown.isActive())
            m_countdown.start();
    } else {
        m_countdown.stop();
    }
}
