#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

// The budget of one StrictJson document (StrictJson::Limits), enforced while parsing. The defaults admit
// every legitimate request body, token and JWK set by a wide margin: the longest text Bookwarden takes is a
// 1024-byte password (6 KiB with every character escaped), and its bodies have a handful of members.
struct StrictJsonLimits
{
    int maxDepth = 64; // objects and arrays nested, the top-level object counting as 1
    qsizetype maxMembersPerObject = 1000;
    qsizetype maxStringBytes = 64 * 1024; // names and values, between the quotes, as written
    // Objects and arrays in the whole document, the top-level object included. Each costs a few hundred
    // bytes once parsed: without this bound a 1 MiB body of nested arrays takes over 100 MB.
    qsizetype maxContainers = 10'000;
    // Values of any kind in the whole document, the top-level object included. Each costs up to a few
    // hundred nanoseconds (a string is a QString and a QCborContainerPrivate on the way in), so this bounds
    // the work however large a body the server is told to take.
    qsizetype maxValues = 100'000;
};

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
//   - unescaped control characters, unknown escapes and unpaired UTF-16 surrogates in strings;
//   - numbers outside the JSON grammar (leading zeros, "+1", ".5", NaN) or outside the range of a double;
//   - anything over the budget of Limits, refused as soon as the parser meets it.
// An integer literal that fits in 64 bits becomes an integer QJsonValue, every other number a double, as
// with QJsonDocument.
//
// The cost is linear in the input for every shape (members are sorted once per object, then appended in
// QJsonObject's own order), and the budget bounds the memory a document can take: request bodies and token
// segments come from anyone. When an input has several problems, the one reported is the first the parser
// meets, except that a repeated name is noticed when its object closes.
class StrictJson
{
public:
    using Limits = StrictJsonLimits;

    static constexpr int DefaultMaxDepth = Limits().maxDepth;
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
        // Over a limit of Limits (TooDeep is one too); Failure::limit says which value was exceeded.
        TooManyMembers,
        StringTooLong,
        TooManyContainers,
        TooManyValues,
    };

    struct Failure
    {
        Problem problem = Problem::None;
        qsizetype offset = 0; // 0-based byte offset into the input
        // For DuplicateMember: the repeated name. It comes from the input: show it escaped, never put it
        // in a log line or an HTTP header.
        QString memberName;
        qsizetype limit = 0; // for the limit problems: the limit that was exceeded
    };

    // The object, or nothing with *failure (when given) saying what is wrong and where. Offsets of limit
    // problems point at what went over: the bracket, the name of the first member too many, the string's
    // opening quote, the first value too many.
    static std::optional<QJsonObject> parseObject(QByteArrayView utf8, Failure *failure = nullptr,
                                                  const Limits &limits = {});

    // True for the problems of going over a limit of Limits (those with a Failure::limit).
    static bool isLimitProblem(Problem problem);

    // True when the bytes are well-formed UTF-8 (RFC 3629); *offset gets the first bad byte.
    static bool isValidUtf8(QByteArrayView bytes, qsizetype *offset = nullptr);

    // English description of a problem, marked with QT_TRANSLATE_NOOP("Error", …). The texts of the limit
    // problems have a %1 for Failure::limit: show a failure with describe() or describeLocalized().
    static const char *problemText(Problem problem);
    // problemText() with the limit filled in ("an object has more than 1000 members"), in English (for the
    // REST API and token errors) or translated through QCoreApplication::translate("Error", …).
    static QString describe(const Failure &failure);
    static QString describeLocalized(const Failure &failure);
};
