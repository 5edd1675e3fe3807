#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a small file the administrator picked or dropped (a token, a PEM key, a JWK), refusing files that
// are too large to be what they should be, with a sentence saying why.
class LocalFile
{
    Q_DECLARE_TR_FUNCTIONS(LocalFile)

public:
    static constexpr qint64 defaultMaximumBytes = 1024 * 1024;

    static std::optional<QByteArray> read(const QString &path, QString *error,
                                          qint64 maximumBytes = defaultMaximumBytes);
};
