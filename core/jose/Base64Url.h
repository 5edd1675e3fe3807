#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// base64url without padding (RFC 4648 §5 as profiled by RFC 7515 §2), the encoding of every JWS segment
// and of every binary JWK member.
//
// decode() is strict, so that one byte string has exactly one accepted spelling: a token whose text can be
// altered without changing what it decodes to invites signature-stripping and cache-key confusion. It
// refuses padding, any character outside A-Z a-z 0-9 - _, a length that no byte string encodes to
// (length % 4 == 1), and non-canonical final characters (the unused low bits of the last character must be
// zero: "QQ" decodes, "QR" does not, although lenient decoders give "A" for both).
class Base64Url
{
public:
    enum class Problem {
        None,
        Padding, // '=' found
        NotInAlphabet, // a character outside A-Z a-z 0-9 - _
        ImpossibleLength, // length % 4 == 1
        NonCanonical, // the last character carries non-zero unused bits
    };

    struct Failure
    {
        Problem problem = Problem::None;
        qsizetype offset = 0; // 0-based index of the offending character in the input
    };

    static QByteArray encode(QByteArrayView data);

    // The decoded bytes, or nothing with *failure (when given) saying what is wrong and where.
    static std::optional<QByteArray> decode(QByteArrayView text, Failure *failure = nullptr);

    // English description of a problem, marked with QT_TRANSLATE_NOOP("Error", …).
    static const char *problemText(Problem problem);
};
