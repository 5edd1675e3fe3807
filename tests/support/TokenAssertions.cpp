#include "TokenAssertions.h"

#include "Backend.h"
#include "ResultAssertions.h"
#include "jose/JwsDecoder.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"

#include <QTest>

namespace TokenAssertions {

TokenPair signIn(Backend &backend, const QString &username, const QString &password)
{
    const Result<TokenPair> pair
        = backend.signIn().login(username, password, ClientInfo {QStringLiteral("10.1.1.1"), {}}).result();
    if (!pair) {
        QTest::qFail(qPrintable(describeError(pair.error())), __FILE__, __LINE__);
        return {};
    }
    return pair.value();
}

QJsonObject payloadOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().payload;
}

QJsonObject headerOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().header;
}

QString verdictOn(Backend &backend, const QString &token)
{
    const Result<AuthenticatedToken> verified = backend.tokenVerifier().verifyAccessToken(token.toLatin1());
    return verified ? QStringLiteral("valid") : verified.error().codeName();
}

} // namespace TokenAssertions
