#include "HttpSyntax.h"

#include "common/TextChecks.h"

#include <arpa/inet.h>
#include <array>

namespace {

using namespace HttpSyntax;

bool isPctEncodedAt(QByteArrayView text, qsizetype i)
{
    return i + 2 < text.size() && TextChecks::hexDigitValue(text[i + 1]) >= 0
        && TextChecks::hexDigitValue(text[i + 2]) >= 0;
}

// Every byte is in one of `classes` or the start of "%HH".
bool consistsOf(QByteArrayView text, unsigned char classes)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (hasClass(c, classes))
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
    while (length < text.size() && hasClass(text[length], Token))
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

bool isAbsolutePath(QByteArrayView path)
{
    return path.startsWith('/') && consistsOf(path, Unreserved | SubDelim | PathExtra | Slash);
}

bool isQuery(QByteArrayView query)
{
    return consistsOf(query, Unreserved | SubDelim | PathExtra | Slash | QueryExtra);
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
    // The port: the digits after the last ':' (none may follow an IPv6 literal's closing bracket).
    qsizetype portStart = authority.size();
    while (portStart > 0 && authority[portStart - 1] >= '0' && authority[portStart - 1] <= '9')
        --portStart;
    QByteArrayView host = authority;
    if (portStart > 0 && authority[portStart - 1] == ':')
        host = authority.first(portStart - 1);
    if (host.startsWith('['))
        return isIpLiteral(host);
    return !host.isEmpty() && consistsOf(host, Unreserved | SubDelim);
}

} // namespace HttpSyntax
