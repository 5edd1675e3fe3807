#include "jose/JwsDecoder.h"

#include "jose/Base64Url.h"
#include "jose/TokenFailure.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<Error> checkSize(QByteArrayView token, const JwsLimits &limits)
{
    if (token.size() > limits.maxTokenBytes)
        return TokenFailures::error(
            TokenFailure::TooLarge,
            QT_TRANSLATE_NOOP("Error", "The token has %1 bytes; at most %2 are accepted."),
            {QString::number(token.size()), QString::number(limits.maxTokenBytes)});
    if (token.isEmpty())
        return TokenFailures::error(TokenFailure::Malformed,
                                    QT_TRANSLATE_NOOP("Error", "The token is empty."));
    return std::nullopt;
}

Error segmentCountError(qsizetype count)
{
    return TokenFailures::error(
        TokenFailure::Malformed,
        QT_TRANSLATE_NOOP("Error", "The token has %1 dot-separated segments; a signed token has exactly 3."),
        {QString::number(count)});
}

// Decodes one segment and, for the header and payload, parses its JSON. The same rules serve decode() and
// dissect(), so that the inspector never explains a token differently from how the server treats it.
JwsSegment examineSegment(QByteArrayView encoded, JwsSegment::Role role, const JwsLimits &limits,
                          bool keepEncoded)
{
    JwsSegment segment;
    segment.role = role;
    if (keepEncoded) // only the inspector needs a copy; DecodedJws keeps the whole token
        segment.encoded = encoded.toByteArray();
    Base64Url::Failure base64Failure;
    segment.decoded = Base64Url::decode(encoded, &base64Failure);
    const auto number = [role] { return QString::number(int(role) + 1); };
    const auto name = [role] { return JwsDecoder::roleName(role); };
    if (!segment.decoded) {
        segment.problemOffset = base64Failure.offset;
        segment.problem = TokenFailures::error(
            TokenFailure::Malformed, QT_TRANSLATE_NOOP("Error", "Segment %1 (%2), character %3: %4."),
            {number(), name(), QString::number(base64Failure.offset + 1),
             QString::fromLatin1(Base64Url::problemText(base64Failure.problem))});
        return segment;
    }
    if (role == JwsSegment::Role::Signature)
        return segment;

    segment.object = StrictJson::parseObject(*segment.decoded, &segment.jsonFailure, limits.json);
    if (!segment.object) {
        segment.problemInJson = true;
        segment.problemOffset = segment.jsonFailure.offset;
        segment.problem = TokenFailures::error(
            TokenFailure::Malformed,
            QT_TRANSLATE_NOOP("Error", "Segment %1 (%2), byte %3 of the decoded JSON: %4."),
            {number(), name(), QString::number(segment.jsonFailure.offset + 1),
             StrictJson::describe(segment.jsonFailure)});
        return segment;
    }
    if (role == JwsSegment::Role::Header && !segment.object->value("alg"_L1).isString()) {
        segment.problem = TokenFailures::error(
            TokenFailure::Malformed,
            QT_TRANSLATE_NOOP("Error", "The token header has no alg member, or its alg is not a string."));
    }
    return segment;
}
} // namespace

std::optional<Error> JwsDissection::firstProblem() const
{
    if (tokenProblem)
        return tokenProblem;
    for (const JwsSegment &segment : segments) {
        if (segment.problem)
            return segment.problem;
    }
    return std::nullopt;
}

QString JwsDecoder::roleName(JwsSegment::Role role)
{
    switch (role) {
    case JwsSegment::Role::Header:
        return u"header"_s;
    case JwsSegment::Role::Payload:
        return u"payload"_s;
    case JwsSegment::Role::Signature:
        return u"signature"_s;
    }
    return {};
}

Result<DecodedJws> JwsDecoder::decode(QByteArrayView token, const JwsLimits &limits)
{
    if (std::optional<Error> problem = checkSize(token, limits))
        return *problem;
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return segmentCountError(token.count('.') + 1);

    JwsSegment header = examineSegment(token.first(firstDot), JwsSegment::Role::Header, limits, false);
    if (header.problem)
        return *header.problem;
    JwsSegment payload = examineSegment(token.sliced(firstDot + 1, secondDot - firstDot - 1),
                                        JwsSegment::Role::Payload, limits, false);
    if (payload.problem)
        return *payload.problem;
    JwsSegment signature
        = examineSegment(token.sliced(secondDot + 1), JwsSegment::Role::Signature, limits, false);
    if (signature.problem)
        return *signature.problem;

    DecodedJws jws;
    jws.compact = token.toByteArray();
    jws.firstDot = firstDot;
    jws.secondDot = secondDot;
    jws.headerJson = std::move(*header.decoded);
    jws.payloadJson = std::move(*payload.decoded);
    jws.signature = std::move(*signature.decoded);
    jws.header = std::move(*header.object);
    jws.payload = std::move(*payload.object);
    jws.algorithm = jws.header.value("alg"_L1).toString();
    return jws;
}

JwsDissection JwsDecoder::dissect(QByteArrayView token, const JwsLimits &limits)
{
    JwsDissection dissection;
    dissection.size = token.size();
    dissection.tokenProblem = checkSize(token, limits);
    if (token.size() > limits.maxTokenBytes)
        return dissection;
    dissection.segmentCount = token.isEmpty() ? 0 : token.count('.') + 1;
    if (!dissection.tokenProblem && dissection.segmentCount != 3)
        dissection.tokenProblem = segmentCountError(dissection.segmentCount);
    if (token.isEmpty())
        return dissection;

    qsizetype start = 0;
    for (int index = 0; index < 3 && start <= token.size(); ++index) {
        qsizetype end = token.indexOf('.', start);
        if (end < 0)
            end = token.size();
        const auto role = static_cast<JwsSegment::Role>(index);
        dissection.segments.append(examineSegment(token.sliced(start, end - start), role, limits, true));
        start = end + 1;
    }
    return dissection;
}
