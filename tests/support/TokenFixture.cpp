#include "TokenFixture.h"

#include "ResultAssertions.h"
#include "jose/JwsDecoder.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"

#include <QTest>

TokenPair TokenFixture::signIn(const QString &username)
{
    const Result<TokenPair> pair = backend()
                                       .signIn()
                                       .login(username, QStringLiteral("correct horse battery"),
                                              ClientInfo {QStringLiteral("10.1.1.1"), {}})
                                       .result();
    if (!pair) {
        QTest::qFail(qPrintable(describeError(pair.error())), __FILE__, __LINE__);
        return {};
    }
    return pair.value();
}

QString TokenFixture::verdictOn(const QString &token)
{
    const Result<AuthenticatedToken> verified = backend().tokenVerifier().verifyAccessToken(token.toLatin1());
    return verified ? QStringLiteral("valid") : verified.error().codeName();
}

QJsonObject TokenFixture::payloadOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().payload;
}

QJsonObject TokenFixture::headerOf(const QString &token)
{
    return JwsDecoder::decode(token.toLatin1()).value().header;
}
