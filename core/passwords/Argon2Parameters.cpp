#include "passwords/Argon2Parameters.h"

#include <QStringList>

std::optional<Argon2Parameters> Argon2Parameters::fromPhc(const QString &phc, QString *type, int *version)
{
    // "", "argon2id", "v=19", "m=19456,t=2,p=1", salt, hash
    const QStringList parts = phc.split(QLatin1Char('$'));
    if (parts.size() != 6 || !parts.at(0).isEmpty())
        return std::nullopt;
    if (type)
        *type = parts.at(1);
    if (!parts.at(2).startsWith(QLatin1String("v=")))
        return std::nullopt;
    bool versionOk = false;
    const int parsedVersion = parts.at(2).mid(2).toInt(&versionOk);
    if (!versionOk)
        return std::nullopt;
    if (version)
        *version = parsedVersion;

    Argon2Parameters parameters {0, 0, 0};
    for (const QString &setting : parts.at(3).split(QLatin1Char(','))) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals != 1)
            return std::nullopt;
        bool ok = false;
        const quint32 value = setting.mid(2).toUInt(&ok);
        if (!ok)
            return std::nullopt;
        switch (setting.at(0).unicode()) {
        case u'm':
            parameters.memoryKiB = value;
            break;
        case u't':
            parameters.iterations = value;
            break;
        case u'p':
            parameters.parallelism = value;
            break;
        default:
            return std::nullopt;
        }
    }
    if (!parameters.isValid())
        return std::nullopt;
    return parameters;
}

bool Argon2Parameters::isValid() const
{
    // libargon2's own bounds, narrowed to what a server can afford (at most 4 GiB, 64 lanes).
    return iterations >= 1 && iterations <= 1000 && parallelism >= 1 && parallelism <= 64
        && memoryKiB >= 8 * parallelism && memoryKiB <= 4u * 1024 * 1024;
}
