#include "inspector/ReportSentence.h"

#include <QCoreApplication>

ReportSentence::ReportSentence(const char *source, std::vector<ReportSentence> arguments)
    : m_source(source)
    , m_arguments(std::move(arguments))
{ }

ReportSentence ReportSentence::literal(const QString &text)
{
    ReportSentence result;
    result.m_literal = text;
    return result;
}

ReportSentence ReportSentence::number(qint64 value)
{
    return literal(QString::number(value));
}

QString ReportSentence::english() const
{
    return render(false);
}

QString ReportSentence::localized() const
{
    return render(true);
}

QString ReportSentence::render(bool localize) const
{
    if (!m_source)
        return m_literal;
    const QString pattern
        = localize ? QCoreApplication::translate(Context, m_source) : QString::fromUtf8(m_source);
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            int index = 0;
            while (end < pattern.size() && pattern.at(end).isDigit() && end - i <= 2)
                index = index * 10 + pattern.at(end++).digitValue();
            if (index >= 1 && size_t(index) <= m_arguments.size()) {
                result += m_arguments[size_t(index) - 1].render(localize);
                i = end - 1;
                continue;
            }
        }
        result += c;
    }
    return result;
}
