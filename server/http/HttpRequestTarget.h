#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

// The request target of a request line, taken apart the way the router matches it: the path as decoded
// segments and the query still encoded. Accepts origin-form ("/a/b?q"), absolute-form
// ("http://host/a/b?q", whose authority is ignored) and, for OPTIONS, "*" (no segments).
//
// Each segment is percent-decoded on its own, after splitting at '/', so that an encoded slash can never
// create a segment boundary; empty and "." segments are dropped. Refused (Error::invalid): "..", NUL, an
// encoded '/', malformed escapes, invalid UTF-8, fragments, and any other form.
struct HttpRequestTarget
{
    QStringList segments;
    QByteArray rawQuery;

    // `target` is printable ASCII without spaces (the request-line parser checks that first).
    static Result<HttpRequestTarget> parse(QByteArrayView target, bool isOptions);
};
