#pragma once

#include <QString>

// Puts a secret on the clipboard and takes it off again after a while, unless something else has been
// copied since: a generated password should not linger where any program can read it.
class SecretClipboard
{
public:
    static constexpr int clearAfterSeconds = 60;
    static void copy(const QString &secret);
};
