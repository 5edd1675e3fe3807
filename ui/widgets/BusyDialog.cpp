#include "BusyDialog.h"

#include "BusyIndicator.h"
#include "InlineFieldErrors.h"

#include <QCloseEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BusyDialog::BusyDialog(QWidget *parent)
    : QDialog(parent)
{ }

void BusyDialog::addFooter(QVBoxLayout *layout, QDialogButtonBox::StandardButtons buttons)
{
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_generalError);
    m_generalError->hide();
    m_busy = new BusyIndicator(this);
    m_buttons = new QDialogButtonBox(buttons, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BusyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BusyDialog::reject);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
}

bool BusyDialog::isBusy() const
{
    return m_busy->isBusy();
}

void BusyDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void BusyDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    if (busy) {
        m_busy->start(busyText());
        setCursor(Qt::BusyCursor);
    } else {
        m_busy->stop();
        unsetCursor();
    }
    setInputsEnabled(!busy);
}

void BusyDialog::showGeneralError(const QString &text)
{
    m_generalError->setText(text);
    m_generalError->show();
}

void BusyDialog::hideGeneralError()
{
    m_generalError->hide();
}

void BusyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isBusy())
            m_busy->start(busyText());
    }
    QDialog::changeEvent(event);
}

void BusyDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy())
        event->ignore();
    else
        QDialog::closeEvent(event);
}
