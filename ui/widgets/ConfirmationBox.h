#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// A window-modal question that doesn't block the event loop (live updates keep flowing while it is open).
// Cancel is the default button and Escape cancels; `onConfirmed` runs only when the confirming button,
// named after what it does ("Delete User"), is chosen. The box deletes itself when closed.
class ConfirmationBox
{
public:
    struct Question
    {
        QString objectName; // lets tests and accessibility tools find it
        QString title;
        QString text;
        QString informativeText;
        QString confirmText;
    };

    static QMessageBox *ask(QWidget *parent, const Question &question, std::function<void()> onConfirmed);
};
