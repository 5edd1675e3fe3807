#include "HttpErrorMapping.h"

#include "HttpLogging.h"

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

HttpResponse HttpErrorMapping::response(const Error &error)
{
    const int status = statusFor(error.kind());
    if (error.kind() == ErrorKind::Storage || error.kind() == ErrorKind::Internal) {
        qCWarning(lcHttp).noquote() << "answering 500 for:" << error.detailedMessage();
        const QString code = error.kind() == ErrorKind::Storage ? QStringLiteral("storage_error")
                                                                : QStringLiteral("internal_error");
        return HttpResponse::error(status, code,
                                   QStringLiteral("The server could not complete this request."));
    }
    HttpResponse response = HttpResponse::error(status, error.code(), error.message(), error.fields());
    if (error.kind() == ErrorKind::Unauthorized)
        response.headers().append(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    if (error.kind() == ErrorKind::Throttled && error.retryAfterSeconds() > 0)
        response.headers().append(QByteArrayLiteral("Retry-After"),
                                  QByteArray::number(error.retryAfterSeconds()));
    return response;
}
