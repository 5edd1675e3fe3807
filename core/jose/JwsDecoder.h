#pragma once

#include "common/Result.h"
#include "jose/StrictJson.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// How much of a token the decoder is willing to look at. The defaults suit access tokens in an
// Authorization header; the Token Inspector raises maxTokenBytes.
struct JwsLimits
{
    static constexpr qsizetype DefaultMaxTokenBytes = 8 * 1024;

    qsizetype maxTokenBytes = DefaultMaxTokenBytes;
    StrictJson::Limits json; // the budget of the decoded header and payload
};

// A compact JWS taken apart by JwsDecoder::decode(). Nothing in it is verified: it says what the token
// claims, not whether that is true.
struct DecodedJws
{
    QByteArray compact; // the whole token, ASCII
    qsizetype firstDot = 0;
    qsizetype secondDot = 0;

    QByteArray headerJson; // the decoded segments
    QByteArray payloadJson;
    QByteArray signature;
    QJsonObject header;
    QJsonObject payload;
    QString algorithm; // the header's alg member as written (always a string)

    QByteArrayView encodedHeader() const { return QByteArrayView(compact).first(firstDot); }
    QByteArrayView encodedPayload() const
    {
        return QByteArrayView(compact).sliced(firstDot + 1, secondDot - firstDot - 1);
    }
    QByteArrayView encodedSignature() const { return QByteArrayView(compact).sliced(secondDot + 1); }
    // BASE64URL(header) '.' BASE64URL(payload): the bytes the signature covers (RFC 7515 §5.1).
    QByteArrayView signingInput() const { return QByteArrayView(compact).first(secondDot); }
};

// One segment of a token as the Token Inspector shows it, examined on its own so that a broken header does
// not hide a readable payload.
struct JwsSegment
{
    enum class Role { Header, Payload, Signature };

    Role role = Role::Header;
    QByteArray encoded;
    std::optional<QByteArray> decoded; // when the segment is strict base64url
    std::optional<QJsonObject> object; // header and payload, when they are strict JSON objects
    std::optional<Error> problem; // the first thing wrong with the segment
    // Where the problem is, 0-based: an index into `encoded` for base64url problems, a byte offset into
    // `decoded` when problemInJson is set.
    qsizetype problemOffset = -1;
    bool problemInJson = false;
    StrictJson::Failure jsonFailure; // details of a JSON problem (the duplicate name comes from the token)
};

// Everything the decoder can say about a token, correct or not.
struct JwsDissection
{
    qsizetype size = 0;
    qsizetype segmentCount = 0; // number of dot-separated parts (0 when the token was too large to split)
    std::optional<Error> tokenProblem; // too large, empty, or not three segments
    QList<JwsSegment> segments; // the first three parts at most

    // tokenProblem, else the first segment problem, in segment order.
    std::optional<Error> firstProblem() const;
};

// Takes compact JWS tokens apart, strictly. A token is accepted only when it is at most
// limits.maxTokenBytes long, has exactly three dot-separated segments, each strict base64url (Base64Url),
// and its header and payload are JSON objects by StrictJson's rules (valid UTF-8, no duplicate member
// names, bounded depth), and the header has an "alg" member that is a string. Failures are
// TokenFailure::Malformed or TooLarge errors saying what and where:
//   "Segment 2 (payload), character 17: not base64url (only A-Z, a-z, 0-9, - and _ are allowed)."
// Character and byte numbers in messages count from 1.
class JwsDecoder
{
public:
    static Result<DecodedJws> decode(QByteArrayView token, const JwsLimits &limits = {});

    // For the Token Inspector: everything decode() checks, without stopping at the first problem.
    static JwsDissection dissect(QByteArrayView token, const JwsLimits &limits = {});

    // "header", "payload" or "signature" (English, for messages).
    static QString roleName(JwsSegment::Role role);
};
