#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The request target of a request line, taken apart the way the router matches it: the path as decoded
// segments and the query still encoded. Accepts origin-form ("/a/b?q"), absolute-form
// ("http://host/a/b?q", whose authority is checked and then ignored) and, for OPTIONS, "*" (no
// segments).
//
// parse() fails (Error::invalid, the parser's 400) only on syntax: a byte outside RFC 3986's grammar for
// that part of the target ('"', '\', '{', '}', '|', '^', '`', '<', '>', spaces, controls, non-ASCII), a
// malformed "%HH", a fragment, or another form. A syntactically valid path is decoded segment by segment,
// after splitting at '/', so that an encoded slash can never create a segment boundary, and classified:
//   - Canonical: the one spelling of a path the router matches;
//   - Alias: a second spelling of some path — an empty segment ("//", a trailing '/'), a "." segment,
//     a percent-encoded unreserved character ("%68ealthz"), lower-case hex in an escape ("%c3%a9") —
//     which the router answers 404 and never matches, so that a rule about /metrics in a reverse proxy
//     cannot be bypassed by /metrics/ or /./metrics;
//   - Refused: "..", an encoded NUL or '/', or invalid UTF-8 once decoded; the router answers 400.
struct HttpRequestTarget
{
    enum class Form { Canonical, Alias, Refused };

    QStringList segments; // decoded; for an Alias, with its empty and "." segments kept
    QByteArray rawQuery;
    Form form = Form::Canonical;
    QString problem; // why, for an Alias or a Refused path (English, for the answer's message)

    static Result<HttpRequestTarget> parse(QByteArrayView target, bool isOptions);
};
