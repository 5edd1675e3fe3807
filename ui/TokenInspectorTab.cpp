#include "TokenInspectorTab.h"

#include "ClaimTableModel.h"
#include "InspectionBanner.h"
#include "JsonHighlighter.h"
#include "MintTokenDialog.h"
#include "SecretClipboard.h"
#include "SecurityEventModel.h"
#include "ServerEndpoint.h"
#include "TokenHighlighter.h"
#include "TokenInput.h"
#include "UserTableModel.h"
#include "VerificationSourceEdit.h"
#include "jose/TokenInspector.h"
#include "tokens/TokenService.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QPlainTextEdit *jsonView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    new JsonHighlighter(view->document());
    return view;
}

QLabel *partTitle(int part, const QString &objectName, QWidget *parent)
{
    auto *title = new QLabel(parent);
    title->setObjectName(objectName);
    QPalette palette = title->palette();
    palette.setColor(QPalette::WindowText, TokenHighlighter::partColor(part, palette));
    title->setPalette(palette);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    return title;
}

QString colored(const QString &text, int part)
{
    return u"<span style=\"color:%1\"><b>%2</b></span>"_s.arg(
        TokenHighlighter::partColor(part, QGuiApplication::palette()).name(), text.toHtmlEscaped());
}

// A line of the report that says the same as the one before it adds nothing.
void appendDistinct(QStringList &lines, const QString &line)
{
    if (!line.isEmpty() && !lines.contains(line))
        lines.append(line);
}
} // namespace

