#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// Argon2id cost settings. The defaults are OWASP's recommendation (19 MiB, 2 passes, 1 lane): about
// 50 ms of one core per hash on the reference machine.
struct Argon2Parameters
{
    quint32 memoryKiB = 19456;
    quint32 iterations = 2;
    quint32 parallelism = 1;

    bool operator==(const Argon2Parameters &other) const = default;

    // Reads the parameters of a PHC string such as $argon2id$v=19$m=19456,t=2,p=1$salt$hash.
    // The type ("argon2id", "argon2i", "argon2d") and version go to the optional outputs.
    static std::optional<Argon2Parameters> fromPhc(const QString &phc, QString *type = nullptr,
                                                   int *version = nullptr);
    bool isValid() const;
};
