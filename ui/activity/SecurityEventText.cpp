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

#include <optional>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace {
// A code and its words, marked for translation in SecurityEventText's context and translated at use.
struct Wording
{
    QStringView code;
    const char *words;
};

std::optional<QString> wordsFor(std::span<const Wording> table, QStringView code)
{
    for (const Wording &entry : table) {
        if (entry.code == code)
            return SecurityEventText::tr(entry.words);
    }
    return std::nullopt;
}

QString roleText(const QJsonValue &value)
{
    const std::optional<Role> role = Roles::fromName(value.toString());
    return role ? UserTableModel::roleName(*role) : value.toString();
}
} // namespace

QString SecurityEventText::typeName(const QString &type)
{
    namespace T = SecurityEventType;
    static const Wording names[] = {
        {T::loginSucceeded, QT_TR_NOOP("Signed in")},
        {T::loginFailed, QT_TR_NOOP("Sign-in failed")},
        {T::loginThrottled, QT_TR_NOOP("Sign-in throttled")},
        {T::userRegistered, QT_TR_NOOP("Account registered")},
        {T::userCreated, QT_TR_NOOP("User created")},
        {T::roleChanged, QT_TR_NOOP("Role changed")},
        {T::userDisabled, QT_TR_NOOP("User disabled")},
        {T::userEnabled, QT_TR_NOOP("User enabled")},
        {T::userDeleted, QT_TR_NOOP("User deleted")},
        {T::passwordChanged, QT_TR_NOOP("Password changed")},
        {T::passwordReset, QT_TR_NOOP("Password reset")},
        {T::tokensRevoked, QT_TR_NOOP("Signed out everywhere")},
        {T::sessionRevoked, QT_TR_NOOP("Session revoked")},
        {T::refreshTokenReused, QT_TR_NOOP("Refresh token reused")},
        {T::keyCreated, QT_TR_NOOP("Signing key created")},
        {T::keyRotated, QT_TR_NOOP("Signing keys rotated")},
        {T::keyRetired, QT_TR_NOOP("Signing key retired")},
        {T::tokenMinted, QT_TR_NOOP("Test token minted")},
    };
    // A type newer than this GUI: its code is still better than nothing.
    return wordsFor(names, type).value_or(type);
}

QString SecurityEventText::actorName(const QString &actor)
{
    static const Wording names[] = {
        {u"desktop", QT_TR_NOOP("Desktop administrator")},
        {u"anonymous", QT_TR_NOOP("Anonymous")},
        {u"bootstrap", QT_TR_NOOP("First start")},
    };
    return wordsFor(names, actor).value_or(actor);
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
    static const Wording labels[] = {
        {u"role", QT_TR_NOOP("Role")},
        {u"from", QT_TR_NOOP("Previous role")},
        {u"to", QT_TR_NOOP("New role")},
        {u"books_deleted", QT_TR_NOOP("Books deleted")},
        {u"reason", QT_TR_NOOP("Reason")},
        {u"password_hash_upgraded", QT_TR_NOOP("Password hash upgraded")},
        {u"session_id", QT_TR_NOOP("Session")},
        {u"session", QT_TR_NOOP("Session")},
        {u"kid", QT_TR_NOOP("Key id")},
        {u"key_id", QT_TR_NOOP("Key id")},
        {u"retry_after", QT_TR_NOOP("Retry after (seconds)")},
        {u"algorithm", QT_TR_NOOP("Algorithm")},
        {u"origin", QT_TR_NOOP("Origin")},
        {u"forced", QT_TR_NOOP("Retired before its tokens expired")},
        {u"lifetime_seconds", QT_TR_NOOP("Valid for")},
        {u"extra_claims", QT_TR_NOOP("Extra claims")},
        {u"jti", QT_TR_NOOP("Token id (jti)")},
    };
    return wordsFor(labels, key).value_or(key);
}

QString SecurityEventText::detailValue(const QString &key, const QJsonValue &value)
{
    if (key == u"role" || key == u"from" || key == u"to")
        return roleText(value);
    if (key == u"reason") {
        const QString reason = value.toString();
        static const Wording loginFailures[] = {
            {u"unknown_user", QT_TR_NOOP("No such user")},
            {u"wrong_password", QT_TR_NOOP("Wrong password")},
            {u"account_disabled", QT_TR_NOOP("The account is disabled")},
        };
        if (std::optional<QString> failure = wordsFor(loginFailures, reason))
            return *failure;
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
