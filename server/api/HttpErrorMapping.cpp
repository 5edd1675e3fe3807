#include "HttpErrorMapping.h"

#include "HttpLogging.h"

QByteArray HttpErrorMapping::authenticateChallenge(const Error &error)
{
    // A failed sign-in asks for credentials (the sign-in routes accept HTTP Basic); everything else was a
    // bad or missing token (RFC 6750 §3).
    if (error.code() == ErrorCode::InvalidCredentials)
        return QByteArrayLiteral("Basic realm=\"bookwarden\", charset=\"UTF-8\"");
    QByteArray description = error.message().toUtf8();
    // A quoted-string may not hold '"' or '\\', nor control characters (header injection).
    description.replace('"', '\'').replace('\\', '/');
    for (char &c : description) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    return QByteArrayLiteral("Bearer realm=\"bookwarden\", error=\"invalid_token\", error_description=\"")
        + description + '"';
}

int HttpErrorMapping::statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return 400;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Stale:
        return 412;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::Throttled:
        return 429;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Storage:
        return 500;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

int HttpErrorMapping::statusFor(const Error &error)
{
    if (error.code() == ErrorCode::UnsupportedMediaType)
        return 415;
    return statusFor(error.kind());
}

HttpResponse HttpErrorMapping::response(const Error &error)
{
    const int status = statusFor(error);
    if (error.kind() == ErrorKind::Storage || error.kind() == ErrorKind::Internal) {
        qCWarning(lcHttp).noquote() << "answering 500 for:" << error.detailedMessage();
        const QString code = error.kind() == ErrorKind::Storage ? QStringLiteral("storage_error")
                                                                : QStringLiteral("internal_error");
        return HttpResponse::error(status, code,
                                   QStringLiteral("The server could not complete this request."));
    }
    HttpResponse response = HttpResponse::error(status, error.codeName(), error.message(), error.fields());
    if (error.kind() == ErrorKind::Unauthorized)
        response.headers().append(QByteArrayLiteral("WWW-Authenticate"), authenticateChallenge(error));
    if (error.kind() == ErrorKind::Unavailable)
        response.headers().append(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    if (error.kind() == ErrorKind::Throttled && error.retryAfterSeconds() > 0)
        response.headers().append(QByteArrayLiteral("Retry-After"),
                                  QByteArray::number(error.retryAfterSeconds()));
    return response;
}
