#include "PasswordGenerator.h"

#include <QRandomGenerator>

QString PasswordGenerator::generate(int length)
{
    static const QLatin1String alphabet("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    password.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        password += QLatin1Char(alphabet[random->bounded(int(alphabet.size()))]);
    return password;
}
