#pragma once

#include "events/SecurityEvent.h"

#include <QCoreApplication>
#include <QString>

// Security events in words: readable names for SecurityEventType's codes, who did it, and the details a
// person needs (a role change "User → Administrator", why a sign-in failed), in the GUI's language.
class SecurityEventText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityEventText)

public:
    static QString typeName(const QString &type);
    // "desktop", "anonymous" and "bootstrap" are not accounts: they get names of their own.
    static QString actorName(const QString &actor);
    // One line for the table.
    static QString summary(const SecurityEvent &event);
    // Every fact of the event, as HTML for the details pane.
    static QString detailsHtml(const SecurityEvent &event);

private:
    static QString detailLabel(const QString &key);
    static QString detailValue(const QString &key, const QJsonValue &value);
};
