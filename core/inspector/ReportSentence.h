#pragma once

#include <QString>

#include <vector>

// A sentence of the Token Inspector's report: an English source text marked with
// QT_TRANSLATE_NOOP("TokenInspector", …) and its arguments, kept apart so that the GUI can translate the
// sentence later while the report itself stays a plain value. Arguments are texts themselves, either
// translatable ("14 min") or literal (a claim name or value taken from the token, never translated).
//
//   ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "expires in %1"),
//                  {ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "%1 min"),
//                                  {ReportSentence::number(14)})})
//
// Placeholders are filled in one pass, so an argument that itself contains "%1" stays as it is.
class ReportSentence
{
public:
    static constexpr char Context[] = "TokenInspector";

    ReportSentence() = default;
    explicit ReportSentence(const char *source, std::vector<ReportSentence> arguments = {});
    static ReportSentence literal(const QString &text);
    static ReportSentence number(qint64 value);

    bool isEmpty() const { return !m_source && m_literal.isEmpty(); }
    // The untranslated source text (null for a literal).
    const char *source() const { return m_source; }
    const std::vector<ReportSentence> &arguments() const { return m_arguments; }

    QString english() const;
    // Translated through QCoreApplication::translate("TokenInspector", …), arguments included.
    QString localized() const;

private:
    QString render(bool localize) const;

    const char *m_source = nullptr;
    QString m_literal;
    std::vector<ReportSentence> m_arguments;
};
