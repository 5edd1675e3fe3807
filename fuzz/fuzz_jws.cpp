// libFuzzer target for everything in core/jose that reads untrusted bytes: strict base64url, strict JSON,
// JWK import, the JWS decoder and verifier, and the Token Inspector's engine. Besides crashes and
// sanitizer reports it checks properties that must hold for every input, and aborts when one does not:
//   - base64url decoding accepts only canonical text (decode then encode gives the input back);
//   - what StrictJson accepts, QJsonDocument writes out and StrictJson reads back to the same text;
//   - JwsDecoder::decode() and dissect() agree on whether a token is well-formed;
//   - the inspector never reports a valid signature for a key that did not sign.
// An input with a newline is also read as "header JSON \n payload JSON" and signed with a fixed key, so that
// mutations reach claims validation and the inspector's explanations behind a good signature.
#include "common/Clock.h"
#include "inspector/TokenInspector.h"
#include "jose/Base64Url.h"
#include "jose/ClaimsValidator.h"
#include "jose/Jwk.h"
#include "jose/JwsDecoder.h"
#include "jose/JwsVerifier.h"
#include "jose/SigningKey.h"
#include "jose/StrictJson.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

namespace {
class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return 1'767'225'600'000; } // 2026-01-01T00:00:00Z
};

const FixedClock &fixedClock()
{
    static const FixedClock clock;
    return clock;
}

const SigningKey &fuzzKey()
{
    static const SigningKey key = SigningKey::fromSecret(QByteArray(32, 'k'), JwsAlgorithm::HS256).value();
    return key;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkBase64Url(QByteArrayView input)
{
    if (const std::optional<QByteArray> decoded = Base64Url::decode(input))
        require(Base64Url::encode(*decoded) == input);
}

void checkJson(QByteArrayView input)
{
    const std::optional<QJsonObject> object = StrictJson::parseObject(input);
    if (!object)
        return;
    const QByteArray written = QJsonDocument(*object).toJson(QJsonDocument::Compact);
    const std::optional<QJsonObject> reread = StrictJson::parseObject(written);
    require(reread.has_value());
    require(QJsonDocument(*reread).toJson(QJsonDocument::Compact) == written);

    (void)SigningKey::fromJwk(*object, std::nullopt, SigningKey::SecretPolicy::AllowWeakForInspection);
    (void)Jwk::parseDocument(input);
}

void checkToken(QByteArrayView token)
{
    const Result<DecodedJws> decoded = JwsDecoder::decode(token);
    const JwsDissection dissection = JwsDecoder::dissect(token);
    require(decoded.ok() == !dissection.firstProblem().has_value());

    ClaimsPolicy policy;
    policy.issuer = QStringLiteral("https://bookwarden.example");
    policy.audience = QStringLiteral("bookwarden-api");
    policy.requiredType = QStringLiteral("at+jwt");
    const JwsVerifier verifier(JwsVerifier::singleKey(fuzzKey()));
    (void)verifier.verify(token, ClaimsValidator(policy, fixedClock()));

    const TokenInspector inspector(fixedClock());
    (void)inspector.inspect(token, VerificationSource::none());
    const InspectionReport withSecret
        = inspector.inspect(token, VerificationSource::secretText(QStringLiteral("not the fuzz key")));
    // Nothing was signed with this secret and the fuzzer cannot forge an HMAC: a "valid" here would mean
    // that a bad signature was accepted.
    require(withSecret.outcome != VerificationOutcome::Valid);
}

void checkSignedParts(QByteArrayView input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray signingInput
        = Base64Url::encode(input.first(newline)) + '.' + Base64Url::encode(input.sliced(newline + 1));
    const QByteArray token = signingInput + '.' + Base64Url::encode(fuzzKey().sign(signingInput).value());
    checkToken(token);
    const InspectionReport report
        = TokenInspector(fixedClock())
              .inspect(token, VerificationSource::keyResolver(JwsVerifier::singleKey(fuzzKey())));
    for (const ClaimExplanation &claim : report.claims)
        (void)claim.relative.english();
    for (const InspectionWarning &warning : report.warnings)
        (void)warning.text.english();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("bookwarden.*=false"));
    (void)fuzzKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBase64Url(input);
    checkJson(input);
    checkToken(input);
    checkSignedParts(input);
    return 0;
}
