#include "HttpSyntax.h"

#include "common/TextChecks.h"

#include <arpa/inet.h>
#include <array>

namespace {

enum CharClass : unsigned char {
    Token = 1 << 0, // tchar
    Unreserved = 1 << 1,
    SubDelim = 1 << 2,
    PathExtra = 1 << 3, // ":" and "@", the rest of pchar
};

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> table {};
    const auto add = [&table](const char *characters, unsigned char flag) {
        for (const char *c = characters; *c; ++c)
            table[static_cast<unsigned char>(*c)] |= flag;
    };
    for (int c = '0'; c <= '9'; ++c)
        table[c] |= Token | Unreserved;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] |= Token | Unreserved;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] |= Token | Unreserved;
    add("!#$%&'*+-.^_`|~", Token);
    add("-._~", Unreserved);
    add("!$&'()*+,;=", SubDelim);
    add(":@", PathExtra);
    return table;
}
constexpr std::array<unsigned char, 256> classes = makeClasses();

bool has(char c, unsigned char flags)
{
    return classes[static_cast<unsigned char>(c)] & flags;
}

bool isPctEncodedAt(QByteArrayView text, qsizetype i)
{
    return i + 2 < text.size() && TextChecks::hexDigitValue(text[i + 1]) >= 0
        && TextChecks::hexDigitValue(text[i + 2]) >= 0;
}

// Every byte is in `flags`, one of `extra`, or the start of "%HH".
bool consistsOf(QByteArrayView text, unsigned char flags, QByteArrayView extra)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (has(c, flags) || extra.contains(c))
            continue;
        if (c != '%' || !isPctEncodedAt(text, i))
            return false;
        i += 2;
    }
    return true;
}

qsizetype tokenLength(QByteArrayView text)
{
    qsizetype length = 0;
    while (length < text.size() && has(text[length], Token))
        ++length;
    return length;
}

// quoted-string (RFC 9110 §5.6.4) at the start of `text`; returns its length, 0 when there is none.
qsizetype quotedStringLength(QByteArrayView text)
{
    if (text.isEmpty() || text.front() != '"')
        return 0;
    const auto isControl = [](unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7f; };
    for (qsizetype i = 1; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"')
            return i + 1;
        if (c == '\\') {
            if (++i == text.size() || isControl(static_cast<unsigned char>(text[i])))
                return 0;
        } else if (isControl(c)) {
            return 0;
        }
    }
    return 0;
}

bool isIpLiteral(QByteArrayView literal)
{
    // "[" IPv6address "]"; IPvFuture and zone identifiers are refused.
    if (literal.size() < 4 || literal.size() > 47 || literal.front() != '[' || literal.back() != ']')
        return false;
    char text[48] {};
    for (qsizetype i = 1; i + 1 < literal.size(); ++i) {
        const char c = literal[i];
        if (TextChecks::hexDigitValue(c) < 0 && c != ':' && c != '.')
            return false;
        text[i - 1] = c;
    }
    unsigned char address[16];
    return inet_pton(AF_INET6, text, address) == 1;
}

} // namespace

namespace HttpSyntax {

bool isTokenChar(char c)
{
    return has(c, Token);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!has(c, Token))
            return false;
    }
    return true;
}

bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isUnreserved(char c)
{
    return has(c, Unreserved);
}

bool isAbsolutePath(QByteArrayView path)
{
    return path.startsWith('/') && consistsOf(path, Unreserved | SubDelim | PathExtra, "/");
}

bool isQuery(QByteArrayView query)
{
    return consistsOf(query, Unreserved | SubDelim | PathExtra, "/?[]");
}

bool isChunkExtensions(QByteArrayView extensions)
{
    while (!extensions.isEmpty()) {
        if (extensions.front() != ';')
            return false;
        extensions = extensions.sliced(1);
        const qsizetype name = tokenLength(extensions);
        if (name == 0)
            return false;
        extensions = extensions.sliced(name);
        if (extensions.isEmpty() || extensions.front() != '=')
            continue;
        extensions = extensions.sliced(1);
        qsizetype value = tokenLength(extensions);
        if (value == 0)
            value = quotedStringLength(extensions);
        if (value == 0)
            return false;
        extensions = extensions.sliced(value);
    }
    return true;
}

bool isAuthority(QByteArrayView authority)
{
    QByteArrayView host = authority;
    if (!authority.startsWith('[') || authority.contains("]:")) {
        const qsizetype colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            for (char c : authority.sliced(colon + 1)) {
                if (c < '0' || c > '9')
                    return false;
            }
            host = authority.first(colon);
        }
    }
    if (host.startsWith('['))
        return isIpLiteral(host);
    return !host.isEmpty() && consistsOf(host, Unreserved | SubDelim, {});
}

} // namespace HttpSyntax
