#include "jose/TokenFailure.h"

namespace {
struct FailureEntry
{
    TokenFailure failure;
    const char *code;
    const char *summary;
};

// clang-format off
constexpr FailureEntry Entries[] = {
    {TokenFailure::Malformed, "token_malformed",
     QT_TRANSLATE_NOOP("Error", "The token is malformed.")},
    {TokenFailure::TooLarge, "token_too_large",
     QT_TRANSLATE_NOOP("Error", "The token is too large.")},
    {TokenFailure::BadSignature, "token_bad_signature",
     QT_TRANSLATE_NOOP("Error", "The token signature is not valid.")},
    {TokenFailure::UnknownKid, "token_unknown_kid",
     QT_TRANSLATE_NOOP("Error", "The token was signed with a key this server does not know.")},
    {TokenFailure::AlgorithmNotAllowed, "token_algorithm_not_allowed",
     QT_TRANSLATE_NOOP("Error", "The token algorithm is not allowed for its key.")},
    {TokenFailure::AlgNone, "token_alg_none",
     QT_TRANSLATE_NOOP("Error", "Unsigned tokens (alg none) are never accepted.")},
    {TokenFailure::UnsupportedCrit, "token_unsupported_crit",
     QT_TRANSLATE_NOOP("Error", "The token requires an extension this server does not support.")},
    {TokenFailure::Expired, "token_expired",
     QT_TRANSLATE_NOOP("Error", "The token has expired.")},
    {TokenFailure::NotYetValid, "token_not_yet_valid",
     QT_TRANSLATE_NOOP("Error", "The token is not valid yet.")},
    {TokenFailure::IssuedInFuture, "token_issued_in_future",
     QT_TRANSLATE_NOOP("Error", "The token claims to be issued in the future.")},
    {TokenFailure::WrongIssuer, "token_wrong_issuer",
     QT_TRANSLATE_NOOP("Error", "The token was issued by an issuer this server does not accept.")},
    {TokenFailure::WrongAudience, "token_wrong_audience",
     QT_TRANSLATE_NOOP("Error", "The token is meant for a different audience.")},
    {TokenFailure::MissingClaim, "token_missing_claim",
     QT_TRANSLATE_NOOP("Error", "The token lacks a required claim.")},
    {TokenFailure::InvalidClaim, "token_invalid_claim",
     QT_TRANSLATE_NOOP("Error", "A token claim has an invalid value.")},
    {TokenFailure::WrongType, "token_wrong_type",
     QT_TRANSLATE_NOOP("Error", "The token is not of the required type.")},
    {TokenFailure::Revoked, "token_revoked",
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

QLatin1StringView TokenFailures::code(TokenFailure failure)
{
    return QLatin1StringView(entryFor(failure).code);
}

std::optional<TokenFailure> TokenFailures::fromCode(QStringView code)
{
    for (const FailureEntry &entry : Entries) {
        if (code == QLatin1StringView(entry.code))
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
    return Error(ErrorKind::Unauthorized, QString::fromLatin1(entry.code),
                 QString::fromLatin1(message ? message : entry.summary), std::move(arguments));
}

std::optional<TokenFailure> TokenFailures::of(const Error &error)
{
    if (error.kind() != ErrorKind::Unauthorized)
        return std::nullopt;
    return fromCode(error.code());
}
