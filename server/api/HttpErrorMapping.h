#pragma once

#include "HttpResponse.h"
#include "common/Error.h"

// The one place where a core Error becomes an HTTP answer: each ErrorKind has one status, and the body
// is the API's error shape with the error's stable code and English message (plus "fields" for
// Invalid). Storage and Internal details stay in the log, not in the answer. One code is about HTTP itself
// and has its own status: unsupported_media_type (415, a body whose Content-Type is not JSON).
class HttpErrorMapping
{
public:
    static int statusFor(ErrorKind kind);
    static int statusFor(const Error &error);
    static HttpResponse response(const Error &error);
    // The WWW-Authenticate value of a 401: Basic for failed sign-ins, otherwise
    // Bearer realm="bookwarden", error="invalid_token", error_description="…" (RFC 6750).
    static QByteArray authenticateChallenge(const Error &error);
};
