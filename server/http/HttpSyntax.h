#pragma once

#include <QByteArrayView>

// The character classes and small grammars of RFC 9110, RFC 9112 and RFC 3986 that the request parser
// and the request-target decoder share, each written once. Everything here works on raw bytes and
// allocates nothing: it runs on every byte of every request head.
namespace HttpSyntax {

// tchar (RFC 9110 §5.6.2): the characters of methods, header names and transfer-coding names.
bool isTokenChar(char c);
bool isToken(QByteArrayView text);

// A field value after its leading and trailing whitespace are removed: visible ASCII, obs-text, and
// spaces or tabs between them; no control character (bare CR, LF and NUL included).
bool isFieldValue(QByteArrayView text);

// Optional whitespace (spaces and tabs) removed from both ends.
QByteArrayView trimmedOws(QByteArrayView text);

// RFC 3986 §2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".
bool isUnreserved(char c);

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
