#include "jose/StrictJson.h"

#include "jose/StrictJsonParser.h"

#include <QCoreApplication>

bool StrictJson::isValidUtf8(QByteArrayView bytes, qsizetype *offset)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    auto bad = [&](qsizetype at) {
        if (offset)
            *offset = at;
        return false;
    };
    auto continuation = [&](qsizetype at) { return at < size && (s[at] & 0xc0) == 0x80; };
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xc2 && c <= 0xdf) {
            if (!continuation(i + 1))
                return bad(i);
            i += 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            if (!continuation(i + 1) || !continuation(i + 2))
                return bad(i);
            if (c == 0xe0 && s[i + 1] < 0xa0) // overlong
                return bad(i);
            if (c == 0xed && s[i + 1] >= 0xa0) // UTF-16 surrogates
                return bad(i);
            i += 3;
        } else if (c >= 0xf0 && c <= 0xf4) {
            if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
                return bad(i);
            if (c == 0xf0 && s[i + 1] < 0x90) // overlong
                return bad(i);
            if (c == 0xf4 && s[i + 1] >= 0x90) // above U+10FFFF
                return bad(i);
            i += 4;
        } else {
            return bad(i); // continuation byte on its own, 0xc0/0xc1 overlong leads, 0xf5..0xff
        }
    }
    return true;
}

std::optional<QJsonObject> StrictJson::parseObject(QByteArrayView utf8, Failure *failure,
                                                   const Limits &limits)
{
    qsizetype badByte = 0;
    if (!isValidUtf8(utf8, &badByte)) {
        if (failure)
            *failure = {Problem::InvalidUtf8, badByte, {}, 0};
        return std::nullopt;
    }
    if (utf8.startsWith("\xef\xbb\xbf")) {
        if (failure)
            *failure = {Problem::ByteOrderMark, 0, {}, 0};
        return std::nullopt;
    }
    // Recursion depth follows nesting depth, so the depth limit is also what keeps the stack bounded.
    Limits bounded = limits;
    bounded.maxDepth = qBound(1, limits.maxDepth, MaxSupportedDepth);
    bounded.maxMembersPerObject = qMax<qsizetype>(0, limits.maxMembersPerObject);
    bounded.maxStringBytes = qMax<qsizetype>(0, limits.maxStringBytes);
    bounded.maxContainers = qMax<qsizetype>(1, limits.maxContainers);
    bounded.maxValues = qMax<qsizetype>(1, limits.maxValues);
    return StrictJsonParser::parse(utf8, bounded, failure);
}

bool StrictJson::isLimitProblem(Problem problem)
{
    return problem == Problem::TooDeep || problem == Problem::TooManyMembers
        || problem == Problem::StringTooLong || problem == Problem::TooManyContainers
        || problem == Problem::TooManyValues;
}

QString StrictJson::describe(const Failure &failure)
{
    const QString text = QString::fromLatin1(problemText(failure.problem));
    return isLimitProblem(failure.problem) ? text.arg(failure.limit) : text;
}

QString StrictJson::describeLocalized(const Failure &failure)
{
    const QString text = QCoreApplication::translate("Error", problemText(failure.problem));
    return isLimitProblem(failure.problem) ? text.arg(failure.limit) : text;
}

const char *StrictJson::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QT_TRANSLATE_NOOP("Error", "no problem");
    case Problem::InvalidUtf8:
        return QT_TRANSLATE_NOOP("Error", "invalid UTF-8");
    case Problem::ByteOrderMark:
        return QT_TRANSLATE_NOOP("Error", "a byte order mark is not allowed");
    case Problem::NotAnObject:
        return QT_TRANSLATE_NOOP("Error", "not a JSON object");
    case Problem::UnexpectedCharacter:
        return QT_TRANSLATE_NOOP("Error", "unexpected character in JSON");
    case Problem::UnexpectedEnd:
        return QT_TRANSLATE_NOOP("Error", "the JSON text ends too early");
    case Problem::TrailingCharacters:
        return QT_TRANSLATE_NOOP("Error", "unexpected text after the JSON object");
    case Problem::DuplicateMember:
        return QT_TRANSLATE_NOOP("Error", "duplicate member name");
    case Problem::TooDeep:
        return QT_TRANSLATE_NOOP("Error", "objects and arrays are nested more than %1 deep");
    case Problem::ControlCharacterInString:
        return QT_TRANSLATE_NOOP("Error", "unescaped control character in a JSON string");
    case Problem::InvalidEscape:
        return QT_TRANSLATE_NOOP("Error", "invalid escape sequence in a JSON string");
    case Problem::UnpairedSurrogate:
        return QT_TRANSLATE_NOOP("Error", "unpaired UTF-16 surrogate in a JSON string");
    case Problem::InvalidNumber:
        return QT_TRANSLATE_NOOP("Error", "invalid JSON number");
    case Problem::NumberOutOfRange:
        return QT_TRANSLATE_NOOP("Error", "JSON number out of range");
    case Problem::TooManyMembers:
        return QT_TRANSLATE_NOOP("Error", "an object has more than %1 members");
    case Problem::StringTooLong:
        return QT_TRANSLATE_NOOP("Error", "a string is longer than %1 bytes");
    case Problem::TooManyContainers:
        return QT_TRANSLATE_NOOP("Error", "the JSON text has more than %1 objects and arrays");
    case Problem::TooManyValues:
        return QT_TRANSLATE_NOOP("Error", "the JSON text has more than %1 values");
    }
    return QT_TRANSLATE_NOOP("Error", "no problem");
}
