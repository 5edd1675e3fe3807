#include "jose/StrictJson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <charconv>
#include <cmath>

namespace {
using Problem = StrictJson::Problem;

class Parser
{
public:
    Parser(QByteArrayView input, int maxDepth)
        : m_begin(input.data())
        , m_pos(input.data())
        , m_end(input.data() + input.size())
        , m_maxDepth(maxDepth)
    { }

    std::optional<QJsonObject> parseDocument()
    {
        skipWhitespace();
        if (m_pos == m_end || *m_pos != '{')
            return failed(Problem::NotAnObject, m_pos);
        QJsonObject object;
        if (!parseObject(object))
            return std::nullopt;
        skipWhitespace();
        if (m_pos != m_end)
            return failed(Problem::TrailingCharacters, m_pos);
        return object;
    }

    const StrictJson::Failure &failure() const { return m_failure; }

private:
    std::nullopt_t failed(Problem problem, const char *at, QString memberName = {})
    {
        m_failure = {problem, at - m_begin, std::move(memberName)};
        return std::nullopt;
    }
    bool fail(Problem problem, const char *at, QString memberName = {})
    {
        failed(problem, at, std::move(memberName));
        return false;
    }
    bool failUnexpected()
    {
        return fail(m_pos == m_end ? Problem::UnexpectedEnd : Problem::UnexpectedCharacter, m_pos);
    }

    void skipWhitespace()
    {
        while (m_pos != m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
    }

    bool consume(char expected)
    {
        if (m_pos == m_end || *m_pos != expected)
            return failUnexpected();
        ++m_pos;
        return true;
    }

    bool enter()
    {
        if (++m_depth > m_maxDepth)
            return fail(Problem::TooDeep, m_pos);
        return true;
    }

    bool parseObject(QJsonObject &object)
    {
        if (!enter())
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            --m_depth;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (m_pos == m_end || *m_pos != '"')
                return failUnexpected();
            const char *nameStart = m_pos;
            // Most member names are short printable ASCII without escapes: insert those as Latin-1 views of
            // the input instead of building a QString for each (the fast path of token verification).
            const char *plainEnd = nameStart + 1;
            while (plainEnd != m_end && *plainEnd >= 0x20 && *plainEnd < 0x7f && *plainEnd != '"'
                   && *plainEnd != '\\')
                ++plainEnd;
            QString name;
            QLatin1StringView plainName;
            if (plainEnd != m_end && *plainEnd == '"') {
                plainName = QLatin1StringView(nameStart + 1, plainEnd - nameStart - 1);
                m_pos = plainEnd + 1;
            } else if (!parseString(name)) {
                return false;
            }
            skipWhitespace();
            if (!consume(':'))
                return false;
            QJsonValue value;
            if (!parseValue(value))
                return false;
            // insert() replaces an existing member, so an unchanged size means the name was there already.
            const qsizetype sizeBefore = object.size();
            if (plainName.data())
                object.insert(plainName, value);
            else
                object.insert(name, value);
            if (object.size() == sizeBefore)
                return fail(Problem::DuplicateMember, nameStart,
                            plainName.data() ? QString(plainName) : name);
            skipWhitespace();
            if (m_pos == m_end)
                return failUnexpected();
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '}') {
                ++m_pos;
                --m_depth;
                return true;
            }
            return failUnexpected();
        }
    }

