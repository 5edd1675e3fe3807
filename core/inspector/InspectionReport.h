#pragma once

#include "common/Error.h"
#include "inspector/ReportSentence.h"
#include "inspector/VerificationOutcome.h"
#include "jose/JwsDecoder.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The Token Inspector's report on one token: plain values, nothing in it trusted, every sentence a
// ReportSentence the GUI can translate.

struct InspectedSegment
{
    JwsSegment::Role role = JwsSegment::Role::Header;
    QByteArray raw; // the segment as it is in the token
    std::optional<QByteArray> bytes; // decoded, when it is strict base64url
    QString prettyJson; // header and payload, when they are JSON objects (indented)
    QString text; // header and payload that decode but are no JSON object, as text (invalid UTF-8 replaced)
    std::optional<Error> problem; // why the segment could not be read, and where
};

struct ClaimExplanation
{
    QString name; // from the token
    QString valueJson; // the value as compact JSON
    ReportSentence explanation; // what the claim means, or that it is not a registered claim
    const char *specification = nullptr; // "RFC 7519"… for known claims
    bool known = false;

    // For time claims (exp, nbf, iat, auth_time, updated_at) holding a number in the range of QDateTime.
    bool isTime = false;
    QDateTime utc;
    QString utcIso; // 2026-01-01T00:14:00Z
    QString localIso; // the same moment in the local time zone, with its offset
    ReportSentence relative; // "expires in 14 min", "expired 3 h ago"
};

struct InspectionWarning
{
    // What the warning is about: warnings are told apart by their kind, never by their text.
    enum class Kind {
        AlgNone, // the token is unsigned
        UnsupportedAlgorithm,
        EmbeddedKey, // jwk, jku, x5u or x5c in the header
        UnsupportedCrit,
        SuspiciousKid, // a kid that looks like a path, URL or SQL
        NoExpiry,
        InvalidClaimType, // exp, nbf or iat that is not a number
        Expired,
        NotYetValid,
        IssuedInFuture,
        LongLifetime, // more than 24 hours from iat to exp
        SensitiveClaim, // a claim name that suggests a secret or personal data
        PlaceholderSecret, // signed with a tutorial's secret
        WeakSecret, // an HMAC secret shorter than the hash
        PrivateKeyGiven,
    };

    Kind kind = Kind::AlgNone;
    ReportSentence text; // what is wrong
    ReportSentence advice; // what to do about it
    QString subject; // the claim or header parameter concerned, or the placeholder secret found
};

struct InspectionReport
{
    QByteArray token; // what was inspected (surrounding whitespace and a "Bearer " prefix removed)
    QList<ReportSentence> notes; // what was removed from the input, for example

    bool wellFormed = false; // three strict segments with JSON header and payload and an alg
    std::optional<Error> malformedReason;
    qsizetype segmentCount = 0;
    QList<InspectedSegment> segments; // the first three segments at most
    QJsonObject header;
    QJsonObject payload;
    QString algorithm; // header alg, kid and typ when they are strings
    QString kid;
    QString type;
    QList<ClaimExplanation> headerParameters;
    QList<ClaimExplanation> claims;

    VerificationOutcome outcome = VerificationOutcome::NotChecked;
    ReportSentence outcomeText; // one sentence for the outcome
    std::optional<Error> verificationError; // the detailed reason for a negative outcome
    ReportSentence keyDescription; // which key or secret was used
    QString revocationReason; // from the revocation check, when revoked

    QList<InspectionWarning> warnings;

    bool hasWarning(InspectionWarning::Kind kind) const
    {
        for (const InspectionWarning &warning : warnings) {
            if (warning.kind == kind)
                return true;
        }
        return false;
    }
    const InspectionWarning *warning(InspectionWarning::Kind kind) const
    {
        for (const InspectionWarning &warning : warnings) {
            if (warning.kind == kind)
                return &warning;
        }
        return nullptr;
    }
};
