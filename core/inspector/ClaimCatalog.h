#pragma once

#include <QStringView>

// What the registered and commonly used JWT claims and JOSE header parameters mean, for the Token
// Inspector. Explanations are English source texts marked with QT_TRANSLATE_NOOP("TokenInspector", …).
struct ClaimInfo
{
    const char *name;
    const char *explanation;
    const char *specification; // "RFC 7519", "RFC 9068", "OpenID Connect Core 1.0"… (not translated)
    bool isTime; // a NumericDate: seconds since 1970-01-01T00:00:00Z
};

class ClaimCatalog
{
public:
    // The claim or header parameter with exactly this name, or null for one the catalog does not know.
    static const ClaimInfo *claim(QStringView name);
    static const ClaimInfo *headerParameter(QStringView name);

    // Whether a claim name suggests a secret or personal data that has no place in a readable token
    // (password, pwd, secret, ssn, card, cvv, iban, pin, api_key, private…). Names are split into words at
    // '_', '-', '.', spaces and camelCase humps, so "userPin" and "api-key" match while "spinner" and
    // "shipping" do not.
    static bool looksSensitive(QStringView name);
};
