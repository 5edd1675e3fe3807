#pragma once

#include "common/ErrorCode.h"

#include <QMap>
#include <QString>
#include <QStringList>

// What went wrong, as a value. Core services return these inside a Result<T>; server/ maps each kind to
// one HTTP status (HttpErrorMapping) and ui/ shows the localized message next to the field or in a dialog.
//
// `message` and the field messages are English source texts marked with QT_TRANSLATE_NOOP("Error", …)
// where they are written, so the REST API always answers in English while the GUI can show
// localizedMessage() in the user's language. Dynamic parts go in as %1, %2… through the arguments.
enum class ErrorKind {
    Invalid, // the input breaks a rule; `fields` says which field and why
    NotFound, // no such thing, or not visible to the actor (never reveals which)
    Forbidden, // the actor may not do this
    Conflict, // clashes with existing state (duplicate title, username taken, last admin)
    Stale, // optimistic concurrency: the caller's version is no longer current
    Unauthorized, // credentials or token refused
    Throttled, // too many attempts; retryAfterSeconds says when to come back
    Unavailable, // the system is saturated or shutting down; try again later
    Storage, // the database failed; details went to the log, not to the caller
    Internal, // a bug or an impossible state
};

class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, ErrorCode code, QString message, QStringList arguments = {});

    static Error invalid(ErrorCode code, QString message, QMap<QString, QString> fields = {});
    static Error invalidField(const QString &field, const QString &fieldMessage);
    static Error notFound(ErrorCode code, QString message);
    static Error forbidden(ErrorCode code, QString message);
    static Error conflict(ErrorCode code, QString message);
    static Error stale(ErrorCode code, QString message);
    static Error unauthorized(ErrorCode code, QString message);
    static Error throttled(ErrorCode code, QString message, int retryAfterSeconds);
    static Error unavailable(ErrorCode code, QString message);
    static Error storage(QString message);
    static Error internal(QString message);

    ErrorKind kind() const { return m_kind; }
    ErrorCode code() const { return m_code; }
    // The code's wire spelling, e.g. "username_taken"; part of the REST API contract.
    QString codeName() const { return errorCodeName(m_code); }
    // English text with arguments filled in.
    QString message() const;
    // The same text translated through QCoreApplication::translate("Error", …) for the GUI.
    QString localizedMessage() const;
    // message() followed by every field's message, for a log line or a command-line error.
    QString detailedMessage() const;

    // Per-field English messages for ErrorKind::Invalid (field name → message), arguments filled in.
    QMap<QString, QString> fields() const;
    QString localizedFieldMessage(const QString &field) const;
    Error &withField(const QString &field, const QString &fieldMessage);
    // Fills %1, %2… of the message and of every field message.
    Error &withArguments(QStringList arguments);

    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    static QString kindName(ErrorKind kind);

private:
    ErrorKind m_kind = ErrorKind::Internal;
    ErrorCode m_code = ErrorCode::InternalError;
    QString m_message;
    QStringList m_arguments;
    QMap<QString, QString> m_fields;
    int m_retryAfterSeconds = 0;
};