TokenInspectorTab::TokenInspectorTab(TokenService &tokens, UserTableModel &users, QWidget *parent)
    : WindowTab(parent)
    , m_tokens(tokens)
    , m_users(users)
    , m_banner(new InspectionBanner(this))
    , m_inputLabel(new QLabel(this))
    , m_input(new TokenInput(this))
    , m_latestButton(new QToolButton(this))
    , m_pasteButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_parts(new QLabel(this))
    , m_verification(new VerificationSourceEdit(this))
    , m_warnings(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_jsonSplitter(new QSplitter(Qt::Vertical, m_splitter))
    , m_claims(new ClaimTableModel(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"tokenInspectorTab"_s);

    m_inputLabel->setBuddy(m_input);
    const int lineHeight = m_input->fontMetrics().lineSpacing();
    m_input->setFixedHeight(lineHeight * 5 + 2 * m_input->frameWidth() + 8);
    m_parts->setObjectName(u"parts"_s);
    m_parts->setWordWrap(true);
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_warnings->setObjectName(u"warnings"_s);
    m_warnings->setOpenLinks(false);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    {
        QPalette palette = m_warnings->palette();
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base, dark ? QColor(0x3d, 0x31, 0x14) : QColor(0xff, 0xf6, 0xdc));
        palette.setColor(QPalette::Text, dark ? QColor(0xff, 0xe6, 0xb0) : QColor(0x4d, 0x35, 0x00));
        m_warnings->setPalette(palette);
    }
    m_warnings->hide();

    // Left: header and payload as JSON, titled in the colours of their parts of the token.
    auto *headerPane = new QWidget(m_jsonSplitter);
    m_headerTitle = partTitle(TokenHighlighter::Header, u"headerTitle"_s, headerPane);
    m_headerView = jsonView(u"headerJson"_s, headerPane);
    auto *headerLayout = new QVBoxLayout(headerPane);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_headerTitle);
    headerLayout->addWidget(m_headerView, 1);
    auto *payloadPane = new QWidget(m_jsonSplitter);
    m_payloadTitle = partTitle(TokenHighlighter::Payload, u"payloadTitle"_s, payloadPane);
    m_payloadView = jsonView(u"payloadJson"_s, payloadPane);
    auto *payloadLayout = new QVBoxLayout(payloadPane);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addWidget(m_payloadTitle);
    payloadLayout->addWidget(m_payloadView, 1);
    m_jsonSplitter->addWidget(headerPane);
    m_jsonSplitter->addWidget(payloadPane);
    m_jsonSplitter->setStretchFactor(0, 1);
    m_jsonSplitter->setStretchFactor(1, 3);
    m_jsonSplitter->setChildrenCollapsible(false);

    // Right: every member explained, with the selected one in full below.
    auto *claimsPane = new QWidget(m_splitter);
    m_claimsTitle = new QLabel(claimsPane);
    m_claimsTitle->setObjectName(u"claimsTitle"_s);
    QFont bold = m_claimsTitle->font();
    bold.setBold(true);
    m_claimsTitle->setFont(bold);
    m_claimsView = new QTableView(claimsPane);
    m_claimsView->setObjectName(u"claimsView"_s);
    m_claimsView->setModel(m_claims);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setWordWrap(false);
    m_claimsView->setTextElideMode(Qt::ElideRight);
    m_claimsView->verticalHeader()->hide();
    m_claimsView->verticalHeader()->setDefaultSectionSize(m_claimsView->fontMetrics().height() + 10);
    m_claimsView->horizontalHeader()->setHighlightSections(false);
    m_claimsView->horizontalHeader()->setStretchLastSection(true);
    m_claimDetails = new QLabel(claimsPane);
    m_claimDetails->setObjectName(u"claimDetails"_s);
    m_claimDetails->setWordWrap(true);
    m_claimDetails->setTextFormat(Qt::RichText);
    m_claimDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claimDetails->setMinimumHeight(m_claimDetails->fontMetrics().lineSpacing() * 2);
    m_claimDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *claimsLayout = new QVBoxLayout(claimsPane);
    claimsLayout->setContentsMargins(0, 0, 0, 0);
    claimsLayout->addWidget(m_claimsTitle);
    claimsLayout->addWidget(m_claimsView, 1);
    claimsLayout->addWidget(m_claimDetails);

    m_splitter->addWidget(m_jsonSplitter);
    m_splitter->addWidget(claimsPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_inspectLatest = createAction(Icons::Glyph::LatestToken, "inspectLatestAction");
    m_inspectLatest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_mint = createAction(Icons::Glyph::MintToken, "mintTokenAction");
    m_mint->setShortcut(QKeySequence::New);
    m_copyToken = createAction(Icons::Glyph::Copy, "copyTokenAction");
    m_copyToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl = createAction(Icons::Glyph::Terminal, "copyCurlAction");
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_paste = createAction(std::nullopt, "pasteTokenAction");
    m_clear = createAction(std::nullopt, "clearTokenAction");
    connect(m_inspectLatest, &QAction::triggered, this, &TokenInspectorTab::inspectLatest);
    connect(m_mint, &QAction::triggered, this, &TokenInspectorTab::mintToken);
    connect(m_copyToken, &QAction::triggered, this, &TokenInspectorTab::copyToken);
    connect(m_copyCurl, &QAction::triggered, this, &TokenInspectorTab::copyCurlCommand);
    connect(m_paste, &QAction::triggered, this, &TokenInspectorTab::pasteToken);
    connect(m_clear, &QAction::triggered, this, &TokenInspectorTab::clear);
    m_latestButton->setDefaultAction(m_inspectLatest);
    m_latestButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pasteButton->setDefaultAction(m_paste);
    m_pasteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearButton->setDefaultAction(m_clear);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QToolButton *button : {m_latestButton, m_pasteButton, m_clearButton})
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_menu->setObjectName(u"tokensMenu"_s);
    m_menu->addAction(m_inspectLatest);
    m_menu->addAction(m_paste);
    m_menu->addAction(m_clear);
    m_menu->addSeparator();
    m_menu->addAction(m_mint);
    m_menu->addSeparator();
    m_menu->addAction(m_copyToken);
    m_menu->addAction(m_copyCurl);
    connect(m_menu, &QMenu::triggered, this, &WindowTab::showRequested);

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
    layout->addWidget(m_splitter, 1);

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
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokenInspectorTab::showClaimDetails);
    connect(m_claims, &QAbstractItemModel::modelReset, this, &TokenInspectorTab::showClaimDetails);
    // Emitted on whichever thread signed the token: queued here.
    connect(
        &tokens, &TokenService::accessTokenIssued, this,
        [this](const QString &, const QString &username) {
            m_latestUsername = username;
            updateActions();
            if (!m_report)
                renderVerdict(); // the empty state mentions the latest token
        },
        Qt::QueuedConnection);

    retranslateUi();
}

