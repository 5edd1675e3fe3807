#pragma once

#include "common/Error.h"
#include "inspector/ReportSentence.h"

// The Token Inspector's verdict on a token, apart from the report that carries it: what each refusal of
// core/jose's checks means as a verdict, and the sentence the verdict starts with.

// How the signature check (and, after a good signature, the claims check) came out.
enum class VerificationOutcome {
    NotChecked, // no key or secret was given; the token is only decoded
    Valid, // signature good, claims acceptable, not revoked
    Malformed, // not a well-formed signed token; malformedReason says what and where
    AlgNone, // unsigned token
    AlgorithmNotAllowed, // the token's algorithm is unsupported or does not fit the key
    UnsupportedCrit,
    UnknownKid, // no key for the token's kid
    KeyUnusable, // the PEM, JWK or secret given could not be used
    LookupFailed, // the key resolver failed (for example the key store is unavailable)
    BadSignature,
    Expired,
    NotYetValid,
    IssuedInFuture,
    WrongIssuer,
    WrongAudience,
    WrongType,
    MissingClaim,
    InvalidClaim,
    Revoked,
};

namespace VerificationOutcomes {
// The outcome a refusal stands for: a token failure's own outcome, LookupFailed for any other error (the
// key store was unavailable, for example).
VerificationOutcome of(const Error &error);

// One sentence for the outcome: what the verdict says first.
ReportSentence sentence(VerificationOutcome outcome);
} // namespace VerificationOutcomes
