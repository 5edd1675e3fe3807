#pragma once

#include "common/Error.h"

#include <QLatin1StringView>
#include <QList>

#include <optional>

// Why a token was refused: the one list of token error codes.
//
// Every failure is an Error of kind Unauthorized whose code() is one of the codes below. They are part of
// the REST contract: the HTTP layer answers every one of them with 401 and
//   WWW-Authenticate: Bearer error="invalid_token", error_description="<Error::message()>"
// and the GUI explains them with summary(). The messages never contain text taken from the token, a
// double quote or a backslash, so they can go into that header as they are (RFC 6750 §3).
enum class TokenFailure {
    Malformed, // token_malformed: not three strict base64url segments of strict JSON
    TooLarge, // token_too_large
    BadSignature, // token_bad_signature
    UnknownKid, // token_unknown_kid: no key with that kid (or no single active key)
    AlgorithmNotAllowed, // token_algorithm_not_allowed: alg unknown or not the key's algorithm
    AlgNone, // token_alg_none
    UnsupportedCrit, // token_unsupported_crit
    Expired, // token_expired
    NotYetValid, // token_not_yet_valid
    IssuedInFuture, // token_issued_in_future
    WrongIssuer, // token_wrong_issuer
    WrongAudience, // token_wrong_audience
    MissingClaim, // token_missing_claim
    InvalidClaim, // token_invalid_claim: a claim of the wrong JSON type
    WrongType, // token_wrong_type: the typ header is not the one required
    Revoked, // token_revoked: reserved for the token store's revocation check
};

namespace TokenFailures {
QList<TokenFailure> all();

// The error code, e.g. ErrorCode::TokenExpired ("token_expired" on the wire).
ErrorCode code(TokenFailure failure);
std::optional<TokenFailure> fromCode(ErrorCode code);

// One English sentence explaining the failure to a person, marked with QT_TRANSLATE_NOOP("Error", …).
const char *summary(TokenFailure failure);

// An Unauthorized Error with the failure's code. `message` is an English source text marked with
// QT_TRANSLATE_NOOP("Error", …) (summary() when null); `arguments` fill its %1, %2….
Error error(TokenFailure failure, const char *message = nullptr, QStringList arguments = {});

// The failure an Error stands for, if it is a token failure.
std::optional<TokenFailure> of(const Error &error);
} // namespace TokenFailures