QString TokenInspectorTab::title() const
{
    return tr("Token Inspector");
}

QString TokenInspectorTab::menuTitle() const
{
    return tr("&Tokens");
}

QIcon TokenInspectorTab::icon() const
{
    return Icons::glyph(Icons::Glyph::TokenInspector);
}

QString TokenInspectorTab::settingsKey() const
{
    return u"inspector"_s;
}

QList<QAction *> TokenInspectorTab::toolBarActions() const
{
    return {m_inspectLatest, m_mint, m_copyToken, m_copyCurl};
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
    settings.setValue(u"inspector/splitter"_s, m_splitter->saveState());
    settings.setValue(u"inspector/jsonSplitter"_s, m_jsonSplitter->saveState());
    settings.setValue(u"inspector/claimsHeader"_s, m_claimsView->horizontalHeader()->saveState());
    // Only the kind of check; a secret or key typed in is never written anywhere.
    settings.setValue(u"inspector/verifyWith"_s, int(m_verification->mode()));
}

void TokenInspectorTab::restoreState(QSettings &settings)
{
    m_verification->setMode(VerificationSourceEdit::Mode(
        settings.value(u"inspector/verifyWith"_s, int(VerificationSourceEdit::Mode::ServerKeys)).toInt()));
    const QByteArray splitter = settings.value(u"inspector/splitter"_s).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({360, 900});
    const QByteArray jsonSplitter = settings.value(u"inspector/jsonSplitter"_s).toByteArray();
    if (jsonSplitter.isEmpty() || !m_jsonSplitter->restoreState(jsonSplitter))
        m_jsonSplitter->setSizes({110, 260});
    QHeaderView *header = m_claimsView->horizontalHeader();
    const QByteArray saved = settings.value(u"inspector/claimsHeader"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    const QFontMetrics metrics = m_claimsView->fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int em = metrics.horizontalAdvance(u"M"_s);
    const QString sampleTime = SecurityEventModel::formatTime(
        QDateTime(QDate(2026, 12, 30), QTime(22, 59, 59)).toMSecsSinceEpoch());
    const QString sampleRelative = InspectorText(QT_TRANSLATE_NOOP("TokenInspector", "expires in %1"),
                                                 {TokenInspector::duration(59 * 60)})
                                       .localized();
    m_claimsView->setColumnWidth(ClaimTableModel::NameColumn, 7 * em);
    m_claimsView->setColumnWidth(ClaimTableModel::ValueColumn, 11 * em);
    m_claimsView->setColumnWidth(ClaimTableModel::RelativeColumn,
                                 metrics.horizontalAdvance(sampleRelative) + 2 * em);
    m_claimsView->setColumnWidth(ClaimTableModel::LocalTimeColumn,
                                 metrics.horizontalAdvance(sampleTime) + em);
    m_claimsView->setColumnWidth(ClaimTableModel::UtcColumn,
                                 fixed.horizontalAdvance(u"2026-12-30T22:59:59Z"_s) + em);
}

QString TokenInspectorTab::partsText() const
{
    return QTextDocumentFragment::fromHtml(m_parts->text()).toPlainText();
}

QString TokenInspectorTab::headerText() const
{
    return m_headerView->toPlainText();
}

QString TokenInspectorTab::payloadText() const
{
    return m_payloadView->toPlainText();
}

QString TokenInspectorTab::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->toPlainText();
}

QString TokenInspectorTab::expiryText() const
{
    const int row = m_claims->rowOfClaim(u"exp"_s);
    if (row < 0)
        return {};
    return m_claims->index(row, ClaimTableModel::RelativeColumn).data().toString();
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
            ? m_tokens.inspectWithServerKeys(token)
            : m_tokens.inspect(token, m_verification->source());
    }
    render();
}

