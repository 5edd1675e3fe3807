#pragma once

#include "HttpResponse.h"

#include <QByteArray>

// Turns an HttpResponse into the bytes of an HTTP/1.1 response. The server, not the handler, writes the
// framing headers (Content-Length, Connection), Date and Server; header fields a handler set that would
// break the framing or inject lines (CR, LF or NUL in a value, a non-token name) are dropped and logged.
class HttpResponseEncoder
{
public:
    struct Options
    {
        bool headOnly = false; // HEAD: the GET answer's headers and Content-Length, no body
        bool closeConnection = false; // adds "Connection: close"
        bool http10KeepAlive = false; // adds "Connection: keep-alive" for an HTTP/1.0 client that asked
    };

    static QByteArray encode(const HttpResponse &response, const Options &options);
    // "HTTP/1.1 100 Continue" with nothing after it.
    static QByteArray continueLine();
    // The IMF-fixdate for now, cached per thread for the current second.
    static QByteArray currentDate();
    static bool statusAllowsBody(int status) { return status >= 200 && status != 204 && status != 304; }
};