    bool parseArray(QJsonArray &array)
    {
        if (!enter())
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            --m_depth;
            return true;
        }
        for (;;) {
            QJsonValue value;
            if (!parseValue(value))
                return false;
            array.append(value);
            skipWhitespace();
            if (m_pos == m_end)
                return failUnexpected();
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == ']') {
                ++m_pos;
                --m_depth;
                return true;
            }
            return failUnexpected();
        }
    }

    bool parseValue(QJsonValue &value)
    {
        skipWhitespace();
        if (m_pos == m_end)
            return failUnexpected();
        switch (*m_pos) {
        case '{': {
            QJsonObject object;
            if (!parseObject(object))
                return false;
            value = object;
            return true;
        }
        case '[': {
            QJsonArray array;
            if (!parseArray(array))
                return false;
            value = array;
            return true;
        }
        case '"': {
            QString text;
            if (!parseString(text))
                return false;
            value = text;
            return true;
        }
        case 't':
            return parseLiteral("true", QJsonValue(true), value);
        case 'f':
            return parseLiteral("false", QJsonValue(false), value);
        case 'n':
            return parseLiteral("null", QJsonValue(QJsonValue::Null), value);
        default:
            if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9'))
                return parseNumber(value);
            return failUnexpected();
        }
    }

    bool parseLiteral(QByteArrayView literal, const QJsonValue &literalValue, QJsonValue &value)
    {
        for (const char expected : literal) {
            if (m_pos == m_end || *m_pos != expected)
                return failUnexpected();
            ++m_pos;
        }
        value = literalValue;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool parseNumber(QJsonValue &value)
    {
        const char *start = m_pos;
        bool integral = true;
        if (*m_pos == '-')
            ++m_pos;
        if (m_pos == m_end || !isDigit(*m_pos))
            return fail(Problem::InvalidNumber, m_pos);
        if (*m_pos == '0') {
            ++m_pos;
            if (m_pos != m_end && isDigit(*m_pos))
                return fail(Problem::InvalidNumber, m_pos); // leading zero
        } else {
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos != m_end && *m_pos == '.') {
            integral = false;
            ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(Problem::InvalidNumber, m_pos);
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos != m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            integral = false;
            ++m_pos;
            if (m_pos != m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return fail(Problem::InvalidNumber, m_pos);
            while (m_pos != m_end && isDigit(*m_pos))
                ++m_pos;
        }

        if (integral) {
            qint64 integer = 0;
            const auto [end, error] = std::from_chars(start, m_pos, integer);
            if (error == std::errc() && end == m_pos) {
                value = QJsonValue(integer);
                return true;
            }
            // Too big for 64 bits: fall through to a double, as QJsonDocument does.
        }
        double number = 0;
        const auto [end, error] = std::from_chars(start, m_pos, number);
        if (error != std::errc() || end != m_pos || !std::isfinite(number))
            return fail(Problem::NumberOutOfRange, start);
        value = QJsonValue(number);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads the four hex digits after "\u"; m_pos is on the backslash.
    bool parseUnicodeEscape(char16_t &unit)
    {
        if (m_end - m_pos < 6)
            return fail(Problem::InvalidEscape, m_pos);
        unsigned value = 0;
        for (int i = 2; i < 6; ++i) {
            const int digit = hexValue(m_pos[i]);
            if (digit < 0)
                return fail(Problem::InvalidEscape, m_pos);
            value = value * 16 + unsigned(digit);
        }
        unit = static_cast<char16_t>(value);
        m_pos += 6;
        return true;
    }

    // The input was checked to be UTF-8 before parsing, so runs of plain bytes convert without loss.
    bool parseString(QString &text)
    {
        ++m_pos; // opening quote
        const char *const start = m_pos;
        const char *runStart = m_pos;
        for (;;) {
            if (m_pos == m_end)
                return fail(Problem::UnexpectedEnd, m_pos);
            const auto c = static_cast<unsigned char>(*m_pos);
            if (c == '"') {
                if (text.isEmpty() && runStart == start)
                    text = QString::fromUtf8(runStart, m_pos - runStart); // no escapes: one conversion
                else
                    text += QString::fromUtf8(runStart, m_pos - runStart);
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(Problem::ControlCharacterInString, m_pos);
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            text += QString::fromUtf8(runStart, m_pos - runStart);
            if (m_end - m_pos < 2)
                return fail(Problem::InvalidEscape, m_pos);
            switch (m_pos[1]) {
            case '"':
                text += QLatin1Char('"');
                break;
            case '\\':
                text += QLatin1Char('\\');
                break;
            case '/':
                text += QLatin1Char('/');
                break;
            case 'b':
                text += QLatin1Char('\b');
                break;
            case 'f':
                text += QLatin1Char('\f');
                break;
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'u': {
                const char *escapeStart = m_pos;
                char16_t unit = 0;
                if (!parseUnicodeEscape(unit))
                    return false;
                if (QChar::isLowSurrogate(unit))
                    return fail(Problem::UnpairedSurrogate, escapeStart);
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
                        return fail(Problem::UnpairedSurrogate, escapeStart);
                    if (!parseUnicodeEscape(low))
                        return false;
                    if (!QChar::isLowSurrogate(low))
                        return fail(Problem::UnpairedSurrogate, escapeStart);
                    text += QChar(unit);
                    text += QChar(low);
                } else {
                    text += QChar(unit);
                }
                runStart = m_pos;
                continue;
            }
            default:
                return fail(Problem::InvalidEscape, m_pos);
            }
            m_pos += 2;
            runStart = m_pos;
        }
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    int m_maxDepth;
    int m_depth = 0;
    StrictJson::Failure m_failure;
};
} // namespace

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

std::optional<QJsonObject> StrictJson::parseObject(QByteArrayView utf8, Failure *failure, int maxDepth)
{
    qsizetype badByte = 0;
    if (!isValidUtf8(utf8, &badByte)) {
        if (failure)
            *failure = {Problem::InvalidUtf8, badByte, {}};
        return std::nullopt;
    }
    if (utf8.startsWith("\xef\xbb\xbf")) {
        if (failure)
            *failure = {Problem::ByteOrderMark, 0, {}};
        return std::nullopt;
    }
    // Recursion depth follows nesting depth, so the limit is also what keeps the stack bounded.
    Parser parser(utf8, qBound(1, maxDepth, MaxSupportedDepth));
    std::optional<QJsonObject> object = parser.parseDocument();
    if (failure)
        *failure = object ? Failure {} : parser.failure();
    return object;
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
        return QT_TRANSLATE_NOOP("Error", "JSON nested too deeply");
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
    }
    return QT_TRANSLATE_NOOP("Error", "no problem");
}
