#include "ReportWording.h"

#include "TokenHighlighter.h"

#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace {
QString colored(const QString &text, int part, const QPalette &palette)
{
    return u"<span style=\"color:%1\"><b>%2</b></span>"_s.arg(
        TokenHighlighter::partColor(part, palette).name(), text.toHtmlEscaped());
}

// A line of the verdict that says the same as one before it adds nothing.
void appendDistinct(QStringList &lines, const QString &line)
{
    if (!line.isEmpty() && !lines.contains(line))
        lines.append(line);
}
} // namespace

ReportWording::Verdict ReportWording::verdict(const InspectionReport &report)
{
    Verdict result;
    switch (report.outcome) {
    case VerificationOutcome::Valid:
        result.verdict = VerdictBanner::Verdict::Valid;
        break;
    case VerificationOutcome::NotChecked:
        result.verdict = VerdictBanner::Verdict::Neutral;
        break;
    case VerificationOutcome::KeyUnusable:
    case VerificationOutcome::LookupFailed:
        result.verdict = VerdictBanner::Verdict::KeyProblem;
        break;
    default:
        result.verdict = VerdictBanner::Verdict::Refused;
        break;
    }
    result.title = report.outcomeText.localized();
    if (report.verificationError)
        appendDistinct(result.details, report.verificationError->localizedMessage());
    if (!report.revocationReason.isEmpty()) {
        // The token store's reason is one of core's messages, in English: translated here like any other.
        const QByteArray reason = report.revocationReason.toUtf8();
        appendDistinct(result.details,
                       tr("Why: %1").arg(QCoreApplication::translate("Error", reason.constData())));
    }
    if (!report.keyDescription.isEmpty())
        appendDistinct(result.details, tr("Checked with: %1").arg(report.keyDescription.localized()));
    QStringList times;
    for (const ClaimExplanation &claim : report.claims) {
        if (claim.isTime && (claim.name == u"iat" || claim.name == u"exp"))
            times << claim.relative.localized();
    }
    if (!times.isEmpty())
        result.details << tr("Token: %1").arg(times.join(u" · "_s));
    return result;
}

ReportWording::Verdict ReportWording::nothingToInspect(bool latestTokenAvailable)
{
    Verdict result;
    result.title = tr("Paste, drop or type a token to inspect it.");
    result.details << tr("It is decoded and checked on this computer; nothing is sent anywhere.");
    if (latestTokenAvailable)
        result.details << tr(
            "Or choose “Inspect Latest Token” for the token Bookwarden issued most recently.");
    else
        result.details << tr(
            "No access token has been issued since Bookwarden started. When a client signs in, "
            "or when you mint a test token, “Inspect Latest Token” shows it.");
    return result;
}

QString ReportWording::partsHtml(const InspectionReport &report, const QPalette &palette)
{
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
            } else if (i == TokenHighlighter::Signature) {
                state = tr("%n byte(s)", nullptr, segment.bytes ? int(segment.bytes->size()) : 0);
            } else if (!segment.prettyJson.isEmpty()) {
                const QJsonObject &object = i == TokenHighlighter::Header ? report.header : report.payload;
                state = tr("JSON object, %n member(s)", nullptr, int(object.size())).toHtmlEscaped();
            } else {
                state = tr("decoded, but not a JSON object").toHtmlEscaped();
            }
        }
        parts << colored(names.at(i), i, palette) + u": "_s + state;
    }
    if (report.segmentCount > 3)
        parts << colored(tr("%n more part(s)", nullptr, int(report.segmentCount - 3)),
                         TokenHighlighter::Surplus, palette)
                + u": "_s + tr("a signed token has exactly three").toHtmlEscaped();
    QString html = parts.join(u" &nbsp;·&nbsp; "_s);
    QStringList notes;
    for (const ReportSentence &note : report.notes)
        notes << note.localized();
    if (!notes.isEmpty())
        html += u"<br><span style=\"color:%1\">%2</span>"_s.arg(
            palette.color(QPalette::Disabled, QPalette::WindowText).name(), notes.join(u' ').toHtmlEscaped());
    return html;
}

QString ReportWording::warningsHtml(const InspectionReport &report)
{
    if (report.warnings.isEmpty())
        return {};
    QString html = u"<p style=\"margin-top:0\"><b>"_s
        + tr("%n warning(s)", nullptr, int(report.warnings.size())).toHtmlEscaped() + u"</b></p>"_s
        + u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const InspectionWarning &warning : report.warnings)
        html += u"<tr><td valign=\"top\">\u26a0&nbsp;</td><td><b>"_s
            + warning.text.localized().toHtmlEscaped() + u"</b><br>"_s
            + warning.advice.localized().toHtmlEscaped() + u"</td></tr>"_s;
    html += u"</table>"_s;
    return html;
}
