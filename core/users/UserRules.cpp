#include "users/UserRules.h"

#include "common/TextChecks.h"

#include <QRandomGenerator>

namespace UserRules {

namespace {
bool isUsernameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
        || u == u'_' || u == u'-';
}
} // namespace

Status checkAdministrator(const Actor &actor)
{
    return checkAdministrator(actor, QT_TRANSLATE_NOOP("Error", "This needs an administrator."));
}

Status checkAdministrator(const Actor &actor, const char *refusal)
{
    if (actor.isAdmin())
        return {};
    return Error::forbidden(ErrorCode::AdminRequired, QString::fromUtf8(refusal));
}

Status checkUsername(const QString &username)
{
    const QString field = QStringLiteral("username");
    if (username.isEmpty())
        return Error::invalidField(field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "Enter a username.")));
    if (username.size() < minimumUsernameLength || username.size() > maximumUsernameLength)
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "A username has 3 to 32 characters.")));
    for (const QChar c : username) {
        if (!isUsernameCharacter(c))
            return Error::invalidField(
                field,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "Error", "A username may contain only letters A–Z, digits, '.', '_' and '-'.")));
    }
    return {};
}

Status checkPassword(const QString &username, const QString &password, const QString &field)
{
    if (!TextChecks::isWellFormed(password))
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "The password is not valid Unicode text.")));
    const qsizetype bytes = password.toUtf8().size();
    if (bytes < minimumPasswordBytes)
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "A password needs at least 8 characters.")));
    if (bytes > maximumPasswordBytes)
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "A password may be at most 1024 bytes long.")));
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return Error::invalidField(
            field, QStringLiteral(QT_TRANSLATE_NOOP("Error", "The password must not be the username.")));
    return {};
}

QString usernameKey(const QString &username)
{
    return username.toLower();
}

QString generatePassword(int length)
{
    static const QLatin1String alphabet("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    password.reserve(length);
    for (int i = 0; i < length; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return password;
}

} // namespace UserRules
