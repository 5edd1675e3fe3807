#include "inspector/PlaceholderSecrets.h"

#include "jose/SigningKey.h"

const QList<QByteArray> &PlaceholderSecrets::all()
{
    static const QList<QByteArray> secrets = {
        "secret",
        "your_secret_key",
        "your-secret-key",
        "your-256-bit-secret", // jwt.io's HS256 example
        "your-384-bit-secret",
        "your-512-bit-secret",
        "a-string-secret-at-least-256-bits-long", // jwt.io's newer example
        "changeme",
        "change_me",
        "changeit",
        "password",
        "secretkey",
        "secret_key",
        "secret-key",
        "SECRET_KEY",
        "SECRET",
        "jwt_secret",
        "jwt-secret",
        "jwtsecret",
        "JWT_SECRET",
        "jwt_secret_key",
        "your_jwt_secret",
        "my_jwt_secret",
        "supersecret",
        "super_secret",
        "super-secret",
        "supersecretkey",
        "mysecret",
        "my_secret",
        "my-secret",
        "mysecretkey",
        "my_secret_key",
        "thisismysecretkey",
        "this_is_my_secret_key",
        "thisisasecret",
        "topsecret",
        "secret123",
        "s3cr3t",
        "shhhhh", // express-jwt's example
        "shhhhhared-secret",
        "keyboard cat", // express-session's example
        "token_secret",
        "access_secret",
        "refresh_secret",
        "auth_secret",
        "app_secret",
        "private",
        "key",
        "test",
        "default",
        "development",
        "123456",
        "12345678",
        "qwerty",
    };
    return secrets;
}

std::optional<QByteArray> PlaceholderSecrets::findSigningSecret(const QString &algorithm,
                                                                QByteArrayView signingInput,
                                                                QByteArrayView signature)
{
    const std::optional<JwsAlgorithm> parsed = JwsAlgorithms::fromName(algorithm);
    if (!parsed || !JwsAlgorithms::isHmac(*parsed) || signature.size() != JwsAlgorithms::hashSize(*parsed))
        return std::nullopt;
    for (const QByteArray &secret : all()) {
        const Result<SigningKey> key = SigningKey::fromSecretUnchecked(secret, *parsed);
        if (key && key->verify(signingInput, signature))
            return secret;
    }
    return std::nullopt;
}
