#include "inspector/TokenInspector.h"

#include "inspector/ClaimCatalog.h"
#include "inspector/PlaceholderSecrets.h"
#include "jose/Base64Url.h"
#include "jose/JwsVerifier.h"
#include "jose/TokenFailure.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
using Warning = InspectionWarning::Kind;

// QDateTime covers far more, but a token time outside years 0001-9999 is garbage to show, not a date.
constexpr double MaxShownSeconds = 253402300799.0; // 9999-12-31T23:59:59Z
constexpr double MinShownSeconds = -62135596800.0; // 0001-01-01T00:00:00Z
constexpr int MaxSensitiveWarnings = 32;

// A token's number of seconds as an integer. Converting a double outside qint64's range is undefined
// behaviour, and tokens carry any double they like (1e300), so clamp first: ±10^15 s is ±31 million years.
qint64 wholeSeconds(double seconds)
{
    return qint64(qBound(-1e15, seconds, 1e15));
}

ReportSentence text(const char *source, std::vector<ReportSentence> arguments = {})
{
    return ReportSentence(source, std::move(arguments));
}

ReportSentence literal(const QString &value)
{
    return ReportSentence::literal(value);
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The relative time of a time claim, phrased for the claim.
ReportSentence relativeTime(const QString &claim, qint64 delta)
{
    const bool future = delta > 0;
    const ReportSentence span = TokenInspector::duration(future ? delta : -delta);
    if (claim == "exp"_L1)
        return future ? text(QT_TRANSLATE_NOOP("TokenInspector", "expires in %1"), {span})
                      : text(QT_TRANSLATE_NOOP("TokenInspector", "expired %1 ago"), {span});
    if (claim == "nbf"_L1)
        return future ? text(QT_TRANSLATE_NOOP("TokenInspector", "becomes valid in %1"), {span})
                      : text(QT_TRANSLATE_NOOP("TokenInspector", "valid since %1 ago"), {span});
    if (claim == "iat"_L1)
        return future ? text(QT_TRANSLATE_NOOP("TokenInspector", "issued %1 in the future"), {span})
                      : text(QT_TRANSLATE_NOOP("TokenInspector", "issued %1 ago"), {span});
    if (claim == "auth_time"_L1)
        return future ? text(QT_TRANSLATE_NOOP("TokenInspector", "signed in %1 in the future"), {span})
                      : text(QT_TRANSLATE_NOOP("TokenInspector", "signed in %1 ago"), {span});
    return future ? text(QT_TRANSLATE_NOOP("TokenInspector", "%1 from now"), {span})
                  : text(QT_TRANSLATE_NOOP("TokenInspector", "%1 ago"), {span});
}

ClaimExplanation explainMember(const QString &name, const QJsonValue &value, const ClaimInfo *info,
                               qint64 nowMs)
{
    ClaimExplanation claim;
    claim.name = name;
    claim.valueJson = compactJson(value);
    claim.known = info != nullptr;
    if (!info) {
        claim.explanation = text(QT_TRANSLATE_NOOP(
            "TokenInspector", "Not a registered claim: its meaning is private to whoever issued the token."));
        return claim;
    }
    claim.explanation = text(info->explanation);
    claim.specification = info->specification;
    if (!info->isTime)
        return claim;
    if (!value.isDouble()) {
        claim.explanation
            = text(QT_TRANSLATE_NOOP("TokenInspector",
                                     "%1 It should be a number of seconds, but is not a JSON number."),
                   {text(info->explanation)});
        return claim;
    }
    const double seconds = value.toDouble();
    if (seconds < MinShownSeconds || seconds > MaxShownSeconds) {
        claim.explanation = text(QT_TRANSLATE_NOOP("TokenInspector", "%1 Its value is not a plausible date."),
                                 {text(info->explanation)});
        return claim;
    }
    claim.isTime = true;
    claim.utc = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
    claim.utcIso = claim.utc.toString(Qt::ISODate);
    claim.localIso = claim.utc.toLocalTime().toString(Qt::ISODateWithMs).replace(".000"_L1, QString());
    claim.relative = relativeTime(name, wholeSeconds(seconds) - nowMs / 1000);
    return claim;
}

// The outcome when the verification source has no key to offer, or none when it has one.
std::optional<VerificationOutcome> outcomeFor(SourcedKey::Problem problem)
{
    switch (problem) {
    case SourcedKey::Problem::None:
        break;
    case SourcedKey::Problem::KeyUnusable:
        return VerificationOutcome::KeyUnusable;
    case SourcedKey::Problem::AlgorithmNotAllowed:
        return VerificationOutcome::AlgorithmNotAllowed;
    case SourcedKey::Problem::UnknownKid:
        return VerificationOutcome::UnknownKid;
    }
    return std::nullopt;
}

// Builds one report, step by step; finish() hands it over.
class Inspection
{
public:
    explicit Inspection(const Clock &clock)
        : m_nowMs(clock.nowMs())
    { }

    InspectionReport &report() { return m_report; }

    InspectionReport finish(VerificationOutcome outcome, std::optional<Error> error)
    {
        m_report.outcome = outcome;
        m_report.verificationError = std::move(error);
        m_report.outcomeText = VerificationOutcomes::sentence(outcome);
        return std::move(m_report);
    }

    // The token in `input`: people paste tokens with line breaks around them or straight out of an
    // Authorization header. The report keeps it when it is within `maxTokenBytes`.
    QByteArrayView takeToken(QByteArrayView input, qsizetype maxTokenBytes)
    {
        QByteArrayView token = input;
        if (token.size() <= maxTokenBytes + 64) {
            qsizetype begin = 0;
            qsizetype end = token.size();
            while (begin < end && isAsciiSpace(token[begin]))
                ++begin;
            while (end > begin && isAsciiSpace(token[end - 1]))
                --end;
            if (begin != 0 || end != token.size())
                m_report.notes.append(
                    text(QT_TRANSLATE_NOOP("TokenInspector", "Whitespace around the token was ignored.")));
            token = token.sliced(begin, end - begin);
            if (token.size() > 7
                && QByteArrayView(token.first(7)).compare("bearer ", Qt::CaseInsensitive) == 0) {
                token = token.sliced(7).trimmed();
                m_report.notes.append(
                    text(QT_TRANSLATE_NOOP("TokenInspector", "The prefix Bearer was ignored.")));
            }
        }
        if (token.size() <= maxTokenBytes)
            m_report.token = token.toByteArray();
        return token;
    }

    void warn(Warning kind, ReportSentence what, ReportSentence advice, const QString &subject = {})
    {
        m_report.warnings.append({kind, std::move(what), std::move(advice), subject});
    }

    void describeSegments(const JwsDissection &dissection)
    {
        m_report.segmentCount = dissection.segmentCount;
        for (const JwsSegment &segment : dissection.segments) {
            InspectedSegment inspected;
            inspected.role = segment.role;
            inspected.raw = segment.encoded;
            inspected.bytes = segment.decoded;
            inspected.problem = segment.problem;
            if (segment.object) {
                inspected.prettyJson
                    = QString::fromUtf8(QJsonDocument(*segment.object).toJson(QJsonDocument::Indented));
                if (segment.role == JwsSegment::Role::Header)
                    m_report.header = *segment.object;
                else
                    m_report.payload = *segment.object;
            } else if (segment.decoded && segment.role != JwsSegment::Role::Signature) {
                inspected.text = QString::fromUtf8(*segment.decoded);
            }
            m_report.segments.append(inspected);
        }
        const QJsonObject &header = m_report.header;
        m_report.algorithm = header.value("alg"_L1).toString();
        m_report.kid = header.value("kid"_L1).toString();
        m_report.type = header.value("typ"_L1).toString();
    }

    void explainMembers()
    {
        for (auto it = m_report.header.constBegin(); it != m_report.header.constEnd(); ++it)
            m_report.headerParameters.append(
                explainMember(it.key(), it.value(), ClaimCatalog::headerParameter(it.key()), m_nowMs));
        for (auto it = m_report.payload.constBegin(); it != m_report.payload.constEnd(); ++it)
            m_report.claims.append(
                explainMember(it.key(), it.value(), ClaimCatalog::claim(it.key()), m_nowMs));
    }

    void warnAboutHeader()
    {
        const QJsonObject &header = m_report.header;
        if (!header.value("alg"_L1).isString())
            return;
        const QString alg = m_report.algorithm;
        if (JwsAlgorithms::isNone(alg)) {
            warn(Warning::AlgNone,
                 text(QT_TRANSLATE_NOOP("TokenInspector", "The token is not signed: its algorithm is %1."),
                      {literal(alg)}),
                 text(QT_TRANSLATE_NOOP(
                     "TokenInspector",
                     "Never accept unsigned tokens. Bookwarden refuses alg none in every spelling.")),
                 alg);
        } else if (!JwsAlgorithms::fromName(alg)) {
            warn(Warning::UnsupportedAlgorithm,
                 text(QT_TRANSLATE_NOOP("TokenInspector", "The algorithm %1 is not supported."),
                      {literal(alg)}),
                 text(QT_TRANSLATE_NOOP(
                     "TokenInspector",
                     "Use HS256, HS384, HS512, RS256, RS384, RS512, PS256, ES256, ES384 or EdDSA.")),
                 alg);
        }
        for (const QLatin1StringView name : {"jwk"_L1, "jku"_L1, "x5u"_L1, "x5c"_L1}) {
            if (header.contains(name))
                warn(Warning::EmbeddedKey,
                     text(QT_TRANSLATE_NOOP(
                              "TokenInspector",
                              "The header carries %1, a key or a link to one, chosen by whoever made the "
                              "token."),
                          {literal(name)}),
                     text(QT_TRANSLATE_NOOP(
                         "TokenInspector",
                         "Never verify with a key the token brings along. Bookwarden ignores jwk, jku, x5u "
                         "and x5c and uses only keys it was given.")),
                     name);
        }
        if (header.contains("crit"_L1))
            warn(
                Warning::UnsupportedCrit,
                text(QT_TRANSLATE_NOOP("TokenInspector",
                                       "The header marks extensions as critical (crit): %1."),
                     {literal(compactJson(header.value("crit"_L1)))}),
                text(QT_TRANSLATE_NOOP(
                    "TokenInspector", "Bookwarden supports no critical extensions and refuses such tokens.")),
                u"crit"_s);
        const QJsonValue kid = header.value("kid"_L1);
        if (kid.isString() && looksLikeInjection(kid.toString()))
            warn(
                Warning::SuspiciousKid,
                text(QT_TRANSLATE_NOOP("TokenInspector",
                                       "The key ID (kid) looks like a file path, URL or SQL fragment.")),
                text(QT_TRANSLATE_NOOP(
                    "TokenInspector",
                    "Servers that build a path, URL or query from kid can be attacked through it. Bookwarden "
                    "only compares kid with the IDs of its keys.")),
                kid.toString());
    }

    void warnAboutClaims()
    {
        const QJsonObject &payload = m_report.payload;
        const double now = double(m_nowMs) / 1000.0;
        const qint64 leeway = ClaimsPolicy::DefaultLeewaySeconds;
        const QJsonValue exp = payload.value("exp"_L1);
        const QJsonValue nbf = payload.value("nbf"_L1);
        const QJsonValue iat = payload.value("iat"_L1);
        if (exp.isUndefined()) {
            warn(Warning::NoExpiry,
                 text(QT_TRANSLATE_NOOP(
                     "TokenInspector",
                     "The token has no expiry time (exp): it stays valid until its key changes.")),
                 text(QT_TRANSLATE_NOOP("TokenInspector",
                                        "Give every access token an exp, minutes to a few hours ahead.")),
                 u"exp"_s);
        }
        for (const QLatin1StringView name : {"exp"_L1, "nbf"_L1, "iat"_L1}) {
            const QJsonValue value = payload.value(name);
            if (!value.isUndefined() && !value.isDouble())
                warn(Warning::InvalidClaimType,
                     text(QT_TRANSLATE_NOOP("TokenInspector",
                                            "The claim %1 is not a JSON number, so it is not a valid time."),
                          {literal(name)}),
                     text(QT_TRANSLATE_NOOP(
                         "TokenInspector",
                         "Write times as numbers of seconds since 1970 (NumericDate), not as strings.")),
                     name);
        }
        if (exp.isDouble() && now >= exp.toDouble() + double(leeway))
            warn(Warning::Expired,
                 text(QT_TRANSLATE_NOOP("TokenInspector", "The token expired %1 ago."),
                      {TokenInspector::duration(wholeSeconds(now - exp.toDouble()))}),
                 text(QT_TRANSLATE_NOOP("TokenInspector", "Get a new token; an expired token is refused.")),
                 u"exp"_s);
        if (nbf.isDouble() && now + double(leeway) < nbf.toDouble())
            warn(Warning::NotYetValid,
                 text(QT_TRANSLATE_NOOP("TokenInspector", "The token only becomes valid in %1."),
                      {TokenInspector::duration(wholeSeconds(nbf.toDouble() - now))}),
                 text(QT_TRANSLATE_NOOP("TokenInspector",
                                        "Check the clocks of the issuer and of this computer.")),
                 u"nbf"_s);
        if (iat.isDouble() && now + double(leeway) < iat.toDouble())
            warn(Warning::IssuedInFuture,
                 text(QT_TRANSLATE_NOOP("TokenInspector", "The token claims to be issued %1 in the future."),
                      {TokenInspector::duration(wholeSeconds(iat.toDouble() - now))}),
                 text(QT_TRANSLATE_NOOP("TokenInspector",
                                        "Check the clocks of the issuer and of this computer.")),
                 u"iat"_s);
        if (exp.isDouble() && iat.isDouble()) {
            const double lifetime = exp.toDouble() - iat.toDouble();
            if (lifetime > double(TokenInspector::LongLifetimeSeconds) && lifetime < MaxShownSeconds)
                warn(Warning::LongLifetime,
                     text(QT_TRANSLATE_NOOP(
                              "TokenInspector",
                              "The token is valid for %1 (from iat to exp), more than 24 hours."),
                          {TokenInspector::duration(wholeSeconds(lifetime))}),
                     text(QT_TRANSLATE_NOOP(
                         "TokenInspector",
                         "Keep access tokens short-lived and use refresh tokens for long sessions: a stolen "
                         "token is useful to a thief for as long as it is valid.")),
                     u"exp"_s);
        }
        int sensitive = 0;
        findSensitiveNames(payload, QString(), &sensitive);
    }

    void findSensitiveNames(const QJsonObject &object, const QString &prefix, int *count)
    {
        for (auto it = object.constBegin(); it != object.constEnd() && *count < MaxSensitiveWarnings; ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            if (ClaimCatalog::looksSensitive(it.key())) {
                ++*count;
                warn(Warning::SensitiveClaim,
                     text(QT_TRANSLATE_NOOP("TokenInspector",
                                            "The claim %1 looks like it holds a secret or personal data."),
                          {literal(path)}),
                     text(QT_TRANSLATE_NOOP(
                         "TokenInspector",
                         "Tokens are only encoded, not encrypted: anyone who holds one can read it. Keep "
                         "passwords, keys and personal data out of tokens.")),
                     path);
            }
            if (it.value().isObject())
                findSensitiveNames(it.value().toObject(), path, count);
        }
    }

    // Tried whatever the source: a token signed with a tutorial's secret is forgeable by anyone.
    void warnAboutPlaceholderSecret(const DecodedJws &jws)
    {
        const std::optional<QByteArray> placeholder
            = PlaceholderSecrets::findSigningSecret(jws.algorithm, jws.signingInput(), jws.signature);
        if (!placeholder)
            return;
        const QString secret = QString::fromUtf8(*placeholder);
        warn(Warning::PlaceholderSecret,
             text(QT_TRANSLATE_NOOP(
                      "TokenInspector",
                      "The token is signed with the well-known placeholder secret %1 from tutorials and "
                      "examples."),
                  {literal(u'"' + secret + u'"')}),
             text(QT_TRANSLATE_NOOP(
                 "TokenInspector",
                 "Anyone can forge tokens with this secret. Replace it with a random secret "
                 "and revoke every token signed with it.")),
             secret);
    }

    // Which key or secret the source offered for the token's algorithm, and what is wrong with it.
    void describeKey(const SourcedKey &sourced, const QString &algorithmName, JwsAlgorithm algorithm)
    {
        m_report.keyDescription = sourced.description;
        const int minimum = JwsAlgorithms::hashSize(algorithm);
        if (sourced.secretBytes > 0 && sourced.secretBytes < minimum)
            warn(Warning::WeakSecret,
                 text(QT_TRANSLATE_NOOP("TokenInspector",
                                        "The secret has %1 bytes; %2 needs at least %3 random bytes."),
                      {ReportSentence::number(sourced.secretBytes), literal(algorithmName),
                       ReportSentence::number(minimum)}),
                 text(QT_TRANSLATE_NOOP(
                          "TokenInspector",
                          "A short secret can be guessed offline from any one token. Use a random secret "
                          "of at least %1 bytes."),
                      {ReportSentence::number(minimum)}));
        if (sourced.privateKeyGiven)
            warn(Warning::PrivateKeyGiven,
                 text(QT_TRANSLATE_NOOP("TokenInspector",
                                        "A private key was given; only its public half was used.")),
                 text(QT_TRANSLATE_NOOP(
                     "TokenInspector",
                     "A private key must stay with the issuer. If it was shared, replace it.")));
    }

    // The server's key that matched the token's kid.
    void describeServerKey(const SigningKey &key)
    {
        m_report.keyDescription = text(QT_TRANSLATE_NOOP("TokenInspector", "the server's key %1 (%2)"),
                                       {literal(key.kid()), literal(JwsAlgorithms::name(key.algorithm()))});
    }

private:
    static bool looksLikeInjection(const QString &kid)
    {
        static const QStringList markers = {u"/"_s,  u"\\"_s, u".."_s, u"'"_s,  u"\""_s,  u";"_s,
                                            u"--"_s, u"|"_s,  u"`"_s,  u"$("_s, u"%00"_s, u"://"_s};
        for (const QString &marker : markers) {
            if (kid.contains(marker))
                return true;
        }
        return false;
    }

    InspectionReport m_report;
    qint64 m_nowMs;
};

} // namespace

