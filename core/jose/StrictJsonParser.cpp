#include "jose/StrictJsonParser.h"

#include "common/TextChecks.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <string_view>
#include <vector>

namespace {
using Problem = StrictJson::Problem;

// One member of an object being parsed. Most names are short printable ASCII without escapes: those stay
// Latin-1 views of the input instead of becoming a QString each (the fast path of token verification).
struct Member
{
    QLatin1StringView plainName;
    QString name; // when plainName is null
    QJsonValue value;
    qsizetype offset = 0; // of the name's opening quote

    QAnyStringView key() const
    {
        if (plainName.data())
            return plainName;
        return name;
    }
};

// QJsonObject keeps its keys sorted by UTF-16 code units (QCborContainerPrivate::stringCompareElement, for
// keys stored as ASCII and as UTF-16 alike), and inserting anywhere but at the end moves every key after
// it: members inserted in descending order cost O(n²). Sorted the same way first, each insert appends
// (tst_strictjson checks that order against QJsonObject's own).
int compareNames(const Member &a, const Member &b)
{
    if (a.plainName.data() && b.plainName.data()) // the common case, without QAnyStringView's dispatch
        return std::string_view(a.plainName.data(), size_t(a.plainName.size()))
            .compare(std::string_view(b.plainName.data(), size_t(b.plainName.size())));
    return QAnyStringView::compare(a.key(), b.key());
}

// Equal names stay in document order, so of two equal neighbours the second is the later occurrence.
bool inObjectOrder(const Member &a, const Member &b)
{
    const int order = compareNames(a, b);
    return order < 0 || (order == 0 && a.offset < b.offset);
}

class Parser
{
public:
    Parser(QByteArrayView input, const StrictJson::Limits &limits)
        : m_begin(input.data())
        , m_pos(input.data())
        , m_end(input.data() + input.size())
        , m_limits(limits)
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
        m_failure = {problem, at - m_begin, std::move(memberName), 0};
        return std::nullopt;
    }
    bool fail(Problem problem, const char *at, QString memberName = {})
    {
        failed(problem, at, std::move(memberName));
        return false;
    }
    bool overLimit(Problem problem, const char *at, qsizetype limit)
    {
        fail(problem, at);
        m_failure.limit = limit;
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
        if (++m_depth > m_limits.maxDepth)
            return overLimit(Problem::TooDeep, m_pos, m_limits.maxDepth);
        if (++m_containers > m_limits.maxContainers)
            return overLimit(Problem::TooManyContainers, m_pos, m_limits.maxContainers);
        return true;
    }

    // Where a string that starts (after its opening quote) at `start` must have ended.
    const char *stringScanEnd(const char *start) const
    {
        return m_end - start > m_limits.maxStringBytes ? start + m_limits.maxStringBytes + 1 : m_end;
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
        // One list per depth, kept for the next object there (a deque does not move its lists as it grows).
        if (m_memberLists.size() < size_t(m_depth))
            m_memberLists.resize(m_depth);
        std::vector<Member> &members = m_memberLists[m_depth - 1];
        members.clear();
        for (;;) {
            skipWhitespace();
            if (m_pos == m_end || *m_pos != '"')
                return failUnexpected();
            if (qsizetype(members.size()) == m_limits.maxMembersPerObject)
                return overLimit(Problem::TooManyMembers, m_pos, m_limits.maxMembersPerObject);
            Member &member = members.emplace_back();
            member.offset = m_pos - m_begin;
            member.plainName = plainString();
            if (!member.plainName.data() && !parseString(member.name))
                return false;
            skipWhitespace();
            if (!consume(':'))
                return false;
            // Parsing the value may add lists to m_memberLists, but never moves this one or its members.
            if (!parseValue(member.value))
                return false;
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
                const bool built = build(members, object);
                members.clear();
                return built;
            }
            return failUnexpected();
        }
    }

    // A string of printable ASCII without escapes (most names and many values), as a view of the input
    // that needs no conversion; null, with m_pos unmoved, for any other string. m_pos is on the quote.
    QLatin1StringView plainString()
    {
        const char *const start = m_pos + 1;
        const char *const scanEnd = stringScanEnd(start);
        const char *end = start;
        while (end != scanEnd && *end >= 0x20 && *end < 0x7f && *end != '"' && *end != '\\')
            ++end;
        if (end == scanEnd || *end != '"')
            return {};
        m_pos = end + 1;
        return QLatin1StringView(start, end - start);
    }

    // Refuses a repeated name (naming its first repetition in document order), else fills the object.
    bool build(std::vector<Member> &members, QJsonObject &object)
    {
        if (!std::is_sorted(members.begin(), members.end(), inObjectOrder))
            std::sort(members.begin(), members.end(), inObjectOrder);
        const Member *repeated = nullptr;
        for (size_t i = 1; i < members.size(); ++i) {
            if (compareNames(members[i - 1], members[i]) == 0
                && (!repeated || members[i].offset < repeated->offset))
                repeated = &members[i];
        }
        if (repeated) {
            return fail(Problem::DuplicateMember, m_begin + repeated->offset,
                        repeated->plainName.data() ? QString(repeated->plainName) : repeated->name);
        }
        for (const Member &member : members) {
            if (member.plainName.data())
                object.insert(member.plainName, member.value);
            else
                object.insert(member.name, member.value);
        }
        return true;
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
        if (++m_values > m_limits.maxValues)
            return overLimit(Problem::TooManyValues, m_pos, m_limits.maxValues);
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
            if (const QLatin1StringView plain = plainString(); plain.data()) {
                value = QJsonValue(plain);
                return true;
            }
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

    // Reads the four hex digits after "\u"; m_pos is on the backslash.
    bool parseUnicodeEscape(char16_t &unit)
    {
        if (m_end - m_pos < 6)
            return fail(Problem::InvalidEscape, m_pos);
        unsigned value = 0;
        for (int i = 2; i < 6; ++i) {
            const int digit = TextChecks::hexDigitValue(m_pos[i]);
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
        const char *const quote = m_pos;
        ++m_pos;
        const char *const start = m_pos;
        const char *const scanEnd = stringScanEnd(start);
        const char *runStart = m_pos;
        for (;;) {
            if (m_pos >= scanEnd) { // an escape may step past it
                if (m_pos - start > m_limits.maxStringBytes)
                    return overLimit(Problem::StringTooLong, quote, m_limits.maxStringBytes);
                return fail(Problem::UnexpectedEnd, m_pos);
            }
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
    const StrictJson::Limits m_limits;
    int m_depth = 0;
    qsizetype m_containers = 0;
    qsizetype m_values = 1; // the top-level object
    std::deque<std::vector<Member>> m_memberLists; // [depth - 1]: the members of the open object there
    StrictJson::Failure m_failure;
};
} // namespace

std::optional<QJsonObject> StrictJsonParser::parse(QByteArrayView utf8, const StrictJson::Limits &limits,
                                                   StrictJson::Failure *failure)
{
    Parser parser(utf8, limits);
    std::optional<QJsonObject> object = parser.parseDocument();
    if (failure)
        *failure = object ? StrictJson::Failure {} : parser.failure();
    return object;
}
