#pragma once

#include "common/Clock.h"
#include "inspector/InspectionReport.h"
#include "inspector/VerificationSource.h"
#include "jose/ClaimsValidator.h"
#include "jose/JwsDecoder.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

// The revocation check's answer for one token.
struct RevocationVerdict
{
    bool revoked = false;
    QString reason; // shown as it is: the token store writes it
};
// Asked only about tokens whose signature and claims are good, with their payload (jti, sub, sid, iat…).
using RevocationCheck = std::function<RevocationVerdict(const QJsonObject &payload)>;

// The Token Inspector's engine: explains a token and checks it, never trusting it. Whatever the input
// (empty, binary, hostile, huge), inspect() returns a report that says what is wrong and where; it does
// not throw, crash or take long (input beyond limits().maxTokenBytes is refused before it is split).
//
// The signature is checked by the same JwsVerifier rules as the server uses, with the key taken from the
// VerificationSource (a secret only ever checks HS*, a PEM or JWK only its own algorithm). With a good
// signature, the claims are checked with the claims policy (by default: exp required, any issuer, any
// audience) and then the revocation check, if one is set. The warnings do not depend on the source:
// an unsigned or never-expiring token, a lifetime over 24 hours, an expired or future token, a weak
// secret, a secret from the built-in list of tutorial placeholders (tried for every HS* token),
// sensitive-looking claim names, keys or key links embedded in the header, unsupported crit.
class TokenInspector
{
public:
    static constexpr qsizetype DefaultMaxTokenBytes = 64 * 1024;
    static constexpr qint64 LongLifetimeSeconds = 24 * 60 * 60;

    explicit TokenInspector(const Clock &clock = Clock::system());

    void setClaimsPolicy(const ClaimsPolicy &policy);
    const ClaimsPolicy &claimsPolicy() const { return m_policy; }
    void setRevocationCheck(RevocationCheck check);
    void setLimits(const JwsLimits &limits);
    const JwsLimits &limits() const { return m_limits; }

    InspectionReport inspect(QByteArrayView token, const VerificationSource &source = {}) const;

    // "14 min", "3 h", "2 d": a duration in the largest unit that is at least 1 (floor), for relative times.
    static ReportSentence duration(qint64 seconds);

private:
    const Clock *m_clock;
    ClaimsPolicy m_policy;
    RevocationCheck m_revocationCheck;
    JwsLimits m_limits;
};
