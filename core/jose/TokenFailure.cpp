#include "jose/TokenFailure.h"

namespace {
struct FailureEntry
{
    TokenFailure failure;
    ErrorCode code;
    const char *summary;
};

// clang-format off
constexpr FailureEntry Entries[] = {
    {TokenFailure::Malformed, ErrorCode::TokenMalformed,
     QT_TRANSLATE_NOOP("Error", "The token is malformed.")},
    {TokenFailure::TooLarge, ErrorCode::TokenTooLarge,
     QT_TRANSLATE_NOOP("Error", "The token is too large.")},
    {TokenFailure::BadSignature, ErrorCode::TokenBadSignature,
     QT_TRANSLATE_NOOP("Error", "The token signature is not valid.")},
    {TokenFailure::UnknownKid, ErrorCode::TokenUnknownKid,
     QT_TRANSLATE_NOOP("Error", "The token was signed with a key this server does not know.")},
    {TokenFailure::AlgorithmNotAllowed, ErrorCode::TokenAlgorithmNotAllowed,
     QT_TRANSLATE_NOOP("Error", "The token algorithm is not allowed for its key.")},
    {TokenFailure::AlgNone, ErrorCode::TokenAlgNone,
     QT_TRANSLATE_NOOP("Error", "Unsigned tokens (alg none) are never accepted.")},
    {TokenFailure::UnsupportedCrit, ErrorCode::TokenUnsupportedCrit,
     QT_TRANSLATE_NOOP("Error", "The token requires an extension this server does not support.")},
    {TokenFailure::Expired, ErrorCode::TokenExpired,
     QT_TRANSLATE_NOOP("Error", "The token has expired.")},
    {TokenFailure::NotYetValid, ErrorCode::TokenNotYetValid,
     QT_TRANSLATE_NOOP("Error", "The token is not valid yet.")},
    {TokenFailure::IssuedInFuture, ErrorCode::TokenIssuedInFuture,
     QT_TRANSLATE_NOOP("Error", "The token claims to be issued in the future.")},
    {TokenFailure::WrongIssuer, ErrorCode::TokenWrongIssuer,
     QT_TRANSLATE_NOOP("Error", "The token was issued by an issuer this server does not accept.")},
    {TokenFailure::WrongAudience, ErrorCode::TokenWrongAudience,
     QT_TRANSLATE_NOOP("Error", "The token is meant for a different audience.")},
    {TokenFailure::MissingClaim, ErrorCode::TokenMissingClaim,
     QT_TRANSLATE_NOOP("Error", "The token lacks a required claim.")},
    {TokenFailure::InvalidClaim, ErrorCode::TokenInvalidClaim,
     QT_TRANSLATE_NOOP("Error", "A token claim has an invalid value.")},
    {TokenFailure::WrongType, ErrorCode::TokenWrongType,
     QT_TRANSLATE_NOOP("Error", "The token is not of the required type.")},
    {TokenFailure::Revoked, ErrorCode::TokenRevoked,
     QT_TRANSLATE_NOOP("Error", "The token has been revoked.")},
};
// clang-format on

const FailureEntry &entryFor(TokenFailure failure)
{
    for (const FailureEntry &entry : Entries) {
        if (entry.failure == failure)
            return entry;
    }
    return Entries[0];
}
} // namespace

QList<TokenFailure> TokenFailures::all()
{
    QList<TokenFailure> failures;
    for (const FailureEntry &entry : Entries)
        failures.append(entry.failure);
    return failures;
}

ErrorCode TokenFailures::code(TokenFailure failure)
{
    return entryFor(failure).code;
}

std::optional<TokenFailure> TokenFailures::fromCode(ErrorCode code)
{
    for (const FailureEntry &entry : Entries) {
        if (code == entry.code)
            return entry.failure;
    }
    return std::nullopt;
}

const char *TokenFailures::summary(TokenFailure failure)
{
    return entryFor(failure).summary;
}

Error TokenFailures::error(TokenFailure failure, const char *message, QStringList arguments)
{
    const FailureEntry &entry = entryFor(failure);
    return Error(ErrorKind::Unauthorized, entry.code, QString::fromLatin1(message ? message : entry.summary),
                 std::move(arguments));
}

std::optional<TokenFailure> TokenFailures::of(const Error &error)
{
    if (error.kind() != ErrorKind::Unauthorized)
        return std::nullopt;
    return fromCode(error.code());
}
