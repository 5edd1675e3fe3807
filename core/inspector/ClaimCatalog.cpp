#include "inspector/ClaimCatalog.h"

#include <QString>
#include <QStringList>

namespace {

// clang-format off
constexpr ClaimInfo Claims[] = {
    // RFC 7519 §4.1: registered claims
    {"iss", QT_TRANSLATE_NOOP("TokenInspector", "Issuer: who created and signed the token."), "RFC 7519", false},
    {"sub", QT_TRANSLATE_NOOP("TokenInspector", "Subject: the user or client the token is about."), "RFC 7519", false},
    {"aud", QT_TRANSLATE_NOOP("TokenInspector", "Audience: the services the token is meant for; any other service must refuse it."), "RFC 7519", false},
    {"exp", QT_TRANSLATE_NOOP("TokenInspector", "Expiration time: the token must not be accepted from this moment on."), "RFC 7519", true},
    {"nbf", QT_TRANSLATE_NOOP("TokenInspector", "Not before: the token must not be accepted before this moment."), "RFC 7519", true},
    {"iat", QT_TRANSLATE_NOOP("TokenInspector", "Issued at: when the token was created."), "RFC 7519", true},
    {"jti", QT_TRANSLATE_NOOP("TokenInspector", "JWT ID: a unique identifier of this token, used to revoke it and to detect replays."), "RFC 7519", false},
    // RFC 9068: JWT access tokens
    {"client_id", QT_TRANSLATE_NOOP("TokenInspector", "Client ID: the application that requested the token."), "RFC 9068", false},
    {"scope", QT_TRANSLATE_NOOP("TokenInspector", "Scope: the permissions granted, separated by spaces."), "RFC 9068", false},
    {"auth_time", QT_TRANSLATE_NOOP("TokenInspector", "Authentication time: when the user last signed in actively."), "RFC 9068", true},
    {"acr", QT_TRANSLATE_NOOP("TokenInspector", "Authentication context class: how strongly the user was authenticated."), "RFC 9068", false},
    {"amr", QT_TRANSLATE_NOOP("TokenInspector", "Authentication methods: how the user signed in (for example pwd, otp, mfa)."), "RFC 9068", false},
    {"roles", QT_TRANSLATE_NOOP("TokenInspector", "Roles of the user."), "RFC 9068", false},
    {"groups", QT_TRANSLATE_NOOP("TokenInspector", "Groups the user belongs to."), "RFC 9068", false},
    {"entitlements", QT_TRANSLATE_NOOP("TokenInspector", "Entitlements: individual permissions of the user."), "RFC 9068", false},
    // Other registered claims
    {"cnf", QT_TRANSLATE_NOOP("TokenInspector", "Confirmation: the key the token is bound to; the caller must prove it holds that key."), "RFC 7800", false},
    {"act", QT_TRANSLATE_NOOP("TokenInspector", "Actor: who is acting on behalf of the subject (delegation)."), "RFC 8693", false},
    {"may_act", QT_TRANSLATE_NOOP("TokenInspector", "Who may act on behalf of the subject."), "RFC 8693", false},
    {"sid", QT_TRANSLATE_NOOP("TokenInspector", "Session ID: the sign-in session the token belongs to."), "OpenID Connect Front-Channel Logout 1.0", false},
    // OpenID Connect Core 1.0 (ID tokens and standard claims)
    {"azp", QT_TRANSLATE_NOOP("TokenInspector", "Authorized party: the client the token was issued to."), "OpenID Connect Core 1.0", false},
    {"nonce", QT_TRANSLATE_NOOP("TokenInspector", "Nonce: a value from the sign-in request that ties the token to it and prevents replays."), "OpenID Connect Core 1.0", false},
    {"at_hash", QT_TRANSLATE_NOOP("TokenInspector", "Access token hash: binds an ID token to an access token."), "OpenID Connect Core 1.0", false},
    {"c_hash", QT_TRANSLATE_NOOP("TokenInspector", "Code hash: binds an ID token to an authorization code."), "OpenID Connect Core 1.0", false},
    {"name", QT_TRANSLATE_NOOP("TokenInspector", "Full name of the user."), "OpenID Connect Core 1.0", false},
    {"given_name", QT_TRANSLATE_NOOP("TokenInspector", "Given (first) name of the user."), "OpenID Connect Core 1.0", false},
    {"family_name", QT_TRANSLATE_NOOP("TokenInspector", "Family (last) name of the user."), "OpenID Connect Core 1.0", false},
    {"middle_name", QT_TRANSLATE_NOOP("TokenInspector", "Middle name of the user."), "OpenID Connect Core 1.0", false},
    {"nickname", QT_TRANSLATE_NOOP("TokenInspector", "Casual name of the user."), "OpenID Connect Core 1.0", false},
    {"preferred_username", QT_TRANSLATE_NOOP("TokenInspector", "The name the user prefers to be shown as; not guaranteed to be unique."), "OpenID Connect Core 1.0", false},
    {"profile", QT_TRANSLATE_NOOP("TokenInspector", "URL of the user's profile page."), "OpenID Connect Core 1.0", false},
    {"picture", QT_TRANSLATE_NOOP("TokenInspector", "URL of the user's picture."), "OpenID Connect Core 1.0", false},
    {"website", QT_TRANSLATE_NOOP("TokenInspector", "URL of the user's website."), "OpenID Connect Core 1.0", false},
    {"email", QT_TRANSLATE_NOOP("TokenInspector", "E-mail address of the user."), "OpenID Connect Core 1.0", false},
    {"email_verified", QT_TRANSLATE_NOOP("TokenInspector", "Whether the e-mail address was verified."), "OpenID Connect Core 1.0", false},
    {"gender", QT_TRANSLATE_NOOP("TokenInspector", "Gender of the user."), "OpenID Connect Core 1.0", false},
    {"birthdate", QT_TRANSLATE_NOOP("TokenInspector", "Birthday of the user."), "OpenID Connect Core 1.0", false},
    {"zoneinfo", QT_TRANSLATE_NOOP("TokenInspector", "Time zone of the user."), "OpenID Connect Core 1.0", false},
    {"locale", QT_TRANSLATE_NOOP("TokenInspector", "Language and region of the user."), "OpenID Connect Core 1.0", false},
    {"phone_number", QT_TRANSLATE_NOOP("TokenInspector", "Phone number of the user."), "OpenID Connect Core 1.0", false},
    {"phone_number_verified", QT_TRANSLATE_NOOP("TokenInspector", "Whether the phone number was verified."), "OpenID Connect Core 1.0", false},
    {"address", QT_TRANSLATE_NOOP("TokenInspector", "Postal address of the user."), "OpenID Connect Core 1.0", false},
    {"updated_at", QT_TRANSLATE_NOOP("TokenInspector", "When the user's information was last updated."), "OpenID Connect Core 1.0", true},
};

constexpr ClaimInfo HeaderParameters[] = {
    {"alg", QT_TRANSLATE_NOOP("TokenInspector", "Algorithm the token claims to be signed with. A verifier must use its key's algorithm, not this value."), "RFC 7515", false},
    {"typ", QT_TRANSLATE_NOOP("TokenInspector", "Type of the token, for example JWT or at+jwt (an OAuth access token)."), "RFC 7515", false},
    {"cty", QT_TRANSLATE_NOOP("TokenInspector", "Content type of the payload; JWT here means a nested token."), "RFC 7515", false},
    {"kid", QT_TRANSLATE_NOOP("TokenInspector", "Key ID: which of the issuer's keys signed the token."), "RFC 7515", false},
    {"jku", QT_TRANSLATE_NOOP("TokenInspector", "JWK Set URL: a link to keys. A verifier must never fetch keys from a link in the token."), "RFC 7515", false},
    {"jwk", QT_TRANSLATE_NOOP("TokenInspector", "An embedded public key. A verifier must never trust a key the token brings along."), "RFC 7515", false},
    {"x5u", QT_TRANSLATE_NOOP("TokenInspector", "X.509 URL: a link to a certificate. A verifier must never fetch it from the token's say-so."), "RFC 7515", false},
    {"x5c", QT_TRANSLATE_NOOP("TokenInspector", "An embedded X.509 certificate chain. A verifier must never trust it without its own checks."), "RFC 7515", false},
    {"x5t", QT_TRANSLATE_NOOP("TokenInspector", "SHA-1 thumbprint of the signing certificate."), "RFC 7515", false},
    {"x5t#S256", QT_TRANSLATE_NOOP("TokenInspector", "SHA-256 thumbprint of the signing certificate."), "RFC 7515", false},
    {"crit", QT_TRANSLATE_NOOP("TokenInspector", "Critical extensions: header parameters a verifier must understand, or else refuse the token."), "RFC 7515", false},
    {"b64", QT_TRANSLATE_NOOP("TokenInspector", "Whether the payload is base64url-encoded (unencoded payloads are not supported)."), "RFC 7797", false},
};
// clang-format on

template<size_t N>
const ClaimInfo *find(const ClaimInfo (&table)[N], QStringView name)
{
    for (const ClaimInfo &info : table) {
        if (name == QLatin1StringView(info.name))
            return &info;
    }
    return nullptr;
}

// Words at separators and camelCase humps, lower-cased: "userPIN_code" -> user, pin, code.
QStringList words(QStringView name)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
            continue;
        }
        const bool hump = c.isUpper() && i > 0 && name.at(i - 1).isLower();
        if (hump && !current.isEmpty()) {
            result.append(current);
            current.clear();
        }
        current += c.toLower();
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}
} // namespace

