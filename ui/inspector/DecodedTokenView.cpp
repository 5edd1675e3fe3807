#include "DecodedTokenView.h"

#include "ClaimTableModel.h"
#include "JsonHighlighter.h"
#include "SecurityEventModel.h"
#include "TokenHighlighter.h"
#include "inspector/TokenInspector.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
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

QLabel *title(const QString &objectName, QWidget *parent, int part = -1)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    if (part >= 0) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, TokenHighlighter::partColor(part, palette));
        label->setPalette(palette);
    }
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *pane(QWidget *parent, const QList<QWidget *> &widgets, QWidget *stretching)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *child : widgets) {
        child->setParent(widget);
        layout->addWidget(child, child == stretching ? 1 : 0);
    }
    return widget;
}
} // namespace

DecodedTokenView::DecodedTokenView(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_jsonSplitter(new QSplitter(Qt::Vertical, this))
    , m_headerTitle(title(u"headerTitle"_s, this, TokenHighlighter::Header))
    , m_headerView(jsonView(u"headerJson"_s, this))
    , m_payloadTitle(title(u"payloadTitle"_s, this, TokenHighlighter::Payload))
    , m_payloadView(jsonView(u"payloadJson"_s, this))
    , m_claimsTitle(title(u"claimsTitle"_s, this))
    , m_claims(new ClaimTableModel(this))
    , m_claimsView(new QTableView(this))
    , m_claimDetails(new QLabel(this))
{
    setObjectName(u"decodedToken"_s);
    m_jsonSplitter->addWidget(pane(m_jsonSplitter, {m_headerTitle, m_headerView}, m_headerView));
    m_jsonSplitter->addWidget(pane(m_jsonSplitter, {m_payloadTitle, m_payloadView}, m_payloadView));
    m_jsonSplitter->setStretchFactor(0, 1);
    m_jsonSplitter->setStretchFactor(1, 3);
    m_jsonSplitter->setChildrenCollapsible(false);

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
    m_claimDetails->setObjectName(u"claimDetails"_s);
    m_claimDetails->setWordWrap(true);
    m_claimDetails->setTextFormat(Qt::RichText);
    m_claimDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claimDetails->setMinimumHeight(m_claimDetails->fontMetrics().lineSpacing() * 2);
    m_claimDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    addWidget(m_jsonSplitter);
    addWidget(pane(this, {m_claimsTitle, m_claimsView, m_claimDetails}, m_claimsView));
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setChildrenCollapsible(false);

    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecodedTokenView::showClaimDetails);
    connect(m_claims, &QAbstractItemModel::modelReset, this, &DecodedTokenView::showClaimDetails);
    retranslateUi();
    showInspection(nullptr);
}

void DecodedTokenView::showInspection(const InspectionReport *report)
{
    showJson(m_headerView, report, 0);
    showJson(m_payloadView, report, 1);
    if (report)
        m_claims->setInspection(*report);
    else
        m_claims->clear();
    showClaimDetails();
}

QString DecodedTokenView::headerText() const
{
    return m_headerView->toPlainText();
}

QString DecodedTokenView::payloadText() const
{
    return m_payloadView->toPlainText();
}

void DecodedTokenView::saveLayout(QSettings &settings) const
{
    settings.setValue(u"inspector/splitter"_s, saveState());
    settings.setValue(u"inspector/jsonSplitter"_s, m_jsonSplitter->saveState());
    settings.setValue(u"inspector/claimsHeader"_s, m_claimsView->horizontalHeader()->saveState());
}

void DecodedTokenView::restoreLayout(QSettings &settings)
{
    const QByteArray splitter = settings.value(u"inspector/splitter"_s).toByteArray();
    if (splitter.isEmpty() || !restoreState(splitter))
        setSizes({360, 900});
    const QByteArray jsonSplitter = settings.value(u"inspector/jsonSplitter"_s).toByteArray();
    if (jsonSplitter.isEmpty() || !m_jsonSplitter->restoreState(jsonSplitter))
        m_jsonSplitter->setSizes({110, 260});
    QHeaderView *header = m_claimsView->horizontalHeader();
    const QByteArray saved = settings.value(u"inspector/claimsHeader"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    // First start: room for a time in each time column; the meaning takes the rest.
    const QFontMetrics metrics = m_claimsView->fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int em = metrics.horizontalAdvance(u"M"_s);
    const QString sampleTime = SecurityEventModel::formatTime(
        QDateTime(QDate(2026, 12, 30), QTime(22, 59, 59)).toMSecsSinceEpoch());
    const QString sampleRelative = ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "expires in %1"),
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

void DecodedTokenView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QSplitter::changeEvent(event);
}

void DecodedTokenView::retranslateUi()
{
    m_headerTitle->setText(tr("Header: algorithm and token type"));
    m_payloadTitle->setText(tr("Payload: the claims"));
    m_claimsTitle->setText(tr("Claims and header parameters"));
    m_claimsView->setAccessibleName(tr("Claims"));
    m_claims->retranslate();
    showClaimDetails();
}

void DecodedTokenView::showJson(QPlainTextEdit *view, const InspectionReport *report, int segment)
{
    QString text;
    QString placeholder;
    if (!report) {
        placeholder = segment == 0
            ? tr("The header says how the token is signed.")
            : tr("The payload holds the claims: who the token is about, for whom and until when.");
    } else if (segment >= report->segments.size()) {
        placeholder = tr("This part is missing.");
    } else {
        const InspectedSegment &part = report->segments.at(segment);
        text = !part.prettyJson.isEmpty() ? part.prettyJson.trimmed() : part.text;
        if (part.problem)
            placeholder = part.problem->localizedMessage();
    }
    // The same token again (the countdown) keeps its scroll position; another starts at the top.
    if (view->toPlainText() != text)
        view->setPlainText(text);
    view->setPlaceholderText(placeholder);
}

void DecodedTokenView::showClaimDetails()
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
