#pragma once

#include <QString>
#include <QStringView>

// Checks shared by every text field that users type or send: well-formed Unicode, no control characters,
// length in characters (code points), and the normal form Bookwarden stores (trimmed, NFC).
namespace TextChecks {

// False for lone surrogates (text that came from invalid UTF-8 or UTF-16) and non-characters.
bool isWellFormed(QStringView text);
// True when the text holds C0/C1 control characters (tab, newline and the like included) or U+2028/2029.
bool hasControlCharacters(QStringView text);
// Length in Unicode code points, so that "日本" counts 2 and an emoji counts 1.
qsizetype codePointCount(QStringView text);
// Trimmed and in Unicode Normalization Form C, so that visually equal titles compare equal.
QString normalized(const QString &text);
// The case-insensitive comparison key: normalized() and case-folded.
QString comparisonKey(const QString &text);
// The value of one ASCII hex digit (either case), or -1: JSON's \u escapes, HTTP chunk sizes and
// percent-encodings read their digits with it.
int hexDigitValue(char c);

} // namespace TextChecks
