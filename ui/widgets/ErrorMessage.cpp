#include "ErrorMessage.h"

#include <QMessageBox>

QString ErrorMessage::title(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return tr("Check Your Input");
    case ErrorKind::NotFound:
        return tr("Not Found");
    case ErrorKind::Forbidden:
        return tr("Not Allowed");
    case ErrorKind::Conflict:
        return tr("Not Possible");
    case ErrorKind::Stale:
        return tr("Changed Meanwhile");
    case ErrorKind::Unauthorized:
        return tr("Not Signed In");
    case ErrorKind::Throttled:
        return tr("Too Many Attempts");
    case ErrorKind::Unavailable:
        return tr("Busy");
    case ErrorKind::Storage:
        return tr("Database Error");
    case ErrorKind::Internal:
        return tr("Internal Error");
    }
    return tr("Error");
}

QString ErrorMessage::describe(const Error &error)
{
    QString text = error.localizedMessage();
    const QMap<QString, QString> fields = error.fields();
    for (auto field = fields.cbegin(); field != fields.cend(); ++field) {
        const QString message = error.localizedFieldMessage(field.key());
        if (!message.isEmpty() && !text.contains(message))
            text += QLatin1Char('\n') + message;
    }
    if (error.kind() == ErrorKind::Throttled && error.retryAfterSeconds() > 0)
        text += QLatin1Char('\n') + tr("Try again in %n second(s).", nullptr, error.retryAfterSeconds());
    return text;
}

QMessageBox *ErrorMessage::show(QWidget *parent, const QString &summary, const Error &error)
{
    return showWarning(parent, QStringLiteral("errorMessage"), title(error.kind()), summary, describe(error));
}

QMessageBox *ErrorMessage::showWarning(QWidget *parent, const QString &objectName, const QString &title,
                                       const QString &summary, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, summary, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

QMessageBox *ErrorMessage::startupFailure(const QString &database, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Bookwarden Cannot Start"),
                                tr("Bookwarden could not open its database:\n%1").arg(database),
                                QMessageBox::Close);
    box->setObjectName(QStringLiteral("startupFailure"));
    box->setInformativeText(describe(error) + QStringLiteral("\n\n")
                            + tr("Choose another database with --database or --data-dir, or move the file "
                                 "away to start with an empty one."));
    return box;
}
