#pragma once

#include "VerdictBanner.h"
#include "inspector/InspectionReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPalette;

// A Token Inspector report in the GUI's words: the verdict for the banner (what it is, why, with which key,
// until when), the three parts of the token in one line, and the warnings with their advice — in the
// current language, core's sentences included. Functions of the report alone, so that a language switch
// only has to ask again.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(ReportWording)

public:
    struct Verdict
    {
        VerdictBanner::Verdict verdict = VerdictBanner::Verdict::Neutral;
        QString title;
        QStringList details;
    };

    static Verdict verdict(const InspectionReport &report);
    // Before there is anything to inspect; says whether "Inspect Latest Token" has a token to show.
    static Verdict nothingToInspect(bool latestTokenAvailable);
    // "Header: JSON object, 2 members · Payload: … · Signature: 32 bytes", each part in its colour, with
    // the problems found in a part and the notes about the input (rich text).
    static QString partsHtml(const InspectionReport &report, const QPalette &palette);
    // Every warning in bold with its advice below (rich text); empty without warnings.
    static QString warningsHtml(const InspectionReport &report);
};
