#include "common/TextChecks.h"

namespace TextChecks {

bool isWellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            codePoint = QChar::surrogateToUcs4(c, text.at(++i));
        } else if (c.isLowSurrogate()) {
            return false;
        }
        if (QChar::isNonCharacter(codePoint))
            return false;
    }
    return true;
}

bool hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count; // a surrogate pair is one code point
    }
    return count;
}

QString normalized(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

QString comparisonKey(const QString &text)
{
    return normalized(text).toCaseFolded();
}

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace TextChecks
