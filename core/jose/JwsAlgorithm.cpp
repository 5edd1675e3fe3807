#include "jose/JwsAlgorithm.h"

namespace {
struct AlgorithmName
{
    JwsAlgorithm algorithm;
    const char *name;
};

constexpr AlgorithmName Names[] = {
    {JwsAlgorithm::HS256, "HS256"}, {JwsAlgorithm::HS384, "HS384"}, {JwsAlgorithm::HS512, "HS512"},
    {JwsAlgorithm::RS256, "RS256"}, {JwsAlgorithm::RS384, "RS384"}, {JwsAlgorithm::RS512, "RS512"},
    {JwsAlgorithm::PS256, "PS256"}, {JwsAlgorithm::ES256, "ES256"}, {JwsAlgorithm::ES384, "ES384"},
    {JwsAlgorithm::EdDSA, "EdDSA"},
};
} // namespace

QList<JwsAlgorithm> JwsAlgorithms::all()
{
    QList<JwsAlgorithm> algorithms;
    for (const AlgorithmName &entry : Names)
        algorithms.append(entry.algorithm);
    return algorithms;
}

QString JwsAlgorithms::name(JwsAlgorithm algorithm)
{
    for (const AlgorithmName &entry : Names) {
        if (entry.algorithm == algorithm)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<JwsAlgorithm> JwsAlgorithms::fromName(QStringView name)
{
    for (const AlgorithmName &entry : Names) {
        if (name == QLatin1StringView(entry.name))
            return entry.algorithm;
    }
    return std::nullopt;
}

bool JwsAlgorithms::isNone(QStringView name)
{
    return name.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0;
}

bool JwsAlgorithms::isHmac(JwsAlgorithm algorithm)
{
    return algorithm == JwsAlgorithm::HS256 || algorithm == JwsAlgorithm::HS384
        || algorithm == JwsAlgorithm::HS512;
}

int JwsAlgorithms::hashSize(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::HS256:
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::ES256:
        return 32;
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::ES384:
        return 48;
    case JwsAlgorithm::HS512:
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::EdDSA:
        return 64;
    }
    return 0;
}
