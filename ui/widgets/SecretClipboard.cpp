#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

void SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(secret);
    QTimer::singleShot(clearAfterSeconds * 1000, QGuiApplication::instance(), [secret] {
        QClipboard *current = QGuiApplication::clipboard();
        if (current->text() == secret)
            current->clear();
    });
}
