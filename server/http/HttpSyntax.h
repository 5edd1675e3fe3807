#pragma once

#include <QByteArrayView>

#include <array>

// The character classes and small grammars of RFC 9110, RFC 9112 and RFC 3986 that the request parser
// and the request-target decoder share, each written once. Everything here works on raw bytes and
// allocates nothing: it runs on every byte of every request head.
namespace HttpSyntax {

// The character classes, one bit each, in one table (the predicates below are inline: they run on every
// byte of every head).
enum CharClass : unsigned char {
    Token = 1 << 0, // tchar (RFC 9110 §5.6.2)
    Unreserved = 1 << 1, // RFC 3986 §2.3
    SubDelim = 1 << 2,
    PathExtra = 1 << 3, // ":" and "@", the rest of pchar
    Slash = 1 << 4,
    QueryExtra = 1 << 5, // "?", and "[" "]" (see isQuery)
};

constexpr std::array<unsigned char, 256> makeCharClasses()
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
    add("/", Slash);
    add("?[]", QueryExtra);
    return table;
}
inline constexpr std::array<unsigned char, 256> charClasses = makeCharClasses();

inline bool hasClass(char c, unsigned char classes)
{
    return charClasses[static_cast<unsigned char>(c)] & classes;
}

// tchar: the characters of methods, header names and transfer-coding names.
inline bool isTokenChar(char c)
{
    return hasClass(c, Token);
}

inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A field value after its leading and trailing whitespace are removed: visible ASCII, obs-text, and
// spaces or tabs between them; no control character (bare CR, LF and NUL included).
inline bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Optional whitespace (spaces and tabs) removed from both ends.
inline QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// RFC 3986 §2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".
inline bool isUnreserved(char c)
{
    return hasClass(c, Unreserved);
}

// A path of an origin-form target, "/" then segments: every byte a pchar (unreserved, sub-delims, ":",
// "@") or "/" or a well-formed "%HH".
bool isAbsolutePath(QByteArrayView path);
// A query: pchar, "/", "?" or "%HH", and — deliberately, see docs/security.md — "[" and "]", which
// common clients (Python's requests, curl) send unencoded in query strings.
bool isQuery(QByteArrayView query);

// The extensions after a chunk size (RFC 9112 §7.1.1): *( ";" name [ "=" value ] ), names tokens, values
// tokens or quoted strings. The whitespace around ";" and "=" ("BWS") that RFC 9112 tells senders not to
// generate is refused: parsers disagree about it.
bool isChunkExtensions(QByteArrayView extensions);

// RFC 3986 host [":" port] as the Host header and absolute-form targets carry it: a reg-name of
// unreserved, sub-delims and "%HH", an IPv4 address, or an IPv6 literal in brackets; the port digits
// only. No userinfo ("user@host" is refused, RFC 9110 §4.2.4). An empty reg-name is refused here; the
// parser allows an empty Host field on its own.
bool isAuthority(QByteArrayView authority);

} // namespace HttpSyntax
