#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

// The one place where an error kind becomes dialog text. Messages themselves come from core
// (Error::localizedMessage), which already says what happened and what to do about it.
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)

public:
    static QString title(ErrorKind kind);
    // Core's message followed by its field messages, for places with no field to show them next to.
    static QString describe(const Error &error);
    // Opens a window-modal warning without blocking: `summary` says what could not be done ("Could not
    // disable “ann”."), the informative text is core's explanation. Deletes itself when closed.
    static QMessageBox *show(QWidget *parent, const QString &summary, const Error &error);
    // The same kind of warning for what went wrong here rather than in core (some of several deletions
    // failed, a file could not be saved): `details` is the informative text; `objectName` names the box.
    static QMessageBox *showWarning(QWidget *parent, const QString &objectName, const QString &title,
                                    const QString &summary, const QString &details);
    // The box shown when Bookwarden cannot start on its database (not shown yet: the caller runs it).
    static QMessageBox *startupFailure(const QString &database, const Error &error);
};
