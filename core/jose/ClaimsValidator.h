#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What a service expects of the claims in the tokens it accepts.
struct ClaimsPolicy
{
    static constexpr qint64 DefaultLeewaySeconds = 30;

    // iss must equal this exactly (no prefix, suffix or case folding). Unset: iss is not compared.
    std::optional<QString> issuer;
    // aud, a string or an array of strings, must have an element equal to this exactly. Unset: a token
    // that has an aud claim is refused, because RFC 7519 §4.1.3 requires a recipient that does not find
    // itself in aud to reject the token; set acceptAnyAudience for tools that look at other services'
    // tokens.
    std::optional<QString> audience;
    bool acceptAnyAudience = false;
    // Allowance for clocks that disagree, applied to exp, nbf and iat. Negative values count as 0.
    qint64 leewaySeconds = DefaultLeewaySeconds;
    bool requireExpiry = true;
    bool requireIssuedAt = false;
    // The typ header the token must have, e.g. "at+jwt" (RFC 9068), compared case-insensitively and with
    // or without the "application/" prefix (RFC 8725 §3.11). Unset: typ is not checked.
    std::optional<QString> requiredType;
    // Further claims that must be present, e.g. "sub" or "jti".
    QStringList requiredClaims;
};

// Checks the registered claims of a token whose signature is already verified (RFC 7519 §4.1, RFC 8725).
// Whatever the policy, every registered claim that is present must have its registered JSON type: exp,
// nbf and iat must be JSON numbers (a string "exp" is refused, not parsed), iss, sub and jti strings, aud
// a string or an array of strings. Failures are TokenFailure errors; none of their messages repeats text
// from the token.
class ClaimsValidator
{
public:
    explicit ClaimsValidator(ClaimsPolicy policy = {}, const Clock &clock = Clock::system());

    Status validate(const QJsonObject &header, const QJsonObject &payload) const;

    const ClaimsPolicy &policy() const { return m_policy; }
    const Clock &clock() const { return *m_clock; }

    // "at+jwt" for "at+jwt", "AT+JWT" and "application/at+jwt": the comparable form of a typ value.
    static QString normalizedType(const QString &type);

private:
    ClaimsPolicy m_policy;
    const Clock *m_clock; // not owned; Clock::system() or a test's FakeClock, which outlives the validator
};
