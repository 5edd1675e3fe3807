#include "RequestAuthentication.h"

#include "HttpRequest.h"
#include "jose/StrictJson.h"
#include "jose/TokenFailure.h"

namespace RequestAuthentication {

QByteArray presentedToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return authorization.mid(7).trimmed();
    return request.header("x-access-tokens").trimmed();
}

Result<AuthenticatedToken> authenticate(const AccessTokenVerifier &tokens, HttpRequest &request)
{
    // RFC 6750 §3.1: a request that presents a token more than one way is invalid_request. Otherwise a
    // proxy that checks the Authorization header and this server could each act on a different token.
    // (Two Authorization fields never get this far: the parser refuses them.)
    if (request.headers().contains("x-access-tokens")
        && (request.headers().count("x-access-tokens") > 1 || request.headers().contains("authorization")))
        return Error::invalid(ErrorCode::InvalidRequest,
                              QStringLiteral("Send the access token once: in Authorization or in "
                                             "x-access-tokens, not both."));
    const QByteArray token = presentedToken(request);
    if (token.isEmpty())
        return TokenFailures::error(
            TokenFailure::Malformed,
            QT_TRANSLATE_NOOP("Error", "No access token was sent; use Authorization: Bearer <token>."));
    Result<AuthenticatedToken> verified = tokens.verifyAccessToken(token);
    if (verified)
        request.setUserLabel(verified->claims.username);
    return verified;
}

std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.size() <= 6 || authorization.first(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !StrictJson::isValidUtf8(decoded.decoded))
        return std::nullopt;
    const QByteArray &pair = decoded.decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::make_pair(QString::fromUtf8(pair.first(colon)), QString::fromUtf8(pair.mid(colon + 1)));
}

ClientInfo clientOf(const HttpRequest &request)
{
    QHostAddress address = request.remoteAddress();
    // An IPv4 client of a dual-stack socket shows up as ::ffff:a.b.c.d; log it as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return ClientInfo {address.toString(), QString::fromUtf8(request.header("User-Agent")).left(512)};
}

} // namespace RequestAuthentication