const ClaimInfo *ClaimCatalog::claim(QStringView name)
{
    return find(Claims, name);
}

const ClaimInfo *ClaimCatalog::headerParameter(QStringView name)
{
    return find(HeaderParameters, name);
}

bool ClaimCatalog::looksSensitive(QStringView name)
{
    static const QStringList sensitiveWords = {
        QStringLiteral("password"),   QStringLiteral("passwd"),     QStringLiteral("pwd"),
        QStringLiteral("passphrase"), QStringLiteral("secret"),     QStringLiteral("ssn"),
        QStringLiteral("card"),       QStringLiteral("cvv"),        QStringLiteral("cvc"),
        QStringLiteral("iban"),       QStringLiteral("pin"),        QStringLiteral("private"),
        QStringLiteral("apikey"),     QStringLiteral("credential"), QStringLiteral("credentials"),
    };
    // Compounds written as one word ("apikey", "creditcard", "clientsecret").
    static const QStringList sensitiveParts = {
        QStringLiteral("password"),   QStringLiteral("passwd"),     QStringLiteral("secret"),
        QStringLiteral("apikey"),     QStringLiteral("privatekey"), QStringLiteral("creditcard"),
        QStringLiteral("cardnumber"),
    };
    const QStringList parts = words(name);
    for (const QString &word : parts) {
        if (sensitiveWords.contains(word))
            return true;
    }
    const QString joined = parts.join(QString());
    for (const QString &part : sensitiveParts) {
        if (joined.contains(part))
            return true;
    }
    return false;
}
