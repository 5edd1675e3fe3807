#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

// A strict parser for the JSON objects inside tokens and keys (RFC 8259 with the I-JSON rules of RFC 7493
// that matter for security).
//
// QJsonDocument accepts a document with a repeated member name and silently keeps the last one, so two
// implementations can read different claims out of the same token ({"sub":"alice","sub":"admin"}). This
// parser builds the QJsonObject itself and refuses, with the byte offset of the problem:
//   - input that is not valid UTF-8 (overlong forms, surrogates, code points above U+10FFFF) or starts
//     with a byte order mark;
//   - anything but an object at the top level, and anything but whitespace after it;
//   - a member name that occurs twice in one object, at any depth, compared after unescaping
//     ("a" and "\u0061" are the same name);
//   - nesting deeper than maxDepth objects and arrays (the top-level object counts as 1);
//   - unescaped control characters, unknown escapes and unpaired UTF-16 surrogates in strings;
//   - numbers outside the JSON grammar (leading zeros, "+1", ".5", NaN) or outside the range of a double.
// An integer literal that fits in 64 bits becomes an integer QJsonValue, every other number a double, as
// with QJsonDocument.
class StrictJson
{
public:
    static constexpr int DefaultMaxDepth = 64;
    static constexpr int MaxSupportedDepth = 512; // larger maxDepth values are clamped to this

    enum class Problem {
        None,
        InvalidUtf8,
        ByteOrderMark,
        NotAnObject,
        UnexpectedCharacter,
        UnexpectedEnd,
        TrailingCharacters,
        DuplicateMember,
        TooDeep,
        ControlCharacterInString,
        InvalidEscape,
        UnpairedSurrogate,
        InvalidNumber,
        NumberOutOfRange,
    };

    struct Failure
    {
        Problem problem = Problem::None;
        qsizetype offset = 0; // 0-based byte offset into the input
        // For DuplicateMember: the repeated name. It comes from the input: show it escaped, never put it
        // in a log line or an HTTP header.
        QString memberName;
    };

    // The object, or nothing with *failure (when given) saying what is wrong and where.
    static std::optional<QJsonObject> parseObject(QByteArrayView utf8, Failure *failure = nullptr,
                                                  int maxDepth = DefaultMaxDepth);

    // True when the bytes are well-formed UTF-8 (RFC 3629); *offset gets the first bad byte.
    static bool isValidUtf8(QByteArrayView bytes, qsizetype *offset = nullptr);

    // English description of a problem, marked with QT_TRANSLATE_NOOP("Error", …).
    static const char *problemText(Problem problem);
};
