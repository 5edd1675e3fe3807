#pragma once

#include "common/Result.h"
#include "passwords/Argon2Parameters.h"

#include <QString>

// Argon2id password hashing (libargon2), stored as standard PHC strings. Synchronous and thread-safe:
// each call costs ~50 ms of CPU and Argon2Parameters::memoryKiB of memory, so callers on the GUI thread or
// an HTTP worker go through PasswordHashingPool instead.
class PasswordHasher
{
public:
    struct Check
    {
        bool matches = false;
        // The hash was made with other parameters (or another Argon2 variant): store a fresh one.
        bool needsRehash = false;
    };

    explicit PasswordHasher(Argon2Parameters parameters = {});

    Argon2Parameters parameters() const { return m_parameters; }

    Result<QString> hash(const QString &password) const;
    // A malformed stored hash never matches (and is reported as an error, for the log).
    Result<Check> verify(const QString &password, const QString &phc) const;
    bool needsRehash(const QString &phc) const;

    // A hash of a random password made with the current parameters. Verifying an unknown user's password
    // against it costs the same time as a real check, so response times don't reveal who has an account.
    QString dummyHash() const { return m_dummyHash; }

private:
    Argon2Parameters m_parameters;
    QString m_dummyHash;
};
