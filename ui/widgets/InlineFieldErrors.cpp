#include "InlineFieldErrors.h"

#include "common/Error.h"

#include <QFormLayout>
#include <QLabel>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

InlineFieldErrors::InlineFieldErrors(QFormLayout *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{ }

void InlineFieldErrors::addField(const QString &name, QWidget *field)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_form->getWidgetPosition(field, &row, &role);
    if (row < 0) {
        // A field nested in a layout of its own (a line edit with a button beside it): find its row.
        for (int candidate = 0; candidate < m_form->rowCount() && row < 0; ++candidate) {
            QLayoutItem *item = m_form->itemAt(candidate, QFormLayout::FieldRole);
            if (item && item->layout() && item->layout()->indexOf(field) >= 0)
                row = candidate;
        }
    }
    Q_ASSERT_X(row >= 0, "InlineFieldErrors::addField", "the field must be in the form");

    auto *label = new QLabel(m_form->parentWidget());
    label->setObjectName(u"fieldError_"_s + name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsError(label);
    m_form->insertRow(row + 1, QString(), label);
    m_form->setRowVisible(label, false);
    m_fields.insert(name, Field {field, label});
    m_order.append(name);
}

int InlineFieldErrors::show(const Error &error)
{
    int shown = 0;
    QWidget *first = nullptr;
    for (const QString &name : std::as_const(m_order)) {
        const QString text = error.localizedFieldMessage(name);
        if (text.isEmpty())
            continue;
        showMessage(name, text);
        if (!first)
            first = m_fields.value(name).widget;
        ++shown;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return shown;
}

void InlineFieldErrors::showMessage(const QString &name, const QString &message)
{
    const Field field = m_fields.value(name);
    if (!field.label)
        return;
    field.label->setText(message);
    m_form->setRowVisible(field.label, !message.isEmpty());
    // Screen readers announce the problem with the field itself.
    field.widget->setAccessibleDescription(message);
}

void InlineFieldErrors::clear()
{
    for (const QString &name : std::as_const(m_order))
        showMessage(name, QString());
}

bool InlineFieldErrors::hasMessages() const
{
    for (const Field &field : m_fields) {
        if (!field.label->text().isEmpty())
            return true;
    }
    return false;
}

QString InlineFieldErrors::message(const QString &name) const
{
    const Field field = m_fields.value(name);
    return field.label ? field.label->text() : QString();
}

QLabel *InlineFieldErrors::messageLabel(const QString &name) const
{
    return m_fields.value(name).label;
}

QStringList InlineFieldErrors::fieldNames() const
{
    return m_order;
}

void InlineFieldErrors::styleAsError(QLabel *label)
{
    // A red that reads on light and dark window colours alike.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
}
