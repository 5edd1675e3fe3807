#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class Error;
class QFormLayout;
class QLabel;
class QWidget;

// Shows core's per-field messages (Error::localizedFieldMessage) right under the fields of a QFormLayout,
// while the dialog stays open. Each registered field gets a hidden row below it holding its message; the
// first field with a message takes the keyboard focus.
class InlineFieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit InlineFieldErrors(QFormLayout *form, QObject *parent = nullptr);

    // `field` must already be in the form; `name` is core's field name ("username", "price"…).
    void addField(const QString &name, QWidget *field);

    // Shows the messages `error` has for registered fields and returns how many it showed. Messages for
    // other fields are left to the caller (see ErrorMessage::describe).
    int show(const Error &error);
    // A message of the dialog's own (for example, two password fields that differ).
    void showMessage(const QString &name, const QString &message);
    void clear();

    bool hasMessages() const;
    QString message(const QString &name) const;
    QLabel *messageLabel(const QString &name) const;
    QStringList fieldNames() const;

    // The look of an error message, for a dialog's general message as well.
    static void styleAsError(QLabel *label);

private:
    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
    };

    QFormLayout *m_form;
    QHash<QString, Field> m_fields;
    QStringList m_order;
};
