#include "SecurityEventText.h"

#include "DetailsTable.h"
#include "SessionTableModel.h"
#include "UserTableModel.h"
#include "inspector/TokenInspector.h"
#include "users/Role.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
QString roleText(const QJsonValue &value)
{
    const std::optional<Role> role = Roles::fromName(value.toString());
    return role ? UserTableModel::roleName(*role) : value.toString();
}
} // namespace

QString SecurityEventText::typeName(const QString &type)
{
    namespace T = SecurityEventType;
    if (type == T::loginSucceeded)
        return tr("Signed in");
    if (type == T::loginFailed)
        return tr("Sign-in failed");
    if (type == T::loginThrottled)
        return tr("Sign-in throttled");
    if (type == T::userRegistered)
        return tr("Account registered");
    if (type == T::userCreated)
        return tr("User created");
    if (type == T::roleChanged)
        return tr("Role changed");
    if (type == T::userDisabled)
        return tr("User disabled");
    if (type == T::userEnabled)
        return tr("User enabled");
    if (type == T::userDeleted)
        return tr("User deleted");
    if (type == T::passwordChanged)
        return tr("Password changed");
    if (type == T::passwordReset)
        return tr("Password reset");
    if (type == T::tokensRevoked)
        return tr("Signed out everywhere");
    if (type == T::sessionRevoked)
        return tr("Session revoked");
    if (type == T::refreshTokenReused)
        return tr("Refresh token reused");
    if (type == T::keyCreated)
        return tr("Signing key created");
    if (type == T::keyRotated)
        return tr("Signing keys rotated");
    if (type == T::keyRetired)
        return tr("Signing key retired");
    if (type == T::tokenMinted)
        return tr("Test token minted");
    return type; // a type newer than this GUI: its code is still better than nothing
}

QString SecurityEventText::actorName(const QString &actor)
{
    if (actor == u"desktop")
        return tr("Desktop administrator");
    if (actor == u"anonymous")
        return tr("Anonymous");
    if (actor == u"bootstrap")
        return tr("First start");
    return actor;
}

QString SecurityEventText::summary(const SecurityEvent &event)
{
    namespace T = SecurityEventType;
    const QJsonObject &details = event.details;
    if (event.type == T::roleChanged)
        return tr("%1 → %2").arg(roleText(details.value(u"from"_s)), roleText(details.value(u"to"_s)));
    if (event.type == T::userCreated || event.type == T::userRegistered)
        return tr("Role: %1").arg(roleText(details.value(u"role"_s)));
    if (event.type == T::userDeleted)
        return tr("%n book(s) deleted with the account", nullptr, details.value(u"books_deleted"_s).toInt());
    if (event.type == T::loginFailed)
        return detailValue(u"reason"_s, details.value(u"reason"_s));
    if (details.value(u"password_hash_upgraded"_s).toBool())
        return tr("Password hash upgraded to the current parameters");

    QStringList parts;
    for (auto detail = details.constBegin(); detail != details.constEnd(); ++detail)
        parts << detailLabel(detail.key()) + u": "_s + detailValue(detail.key(), detail.value());
    return parts.join(u"; "_s);
}

QString SecurityEventText::detailsHtml(const SecurityEvent &event)
{
    DetailsTable table;
    const QLocale locale;
    table.add(tr("Event"), typeName(event.type) + u" ("_s + event.type + u")"_s);
    table.add(tr("Time"),
              locale.toString(QDateTime::fromMSecsSinceEpoch(event.occurredAtMs), QLocale::LongFormat));
    table.add(tr("By"), actorName(event.actor));
    if (!event.subjectName.isEmpty() || !event.subjectId.isEmpty()) {
        const QString subject = event.subjectId.isEmpty()
            ? event.subjectName
            : tr("%1 (account id %2)").arg(event.subjectName, event.subjectId);
        table.add(tr("Concerning"), subject);
    }
    table.add(tr("Client address"), event.clientAddress);
    for (auto detail = event.details.constBegin(); detail != event.details.constEnd(); ++detail)
        table.add(detailLabel(detail.key()), detailValue(detail.key(), detail.value()));
    table.add(tr("Event number"), locale.toString(event.id));
    return table.html();
}

QString SecurityEventText::detailLabel(const QString &key)
{
    if (key == u"role")
        return tr("Role");
    if (key == u"from")
        return tr("Previous role");
    if (key == u"to")
        return tr("New role");
    if (key == u"books_deleted")
        return tr("Books deleted");
    if (key == u"reason")
        return tr("Reason");
    if (key == u"password_hash_upgraded")
        return tr("Password hash upgraded");
    if (key == u"session_id" || key == u"session")
        return tr("Session");
    if (key == u"kid" || key == u"key_id")
        return tr("Key id");
    if (key == u"retry_after")
        return tr("Retry after (seconds)");
    if (key == u"algorithm")
        return tr("Algorithm");
    if (key == u"origin")
        return tr("Origin");
    if (key == u"forced")
        return tr("Retired before its tokens expired");
    if (key == u"lifetime_seconds")
        return tr("Valid for");
    if (key == u"extra_claims")
        return tr("Extra claims");
    if (key == u"jti")
        return tr("Token id (jti)");
    return key;
}

QString SecurityEventText::detailValue(const QString &key, const QJsonValue &value)
{
    if (key == u"role" || key == u"from" || key == u"to")
        return roleText(value);
    if (key == u"reason") {
        const QString reason = value.toString();
        if (reason == u"unknown_user")
            return tr("No such user");
        if (reason == u"wrong_password")
            return tr("Wrong password");
        if (reason == u"account_disabled")
            return tr("The account is disabled");
        // A session that ended ("logout", "admin", "reuse"…): the Sessions tab's words for it.
        const QString ended = SessionTableModel::knownEndReasonName(reason);
        return ended.isEmpty() ? reason : ended;
    }
    if (key == u"origin") {
        if (value.toString() == u"generated")
            return tr("generated");
        if (value.toString() == u"imported")
            return tr("imported from a PEM file");
        return value.toString();
    }
    if (key == u"lifetime_seconds" && value.isDouble())
        return TokenInspector::duration(qint64(value.toDouble())).localized();
    if (key == u"extra_claims" && value.isArray()) {
        QStringList names;
        for (const QJsonValue &name : value.toArray())
            names << name.toString();
        return names.isEmpty() ? tr("none") : names.join(u", "_s);
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
