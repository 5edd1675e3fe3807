#pragma once

#include <QString>

// Random passwords for new accounts and resets: 20 characters from an alphabet without look-alikes (no 0/O,
// 1/l/I), because an administrator may read one off the screen to someone. About 117 bits of entropy from
// the system's cryptographically secure generator.
class PasswordGenerator
{
public:
    static constexpr int defaultLength = 20;
    static QString generate(int length = defaultLength);
};