void TokenInspectorTab::inspectLatest()
{
    const QString token = m_tokens.lastIssuedToken();
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
    auto *dialog = new MintTokenDialog(m_tokens, m_users, this);
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
    m_headerTitle->setText(tr("Header: algorithm and token type"));
    m_payloadTitle->setText(tr("Payload: the claims"));
    m_claimsTitle->setText(tr("Claims and header parameters"));
    m_claimsView->setAccessibleName(tr("Claims"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_menu->setTitle(menuTitle());
    m_inspectLatest->setText(tr("Inspect &Latest Token"));
    m_inspectLatest->setIconText(tr("Inspect Latest"));
    m_mint->setText(tr("&Mint Test Token..."));
    m_mint->setIconText(tr("Mint Token"));
    m_mint->setToolTip(tr("Make an access token for testing a client (Ctrl+N)"));
    m_copyToken->setText(tr("&Copy Token"));
    m_copyToken->setIconText(tr("Copy Token"));
    m_copyCurl->setText(tr("Copy as c&url Command"));
    m_copyCurl->setIconText(tr("Copy curl"));
    m_paste->setText(tr("&Paste"));
    m_paste->setToolTip(tr("Inspect the token on the clipboard"));
    m_clear->setText(tr("Cl&ear"));
    m_clear->setToolTip(tr("Empty the token field"));
    m_claims->retranslate();
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
    renderJson(m_headerView, 0);
    renderJson(m_payloadView, 1);
    renderWarnings();
    if (m_report)
        m_claims->setInspection(*m_report);
    else
        m_claims->clear();
    showClaimDetails();
    updateActions();
    updateCountdown();
}

void TokenInspectorTab::renderVerdict()
{
    if (!m_report) {
        QStringList details {tr("It is decoded and checked on this computer; nothing is sent anywhere.")};
        if (m_tokens.lastIssuedToken().isEmpty())
            details << tr("No access token has been issued since Bookwarden started. When a client signs in, "
                          "or when you mint a test token, “Inspect Latest Token” shows it.");
        else
            details << tr("Or choose “Inspect Latest Token” for the token Bookwarden issued most recently.");
        m_banner->setVerdict(InspectionBanner::Verdict::Neutral,
                             tr("Paste, drop or type a token to inspect it."), details);
        return;
    }
    const TokenInspection &report = *m_report;
    InspectionBanner::Verdict verdict = InspectionBanner::Verdict::Refused;
    switch (report.outcome) {
    case VerificationOutcome::Valid:
        verdict = InspectionBanner::Verdict::Valid;
        break;
    case VerificationOutcome::NotChecked:
        verdict = InspectionBanner::Verdict::Neutral;
        break;
    case VerificationOutcome::KeyUnusable:
    case VerificationOutcome::LookupFailed:
        verdict = InspectionBanner::Verdict::KeyProblem;
        break;
    default:
        break;
    }
    const QString title = report.outcomeText.localized();
    QStringList details;
    if (report.verificationError)
        appendDistinct(details, report.verificationError->localizedMessage());
    if (!report.revocationReason.isEmpty()) {
        // The token store's reason is one of core's messages, in English: translated here like any other.
        const QByteArray reason = report.revocationReason.toUtf8();
        appendDistinct(details, tr("Why: %1").arg(QCoreApplication::translate("Error", reason.constData())));
    }
    if (!report.keyDescription.isEmpty())
        appendDistinct(details, tr("Checked with: %1").arg(report.keyDescription.localized()));
    QStringList times;
    for (const ClaimExplanation &claim : report.claims) {
        if (claim.isTime && (claim.name == u"iat" || claim.name == u"exp"))
            times << claim.relative.localized();
    }
    if (!times.isEmpty())
        details << tr("Token: %1").arg(times.join(u" · "_s));
    m_banner->setVerdict(verdict, title, details);
}

void TokenInspectorTab::renderParts()
{
    if (!m_report) {
        m_parts->clear();
        m_parts->hide();
        return;
    }
    const TokenInspection &report = *m_report;
    const QStringList names {tr("Header"), tr("Payload"), tr("Signature")};
    QStringList parts;
    for (int i = 0; i < 3; ++i) {
        QString state;
        if (i >= report.segments.size()) {
            state = tr("missing");
        } else {
            const InspectedSegment &segment = report.segments.at(i);
            if (segment.problem) {
                state = u"<span style=\"color:#d63b3b\">"_s
                    + segment.problem->localizedMessage().toHtmlEscaped() + u"</span>"_s;
            } else if (segment.raw.isEmpty()) {
                state = tr("empty");
            } else if (i == 2) {
                state = tr("%n byte(s)", nullptr, segment.bytes ? int(segment.bytes->size()) : 0);
            } else if (!segment.prettyJson.isEmpty()) {
                const QJsonObject &object = i == 0 ? report.header : report.payload;
                state = tr("JSON object, %n member(s)", nullptr, int(object.size())).toHtmlEscaped();
            } else {
                state = tr("decoded, but not a JSON object").toHtmlEscaped();
            }
        }
        parts << colored(names.at(i), i) + u": "_s + state;
    }
    if (report.segmentCount > 3)
        parts << colored(tr("%n more part(s)", nullptr, int(report.segmentCount - 3)),
                         TokenHighlighter::Surplus)
                + u": "_s + tr("a signed token has exactly three").toHtmlEscaped();
    QString html = parts.join(u" &nbsp;·&nbsp; "_s);
    QStringList notes;
    for (const InspectorText &note : report.notes)
        notes << note.localized();
    if (!notes.isEmpty())
        html += u"<br><span style=\"color:%1\">%2</span>"_s.arg(
            palette().color(QPalette::Disabled, QPalette::WindowText).name(),
            notes.join(u' ').toHtmlEscaped());
    if (m_parts->text() != html)
        m_parts->setText(html);
    m_parts->show();
}

void TokenInspectorTab::renderJson(QPlainTextEdit *view, int segment)
{
    QString text;
    QString placeholder;
    if (!m_report) {
        placeholder = segment == 0
            ? tr("The header says how the token is signed.")
            : tr("The payload holds the claims: who the token is about, for whom and until "
                 "when.");
    } else if (segment >= m_report->segments.size()) {
        placeholder = tr("This part is missing.");
    } else {
        const InspectedSegment &part = m_report->segments.at(segment);
        text = !part.prettyJson.isEmpty() ? part.prettyJson.trimmed() : part.text;
        if (part.problem)
            placeholder = part.problem->localizedMessage();
    }
    if (view->toPlainText() != text) {
        // The same token again (the countdown) keeps its scroll position; another starts at the top.
        view->setPlainText(text);
    }
    view->setPlaceholderText(placeholder);
}

void TokenInspectorTab::renderWarnings()
{
    if (!m_report || m_report->warnings.isEmpty()) {
        m_warnings->hide();
        m_warnings->setProperty("html", QString());
        return;
    }
    const QList<InspectionWarning> &warnings = m_report->warnings;
    QString html = u"<p style=\"margin-top:0\"><b>"_s
        + tr("%n warning(s)", nullptr, int(warnings.size())).toHtmlEscaped() + u"</b></p>"_s
        + u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const InspectionWarning &warning : warnings)
        html += u"<tr><td valign=\"top\">\u26a0&nbsp;</td><td><b>"_s
            + warning.text.localized().toHtmlEscaped() + u"</b><br>"_s
            + warning.advice.localized().toHtmlEscaped() + u"</td></tr>"_s;
    html += u"</table>"_s;
    if (m_warnings->property("html").toString() != html) {
        m_warnings->setProperty("html", html);
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

void TokenInspectorTab::showClaimDetails()
{
    const QModelIndex current = m_claimsView->currentIndex();
    if (!current.isValid() || current.row() >= m_claims->rowCount()) {
        m_claimDetails->setText(m_claims->rowCount() > 0
                                    ? tr("Select a row to read all of its explanation.").toHtmlEscaped()
                                    : QString());
        return;
    }
    const int row = current.row();
    const ClaimExplanation &claim = m_claims->claimAt(row);
    QString html
        = u"<b>"_s + claim.name.toHtmlEscaped() + u"</b> — "_s + m_claims->explanation(row).toHtmlEscaped();
    if (claim.isTime)
        html += u"<br>"_s
            + tr("%1 · local time %2 · UTC %3")
                  .arg(claim.relative.localized(), claim.localIso, claim.utcIso)
                  .toHtmlEscaped();
    m_claimDetails->setText(html);
}

void TokenInspectorTab::updateActions()
{
    const bool latest = !m_tokens.lastIssuedToken().isEmpty();
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

QAction *TokenInspectorTab::createAction(std::optional<Icons::Glyph> glyph, const char *name)
{
    auto *action = new QAction(glyph ? Icons::glyph(*glyph) : QIcon(), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}