TokenInspector::TokenInspector(const Clock &clock)
    : m_clock(&clock)
{
    m_policy.acceptAnyAudience = true;
    m_limits.maxTokenBytes = DefaultMaxTokenBytes;
}

void TokenInspector::setClaimsPolicy(const ClaimsPolicy &policy)
{
    m_policy = policy;
}

void TokenInspector::setRevocationCheck(RevocationCheck check)
{
    m_revocationCheck = std::move(check);
}

void TokenInspector::setLimits(const JwsLimits &limits)
{
    m_limits = limits;
}

ReportSentence TokenInspector::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return text(QT_TRANSLATE_NOOP("TokenInspector", "%1 s"), {ReportSentence::number(seconds)});
    if (seconds < 60 * 60)
        return text(QT_TRANSLATE_NOOP("TokenInspector", "%1 min"), {ReportSentence::number(seconds / 60)});
    if (seconds < 48 * 60 * 60)
        return text(QT_TRANSLATE_NOOP("TokenInspector", "%1 h"), {ReportSentence::number(seconds / 3600)});
    return text(QT_TRANSLATE_NOOP("TokenInspector", "%1 d"), {ReportSentence::number(seconds / 86400)});
}

InspectionReport TokenInspector::inspect(QByteArrayView input, const VerificationSource &source) const
{
    Inspection inspection(*m_clock);
    const QByteArrayView token = inspection.takeToken(input, m_limits.maxTokenBytes);
    const JwsDissection dissection = JwsDecoder::dissect(token, m_limits);
    inspection.describeSegments(dissection);
    inspection.explainMembers();
    inspection.warnAboutHeader();
    inspection.warnAboutClaims();

    if (const std::optional<Error> problem = dissection.firstProblem()) {
        inspection.report().malformedReason = problem;
        return inspection.finish(VerificationOutcome::Malformed, problem);
    }
    const Result<DecodedJws> decoded = JwsDecoder::decode(token, m_limits);
    if (!decoded) { // cannot happen after a clean dissection; kept as a guard
        inspection.report().malformedReason = decoded.error();
        return inspection.finish(VerificationOutcome::Malformed, std::nullopt);
    }
    inspection.report().wellFormed = true;
    const DecodedJws &jws = decoded.value();
    inspection.warnAboutPlaceholderSecret(jws);

    if (JwsAlgorithms::isNone(jws.algorithm))
        return inspection.finish(VerificationOutcome::AlgNone, TokenFailures::error(TokenFailure::AlgNone));
    const std::optional<JwsAlgorithm> alg = JwsAlgorithms::fromName(jws.algorithm);
    if (!alg)
        return inspection.finish(
            VerificationOutcome::AlgorithmNotAllowed,
            TokenFailures::error(TokenFailure::AlgorithmNotAllowed,
                                 QT_TRANSLATE_NOOP("Error", "The token algorithm is not supported.")));
    if (source.kind() == VerificationSource::Kind::None)
        return inspection.finish(VerificationOutcome::NotChecked, std::nullopt);

    const SourcedKey sourced = source.keyFor(jws, *alg);
    inspection.describeKey(sourced, jws.algorithm, *alg);
    if (const std::optional<VerificationOutcome> refused = outcomeFor(sourced.problem))
        return inspection.finish(*refused, sourced.error);
    const Result<SigningKey> key = JwsVerifier(sourced.resolver, m_limits).verifyDecoded(jws);
    if (!key)
        return inspection.finish(VerificationOutcomes::of(key.error()), key.error());
    if (source.kind() == VerificationSource::Kind::KeyResolver)
        inspection.describeServerKey(key.value());

    const Status claims = ClaimsValidator(m_policy, *m_clock).validate(jws.header, jws.payload);
    if (!claims)
        return inspection.finish(VerificationOutcomes::of(claims.error()), claims.error());
    if (m_revocationCheck) {
        const RevocationVerdict verdict = m_revocationCheck(jws.payload);
        if (verdict.revoked) {
            inspection.report().revocationReason = verdict.reason;
            return inspection.finish(VerificationOutcome::Revoked,
                                     TokenFailures::error(TokenFailure::Revoked));
        }
    }
    return inspection.finish(VerificationOutcome::Valid, std::nullopt);
}
