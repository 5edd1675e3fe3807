#include "inspector/VerificationOutcome.h"

#include "jose/TokenFailure.h"

namespace VerificationOutcomes {

VerificationOutcome of(const Error &error)
{
    const std::optional<TokenFailure> failure = TokenFailures::of(error);
    if (!failure)
        return VerificationOutcome::LookupFailed;
    switch (*failure) {
    case TokenFailure::Malformed:
    case TokenFailure::TooLarge:
        return VerificationOutcome::Malformed;
    case TokenFailure::BadSignature:
        return VerificationOutcome::BadSignature;
    case TokenFailure::UnknownKid:
        return VerificationOutcome::UnknownKid;
    case TokenFailure::AlgorithmNotAllowed:
        return VerificationOutcome::AlgorithmNotAllowed;
    case TokenFailure::AlgNone:
        return VerificationOutcome::AlgNone;
    case TokenFailure::UnsupportedCrit:
        return VerificationOutcome::UnsupportedCrit;
    case TokenFailure::Expired:
        return VerificationOutcome::Expired;
    case TokenFailure::NotYetValid:
        return VerificationOutcome::NotYetValid;
    case TokenFailure::IssuedInFuture:
        return VerificationOutcome::IssuedInFuture;
    case TokenFailure::WrongIssuer:
        return VerificationOutcome::WrongIssuer;
    case TokenFailure::WrongAudience:
        return VerificationOutcome::WrongAudience;
    case TokenFailure::MissingClaim:
        return VerificationOutcome::MissingClaim;
    case TokenFailure::InvalidClaim:
        return VerificationOutcome::InvalidClaim;
    case TokenFailure::WrongType:
        return VerificationOutcome::WrongType;
    case TokenFailure::Revoked:
        return VerificationOutcome::Revoked;
    }
    return VerificationOutcome::LookupFailed;
}

ReportSentence sentence(VerificationOutcome outcome)
{
    switch (outcome) {
    case VerificationOutcome::NotChecked:
        return ReportSentence(
            QT_TRANSLATE_NOOP("TokenInspector", "Not checked: give a secret or key to check the signature."));
    case VerificationOutcome::Valid:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Valid: the signature matches the key and the claims are acceptable."));
    case VerificationOutcome::Malformed:
        return ReportSentence(
            QT_TRANSLATE_NOOP("TokenInspector", "Malformed: this is not a well-formed signed token."));
    case VerificationOutcome::AlgNone:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Not signed: the token declares the algorithm none and is never accepted."));
    case VerificationOutcome::AlgorithmNotAllowed:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Algorithm not allowed: the token's algorithm does not fit this key."));
    case VerificationOutcome::UnsupportedCrit:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Refused: the token requires an extension that is not supported."));
    case VerificationOutcome::UnknownKid:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Unknown key: there is no key for the token's key ID (kid)."));
    case VerificationOutcome::KeyUnusable:
        return ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "The key or secret given cannot be used."));
    case VerificationOutcome::LookupFailed:
        return ReportSentence(QT_TRANSLATE_NOOP("TokenInspector", "The key could not be looked up."));
    case VerificationOutcome::BadSignature:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Bad signature: the token was altered or signed with another key."));
    case VerificationOutcome::Expired:
        return ReportSentence(
            QT_TRANSLATE_NOOP("TokenInspector", "Expired: the signature is good but the token has expired."));
    case VerificationOutcome::NotYetValid:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Not yet valid: the signature is good but the token's nbf is in the future."));
    case VerificationOutcome::IssuedInFuture:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Issued in the future: the signature is good but iat lies ahead."));
    case VerificationOutcome::WrongIssuer:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector",
            "Wrong issuer: the signature is good but the token comes from another issuer."));
    case VerificationOutcome::WrongAudience:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector",
            "Wrong audience: the signature is good but the token is meant for another service."));
    case VerificationOutcome::WrongType:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector",
            "Wrong type: the signature is good but the token is not of the required type."));
    case VerificationOutcome::MissingClaim:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Missing claim: the signature is good but a required claim is missing."));
    case VerificationOutcome::InvalidClaim:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Invalid claim: the signature is good but a claim has the wrong type."));
    case VerificationOutcome::Revoked:
        return ReportSentence(QT_TRANSLATE_NOOP(
            "TokenInspector", "Revoked: the signature and claims are good but the token has been revoked."));
    }
    return {};
}

} // namespace VerificationOutcomes
